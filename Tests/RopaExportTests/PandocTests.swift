import Foundation
import RopaExport
import RopaModel
import RopaTestSupport
import XCTest

/// The Markdown converts with pandoc to HTML and DOCX without a warning, its links land on headings,
/// and hostile values come out of pandoc as text. Skipped where pandoc is not installed (.ci/run installs it).
final class PandocTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        guard Self.pandocPath != nil else { throw XCTSkip("pandoc is not on PATH") }
        folder = try Fixtures.temporaryFolder("ropa-pandoc")
    }

    override func tearDown() {
        if !folder.isEmpty { try? FileManager.default.removeItem(atPath: folder) }
    }

    static let pandocPath: String? = {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/pandoc" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs pandoc and returns its standard error, failing the test when it exits non-zero.
    @discardableResult
    private func pandoc(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try XCTUnwrap(Self.pandocPath))
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, "pandoc \(arguments.joined(separator: " ")): \(text)", file: file, line: line)
        return text
    }

    /// Converts the document with the CommonMark/GFM reader (what the format is) and pandoc's own Markdown
    /// reader (what `pandoc register.md -o register.docx` uses), to HTML and DOCX, and asserts pandoc says nothing.
    /// Returns the HTML of each reader.
    private func assertConvertsCleanly(_ markdown: [UInt8], _ name: String) throws -> [String] {
        let source = "\(folder)/\(name).md"
        try Data(markdown).write(to: URL(fileURLWithPath: source))
        for reader in ["gfm", "markdown"] {
            let html = "\(folder)/\(name)-\(reader).html"
            XCTAssertEqual(try pandoc(["--fail-if-warnings", "--wrap=none", "-f", reader, "-t", "html", source, "-o", html]), "", "\(name) \(reader) → HTML")
            XCTAssertEqual(try pandoc(["--fail-if-warnings", "-f", reader, source, "-o", "\(folder)/\(name)-\(reader).docx"]), "",
                           "\(name) \(reader) → DOCX")
            XCTAssertEqual(try pandoc(["--fail-if-warnings", "-f", reader, "-s", "--shift-heading-level-by=-1", source,
                                       "-o", "\(folder)/\(name)-\(reader)-standalone.html"]), "",
                           "\(name) \(reader) → standalone HTML")
        }
        let html = try String(contentsOfFile: "\(folder)/\(name)-gfm.html", encoding: .utf8)
        let pandocMarkdownHTML = try String(contentsOfFile: "\(folder)/\(name)-markdown.html", encoding: .utf8)
        // Every link of the contents, the summary and the cross-references lands on a heading.
        let ids = Set(Self.matches(#"id="([^"]+)""#, in: html).map(Self.unescapeHTML))
        let text = String(decoding: markdown, as: UTF8.self)
        for anchor in Set(Self.matches(#"\]\(#([^)]+)\)"#, in: text)) {
            XCTAssertTrue(ids.contains(anchor), "\(name): the link #\(anchor) has no heading")
        }
        return [html, pandocMarkdownHTML]
    }

    func testSeedRegistersConvertWithoutWarnings() throws {
        for name in SeedRegisters.names {
            let (register, version) = try SeedRegisters.load(name)
            for language in Language.allCases {
                let markdown = MarkdownExporter.export(register, options: SeedRegisters.markdownOptions(language, version: version))
                _ = try assertConvertsCleanly(markdown, "\(name)-\(language.rawValue)")
            }
        }
    }

    func testHostileValuesComeOutOfPandocAsText() throws {
        let markdown = MarkdownExporter.export(HostileRegister.make(), options: SeedRegisters.markdownOptions(.en, version: nil))
        for html in try assertConvertsCleanly(markdown, "hostile") {
            assertHostileValuesAreText(html)
        }
    }

    /// The privacy notices convert too, and register text in them stays text.
    func testNoticesConvertWithoutWarnings() throws {
        for name in SeedRegisters.names {
            let (register, _) = try SeedRegisters.load(name)
            for language in Language.allCases {
                let document = PrivacyNotice.document(register, options: NoticeOptions(language: language))
                _ = try assertConvertsCleanly(DocumentMarkdownRenderer.render(document), "\(name)-notice-\(language.rawValue)")
            }
        }
        let hostile = DocumentMarkdownRenderer.render(PrivacyNotice.document(HostileRegister.make()))
        for html in try assertConvertsCleanly(hostile, "hostile-notice") {
            for tag in ["<script", "<em>", "<code>", "<img", "href=\"http://x", "href=\"mailto:"] {
                XCTAssertFalse(html.contains(tag), "a value became markup in the notice: \(tag)")
            }
        }
    }

    private func assertHostileValuesAreText(_ html: String) {
        for tag in ["<script", "<em>", "<code>", "<del>", "<sup>", "<sub>", "<img", "<ol", "<blockquote", "<hr", "class=\"math",
                    "class=\"emoji", "class=\"citation", "href=\"http://x", "href=\"mailto:", "href=\"http://www", "href=\"https://example"] {
            XCTAssertFalse(html.contains(tag), "a value became markup: \(tag)")
        }
        XCTAssertEqual(Self.matches("<h1", in: html).count, 1, "one title")
        XCTAssertEqual(Self.matches("<h2", in: html).count, 8, "the document's own sections only")
        // pandoc's Markdown reader curls quotes (its `smart` extension): typography, not markup, so straighten them.
        let text = Self.unescapeHTML(html.replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression))
            .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
        for value in ["<script>alert(1)</script>", "=HYPERLINK(\"http://x\")", "@SUM(A1)", "**bold** and __bold__ and *em* _em_",
                      "`code` and ```fence```", "[link](http://x) ![image](http://x/i.png) <http://x>", "# Not a heading",
                      "www.example.com dso@example.se https://example.se :smile:", "&amp; &lt;b&gt; &#60;",
                      "$x^2$ ~sub~ ^sup^ {#id .class} [span]{.x} @cite", "a | b || c \\| d", "a) not a list either", "1. not a list"] {
            XCTAssertTrue(text.contains(value), "\(value) is not in the HTML as text")
        }
    }

    private static func matches(_ pattern: String, in text: String) -> [String] {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).compactMap { match in
            let group = match.numberOfRanges > 1 ? match.range(at: 1) : match.range
            return Range(group, in: text).map { String(text[$0]) }
        }
    }

    private static func unescapeHTML(_ text: String) -> String {
        var result = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result.replacingOccurrences(of: "&amp;", with: "&")
    }
}
