import Foundation
import RopaExport
import RopaModel
import RopaTestSupport
import XCTest

/// The HTML and DOCX renderers of the format-neutral `Document`, opened with the real tools: headless
/// Chromium prints the HTML, LibreOffice converts the DOCX, pandoc reads it, python checks the package.
final class DocumentRendererTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = try Fixtures.temporaryFolder("ropa-document")
    }

    override func tearDown() {
        if !folder.isEmpty { try? FileManager.default.removeItem(atPath: folder) }
    }

    static let hostile = "<script>alert(1)</script> & \"quoted\" Evil\u{1B}[2J\u{0}nul\u{202E}drowkcab\u{FFFE}"

    /// A Swedish document with every kind of block: a contents list, chapters, activity sections of
    /// label–value fields, a list, links inside and outside, and a wide table on landscape pages.
    static func sample(_ language: Language = .sv, activities: Int = 6) -> Document {
        var blocks: [DocumentBlock] = [.contents(depth: 2), .pageBreak,
                                       .heading(level: 1, text: "Behandlingar", anchor: "behandlingar")]
        for number in 1...activities {
            blocks.append(.heading(level: 2, text: "Behandling \(number): Kundtjänst", anchor: "behandling-\(number)"))
            blocks.append(.fields([
                DocumentField(label: "Ändamål", lines: [[TextRun("Kunna svara på din förfrågan")], [TextRun("Tillhandahålla god kundservice")]]),
                DocumentField(label: "Rättslig grund", lines: [[TextRun("Berättigat intresse (art. 6.1 f)")]]),
                DocumentField(label: "Personuppgiftsbiträden", lines: [[TextRun("Microsoft Ireland", link: "biträde-microsoft")]]),
                DocumentField(label: "Anteckningar", lines: [[TextRun(hostile)]]),
                DocumentField(label: "Beskrivning", lines: [[TextRun(String(repeating: "Lång beskrivning av behandlingen. ", count: 12))]]),
            ]))
        }
        blocks.append(.pageBreak)
        blocks.append(.heading(level: 1, text: "Personuppgiftsbiträden", anchor: "biträden"))
        blocks.append(.heading(level: 2, text: "Microsoft Ireland", anchor: "biträde-microsoft"))
        blocks.append(.paragraph([TextRun("Se "), TextRun("IMY", bold: true, link: "https://www.imy.se/"),
                                  TextRun(" och "), TextRun("inte detta", italic: true, link: "javascript:alert(1)"),
                                  TextRun(", "), TextRun("första behandlingen", link: "#behandling-1"), TextRun(".")]))
        blocks.append(.bulletList([[TextRun("Avtal undertecknat")], [TextRun("Rad ett\nrad två")]]))
        let columns = ["Behandling", "Ändamål", "Rättslig grund", "Kategorier av registrerade", "Kategorier av personuppgifter",
                       "Mottagare", "Lagringstid"].map { DocumentTable.Column(title: $0, weight: $0 == "Behandling" ? 1.4 : 1) }
        blocks.append(.heading(level: 1, text: "Sammanfattning", anchor: "sammanfattning"))
        blocks.append(.table(DocumentTable(columns: columns, rows: (1...activities).map { number in
            ["Behandling \(number)", "Kundservice", "Berättigat intresse (art. 6.1 f)", "Kunder", "Namn; E-post", "Microsoft", "90 dagar"]
        }, landscape: true)))
        blocks.append(.heading(level: 1, text: "Efter tabellen", anchor: nil))
        blocks.append(.paragraph([TextRun("Slut.")]))
        return Document(title: language == .sv ? "Register över behandlingar" : "Record of processing activities",
                        subtitle: ["Exempel AB (556254-0806)", "Version 3 (3f1c2a4b5d6e)"], language: language,
                        versionStamp: "3 3f1c2a4b5d6e", blocks: blocks)
    }

    private func write(_ bytes: [UInt8], _ name: String) throws -> String {
        let path = "\(folder)/\(name)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    // MARK: HTML

    func testHTMLIsOneSelfContainedFileInTheDocumentsLanguage() throws {
        let html = String(decoding: HTMLRenderer.render(Self.sample()), as: UTF8.self)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv-SE\">"))
        XCTAssertTrue(html.contains("@page { size: A4"), "print CSS for A4")
        XCTAssertTrue(html.contains("counter(page)"), "page numbers")
        XCTAssertTrue(html.contains("Sida "), "the page numbers' words are Swedish")
        XCTAssertTrue(html.contains("<meta name=\"ropa-register-version\" content=\"3 3f1c2a4b5d6e\">"))
        for external in ["<script", "<link", " src=", "@import", "url("] {
            XCTAssertFalse(html.contains(external), "the file needs nothing outside it: \(external)")
        }
        // Register text is text: no markup, the controls visible, only web and mail links linked.
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; Evil\u{241B}[2J\u{2400}nul&lt;U+202E&gt;drowkcab"))
        XCTAssertFalse(html.contains("\u{1B}"))
        XCTAssertFalse(html.contains("\u{202E}"))
        XCTAssertFalse(html.contains("javascript:"))
        XCTAssertTrue(html.contains("<a href=\"https://www.imy.se/\"><strong>IMY</strong></a>"))
        XCTAssertTrue(html.contains("<a href=\"#behandling-1\">första behandlingen</a>"))
        XCTAssertTrue(html.contains("<a href=\"#biträde-microsoft\">Microsoft Ireland</a>"))
        XCTAssertTrue(html.contains("<h3 id=\"behandling-2\">Behandling 2: Kundtjänst</h3>"))
        XCTAssertTrue(html.contains("<li class=\"level-2\"><a href=\"#behandling-6\">Behandling 6: Kundtjänst</a></li>"))
        XCTAssertTrue(html.contains("<h2 id=\"h-"), "a heading without an anchor gets an id of its own")
        XCTAssertTrue(html.contains("Rad ett<br>rad två"))
        XCTAssertTrue(html.contains("<div class=\"landscape\">"))
        XCTAssertEqual(HTMLRenderer.render(Self.sample()), HTMLRenderer.render(Self.sample()), "the same bytes every time")
    }

    func testChromiumPrintsTheHTMLOnA4PagesWithNumbersAndLandscapeTables() throws {
        let html = try write(HTMLRenderer.render(Self.sample(activities: 12)), "register.html")
        let pdf = "\(folder)/register.pdf"
        try OfficeTools.printHTML(html, to: pdf)
        let sizes = try OfficeTools.pageSizes(pdf)
        XCTAssertGreaterThan(sizes.count, 3)
        XCTAssertTrue(sizes.allSatisfy { OfficeTools.isA4($0) || OfficeTools.isA4($0, landscape: true) }, "\(sizes)")
        XCTAssertTrue(sizes.contains { $0.width > $0.height }, "the wide table is on a landscape page")
        XCTAssertTrue(OfficeTools.isA4(sizes[0]), "the title page is upright")
        let text = try OfficeTools.pdfText(pdf)
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).filter { !$0.allSatisfy(\.isWhitespace) }
        XCTAssertEqual(pages.count, sizes.count)
        XCTAssertTrue(pages[0].contains("Register över behandlingar"))
        XCTAssertTrue(pages[0].contains("Exempel AB (556254-0806)"))
        XCTAssertFalse(pages[0].contains("Innehåll"), "the title page stands alone")
        for (number, page) in pages.enumerated() {
            XCTAssertTrue(page.contains("Sida \(number + 1) av \(pages.count)"), "page \(number + 1) has its number")
        }
        XCTAssertTrue(text.contains("Behandling"))
        XCTAssertFalse(text.contains("Behan\n"), "no word is broken across lines")
        let landscape = try XCTUnwrap(sizes.firstIndex { $0.width > $0.height })
        XCTAssertTrue(pages[landscape].contains("Sammanfattning"), "the heading goes with its wide table")
    }

    // MARK: DOCX

    /// The parts of the package, read by python's zipfile; each must be well-formed XML.
    private func parts(_ docx: String) throws -> [String: String] {
        let script = """
            import sys, zipfile, json, xml.dom.minidom
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            parts = {}
            for name in z.namelist():
                data = z.read(name)
                xml.dom.minidom.parseString(data)
                parts[name] = data.decode('utf-8')
            print(json.dumps(parts))
            """
        let result = try OfficeTools.run("python3", ["-c", script, docx])
        XCTAssertEqual(result.status, 0, result.stderr)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: String]
        return try XCTUnwrap(parsed)
    }

    func testDOCXIsAWellFormedPackageWithA4PagesLanguageFooterAndVersion() throws {
        let bytes = try DOCXRenderer.render(Self.sample())
        XCTAssertEqual(bytes, try DOCXRenderer.render(Self.sample()), "the same bytes every time")
        let parts = try parts(try write(bytes, "register.docx"))
        XCTAssertEqual(Set(parts.keys), ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                                         "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/footer1.xml",
                                         "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"])
        let body = try XCTUnwrap(parts["word/document.xml"])
        XCTAssertTrue(body.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4")
        XCTAssertTrue(body.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"), "the wide table's section")
        XCTAssertTrue(body.contains("<w:instrText xml:space=\"preserve\"> PAGEREF _Toc3 \\h </w:instrText>"), "contents with page numbers")
        XCTAssertTrue(body.contains("<w:tblHeader/>"), "table headers repeat on each page")
        XCTAssertTrue(body.contains("Evil\u{241B}[2J\u{2400}nul&lt;U+202E&gt;drowkcab&lt;U+FFFE&gt;"))
        XCTAssertFalse(body.contains("javascript"))
        XCTAssertTrue(try XCTUnwrap(parts["word/styles.xml"]).contains("<w:lang w:val=\"sv-SE\""))
        XCTAssertTrue(try XCTUnwrap(parts["word/styles.xml"]).contains("<w:name w:val=\"heading 1\"/>"))
        XCTAssertTrue(try XCTUnwrap(parts["word/footer1.xml"]).contains("w:instr=\" PAGE \""))
        XCTAssertTrue(try XCTUnwrap(parts["docProps/core.xml"]).contains("<dc:language>sv-SE</dc:language>"))
        XCTAssertTrue(try XCTUnwrap(parts["docProps/custom.xml"]).contains("name=\"RegisterVersion\"><vt:lpwstr>3 3f1c2a4b5d6e</vt:lpwstr>"))
        XCTAssertTrue(try XCTUnwrap(parts["word/_rels/document.xml.rels"]).contains("Target=\"https://www.imy.se/\" TargetMode=\"External\""))
    }

    func testALargeDocumentsBodyIsCompressedInChunksAndReadsWhole() throws {
        let document = Self.sample(activities: 2_000)
        let docx = try write(try DOCXRenderer.render(document), "large.docx")
        let result = try OfficeTools.run("python3", ["-c", """
            import sys, zipfile, xml.dom.minidom
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            body = z.read("word/document.xml")
            headings = xml.dom.minidom.parseString(body).getElementsByTagName("w:bookmarkStart")
            print(len(body), z.getinfo("word/document.xml").compress_size, len(headings))
            """, docx])
        XCTAssertEqual(result.status, 0, result.stderr)
        let figures = result.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        XCTAssertEqual(figures.count, 3)
        XCTAssertGreaterThan(figures[0], 3 << 20, "several megabytes, so several chunks")
        XCTAssertLessThan(figures[1] * 5, figures[0], "compressed")
        XCTAssertEqual(figures[2], 2_000 + 5, "every heading is there")
    }

    func testLibreOfficeLaysTheDOCXOutOnNumberedA4PagesWithTheWideTableLandscape() throws {
        let docx = try write(try DOCXRenderer.render(Self.sample(activities: 12)), "register.docx")
        let pdf = try OfficeTools.convertWithLibreOffice(docx, to: "pdf", extension: "pdf", in: folder)
        let sizes = try OfficeTools.pageSizes(pdf)
        XCTAssertGreaterThan(sizes.count, 3)
        XCTAssertTrue(OfficeTools.isA4(sizes[0]), "\(sizes)")
        XCTAssertTrue(sizes.allSatisfy { OfficeTools.isA4($0) || OfficeTools.isA4($0, landscape: true) }, "\(sizes)")
        XCTAssertTrue(sizes.contains { $0.width > $0.height }, "the wide table is on a landscape page")
        let text = try OfficeTools.pdfText(pdf)
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).filter { !$0.allSatisfy(\.isWhitespace) }
        XCTAssertEqual(pages.count, sizes.count)
        for (number, page) in pages.enumerated() {
            XCTAssertTrue(page.contains("Sida \(number + 1) av \(pages.count)"), "page \(number + 1) has its number: \(page.suffix(200))")
        }
        XCTAssertTrue(pages[0].contains("Register över behandlingar"))
        XCTAssertFalse(pages[0].contains("Innehåll"), "the title page stands alone")
        XCTAssertTrue(text.contains("Innehåll"))
        // The contents give each heading's page, and the heading is on that page.
        let entry = try XCTUnwrap(text.firstMatch(of: try Regex(#"Behandling 12: Kundtjänst\.+ *(\d+)"#)), "a page number in the contents")
        let page = try XCTUnwrap(entry[1].substring.flatMap { Int($0) })
        XCTAssertTrue(pages[page - 1].contains("Behandling 12: Kundtjänst") && page > 2, "contents say page \(page)")
        let landscape = try XCTUnwrap(sizes.firstIndex { $0.width > $0.height })
        XCTAssertTrue(pages[landscape].contains("Sammanfattning"), "the heading goes with its wide table")
        XCTAssertTrue(text.contains("Behandling 12: Kundtjänst"))
        XCTAssertTrue(text.contains("Berättigat intresse (art. 6.1 f)"))
        XCTAssertFalse(text.contains("Behan\n"), "no word is broken across lines")
    }

    func testPandocReadsTheDOCXHeadingsFieldsListsAndLinks() throws {
        let docx = try write(try DOCXRenderer.render(Self.sample()), "register.docx")
        let result = try OfficeTools.run("pandoc", ["-f", "docx", "-t", "markdown", "--wrap=none", docx])
        XCTAssertEqual(result.status, 0, result.stderr)
        let text = result.stdout
        XCTAssertTrue(text.contains("# Behandlingar"), text)
        XCTAssertTrue(text.contains("## Behandling 3: Kundtjänst"))
        XCTAssertTrue(text.contains("Kunna svara på din förfrågan"))
        XCTAssertTrue(text.contains("[**IMY**](https://www.imy.se/)") || text.contains("**[IMY](https://www.imy.se/)**"), text)
        XCTAssertTrue(text.contains("-   Avtal undertecknat"), "a bullet list")
        XCTAssertFalse(text.contains("javascript"))
        let plain = try OfficeTools.run("pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", docx]).stdout
        XCTAssertTrue(plain.contains("&lt;script&gt;") == false && plain.contains("<script>alert(1)</script>"), "the text as written")
    }
}
