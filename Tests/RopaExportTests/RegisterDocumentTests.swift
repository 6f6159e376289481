import Foundation
@testable import RopaExport
import RopaModel
import RopaTestSupport
import XCTest

/// The register as a document for the authority: a section per activity with the points of Article 30 in
/// order, nothing a person cannot read (rule codes, JSON keys, field paths), findings only when asked for,
/// and a Swedish document Swedish throughout.
final class RegisterDocumentTests: XCTestCase {
    private func document(_ name: String, _ language: Language, findings: Bool = false) throws -> (Document, Register) {
        let (register, version) = try SeedRegisters.load(name)
        let options = RegisterDocumentOptions(language: language, date: SeedRegisters.date, version: version, findings: findings)
        return (RegisterDocument.make(register, options: options), register)
    }

    /// Every word of the document, a line per piece of text.
    static func text(_ document: Document) -> String {
        var lines = [document.title] + document.subtitle
        func runs(_ runs: [TextRun]) -> String { runs.map(\.text).joined() }
        for block in document.blocks {
            switch block {
            case .heading(_, let text, _): lines.append(text)
            case .paragraph(let line): lines.append(runs(line))
            case .bulletList(let items): lines += items.map(runs)
            case .fields(let fields):
                for field in fields { lines.append(field.label); lines += field.lines.map(runs) }
            case .table(let table):
                lines += table.columns.map(\.title)
                for row in table.rows { lines += row }
            case .contents, .pageBreak: break
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The labels of the fields that follow the heading with `anchor`.
    private func labels(after anchor: String, in document: Document) throws -> [String] {
        let position = try XCTUnwrap(document.blocks.firstIndex {
            if case .heading(_, _, anchor) = $0 { return true }
            return false
        }, anchor)
        guard case .fields(let fields) = document.blocks[position + 1] else { throw XCTSkip("no fields after \(anchor)") }
        return fields.map(\.label)
    }

    func testEachActivityHasASectionWithArticle30PointsAToGInOrder() throws {
        for language in Language.allCases {
            let (document, register) = try document("ist-group", language)
            for activity in register.activities where activity.role != .processor {
                let labels = try labels(after: "activity-\(activity.id)", in: document)
                let points = ["a", "b", "c", "d", "e", "f", "g"].map { point in
                    language == .sv ? "(art. 30.1 \(point))" : "(Art 30(1)(\(point)))"
                }
                let positions = try points.map { point in try XCTUnwrap(labels.firstIndex { $0.hasSuffix(point) }, "\(activity.id) \(point): \(labels)") }
                XCTAssertEqual(positions, positions.sorted(), "\(activity.id): the points in order")
            }
        }
    }

    func testAProcessorsActivityFollowsArticle30Paragraph2() throws {
        var register = Fixtures.cleanRegister()
        register.activities[0].role = .processor
        register.activities[0].controllers = [ExternalParty(id: "kund", name: "Kunden AB")]
        let document = RegisterDocument.make(register, options: RegisterDocumentOptions(language: .en, date: SeedRegisters.date))
        let labels = try labels(after: "activity-\(register.activities[0].id)", in: document)
        let points = ["(Art 30(2)(a))", "(Art 30(2)(b))", "(Art 30(2)(c))", "(Art 30(2)(d))"]
        let positions = try points.map { point in try XCTUnwrap(labels.firstIndex { $0.hasSuffix(point) }, "\(point): \(labels)") }
        XCTAssertEqual(positions, positions.sorted())
        XCTAssertTrue(labels.contains("Controllers (Art 30(2))"))
        XCTAssertTrue(Self.text(document).contains("Kunden AB"))
    }

    func testNoRuleCodesJSONKeysOrFieldPathsEvenInTheFindingsAppendix() throws {
        for name in SeedRegisters.names {
            for language in Language.allCases {
                let (document, register) = try document(name, language, findings: true)
                let text = Self.text(document)
                let findings = Validator(register: register, asOf: SeedRegisters.date).findings()
                XCTAssertFalse(findings.isEmpty)
                for finding in findings {
                    XCTAssertFalse(text.contains(finding.code.rawValue), "\(name) \(language): rule code \(finding.code.rawValue)")
                    if finding.field.contains("[") || finding.field.contains(".") {
                        XCTAssertFalse(text.contains(finding.field), "\(name) \(language): field path \(finding.field)")
                    }
                }
                for key in ["securityMeasureIds", "processorIds", "transferIds", "lawfulBasis", "purposes[", "dataCategories",
                            "jointControllerIds", "provenance", "legalEntityIds"] {
                    XCTAssertFalse(text.contains(key), "\(name) \(language): \(key)")
                }
            }
        }
    }

    func testTheFindingsAppendixOnlyWhenAskedFor() throws {
        let (without, _) = try document("izonen", .sv)
        let (with, _) = try document("izonen", .sv, findings: true)
        XCTAssertFalse(Self.text(without).contains("Bilaga: öppna iakttagelser"))
        XCTAssertTrue(Self.text(with).contains("Bilaga: öppna iakttagelser"))
        XCTAssertTrue(Self.text(with).contains("Personuppgiftsbiträde: "), "each finding names its entry in words")
    }

    func testASwedishDocumentIsSwedishThroughout() throws {
        let (swedish, _) = try document("ist-group", .sv, findings: true)
        let text = Self.text(swedish)
        XCTAssertTrue(text.contains("Avtal (art. 6.1 b)"), "lawful bases cited as Swedish law writes them")
        XCTAssertTrue(text.contains("kommissionens genomförandebeslut (EU) 2021/914"))
        XCTAssertTrue(text.contains("Ej angivet"))
        for english in ["Commission Implementing Decision", "Not recorded", "Art 6", "Art 30", "Art 28", "(Art ", "Processing activit"] {
            XCTAssertFalse(text.contains(english), "\(english): \(text.components(separatedBy: "\n").filter { $0.contains(english) }.prefix(3))")
        }
        XCTAssertNil(text.range(of: #"\bArt [0-9]"#, options: .regularExpression), "every citation in Swedish")
        XCTAssertEqual(swedish.language, .sv)
        XCTAssertEqual(swedish.title, "Register över behandlingar")

        let (english, _) = try document("ist-group", .en)
        let englishText = Self.text(english)
        XCTAssertTrue(englishText.contains("Contract (Art 6(1)(b))"))
        XCTAssertTrue(englishText.contains("Commission Implementing Decision (EU) 2021/914"))
        XCTAssertTrue(englishText.contains("Lawful basis (Art 6(1))"))
    }

    func testSwedishCitations() {
        let cases = ["Art 6(1)(b)": "art. 6.1 b", "Art 28(3)(a)–(h)": "art. 28.3 a–h", "Art 9(1)": "art. 9.1", "Art 10": "art. 10",
                     "Art 49(1) second subparagraph": "art. 49.1 andra stycket", "Art 46(2)(c)": "art. 46.2 c",
                     "see Art 30(1)(a) and Art 13.": "see art. 30.1 a and art. 13.", "Arten 5": "Arten 5", "Art X": "Art X"]
        for (english, swedish) in cases {
            XCTAssertEqual(Citation.swedish(in: english), swedish, english)
        }
    }

    func testTheTitlePageHasOrganisationVersionAndDate() throws {
        let (document, _) = try document("ist-group", .sv)
        XCTAssertEqual(document.subtitle.first, "IST Group")
        XCTAssertTrue(document.subtitle.contains("IST Group AB (556254-0806), IST Sverige AB (556265-4755)"), "\(document.subtitle)")
        let version = try XCTUnwrap(SeedRegisters.load("ist-group").version)
        XCTAssertTrue(document.subtitle.contains("Registrets version: \(version.number) (\(version.shortHash))"), "\(document.subtitle)")
        XCTAssertTrue(document.subtitle.contains("Upprättad: 2026-06-01"))
        XCTAssertEqual(document.versionStamp, "\(version.number) \(version.hash)")
        XCTAssertEqual(document.blocks.first, .contents(depth: 2))
    }

    func testEveryLinkLandsOnAHeading() throws {
        for name in SeedRegisters.names {
            let (document, _) = try document(name, .en)
            var anchors = Set<String>()
            var links: [String] = []
            for block in document.blocks {
                switch block {
                case .heading(_, _, let anchor?): XCTAssertTrue(anchors.insert(anchor).inserted, "\(name): \(anchor) twice")
                case .fields(let fields): links += fields.flatMap { $0.lines.flatMap { $0.compactMap(\.link) } }
                default: break
                }
            }
            for link in links { XCTAssertTrue(anchors.contains(link), "\(name): \(link)") }
        }
    }

    // MARK: The files, opened by the real tools

    func testHostileValuesStayTextInBothFormats() throws {
        let register = HostileRegister.make()
        let document = RegisterDocument.make(register, options: RegisterDocumentOptions(language: .en, date: SeedRegisters.date, findings: true))
        let html = String(decoding: HTMLRenderer.render(document), as: UTF8.self)
        XCTAssertFalse(html.contains(HostileRegister.script))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertFalse(html.contains("\u{1B}"))
        XCTAssertFalse(html.contains("\u{202E}"))
        XCTAssertFalse(html.contains("href=\"http://x\""), "a link written in a value is no link")
        let folder = try Fixtures.temporaryFolder("ropa-hostile-document")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let docx = "\(folder)/hostile.docx"
        try Data(try DOCXRenderer.render(document)).write(to: URL(fileURLWithPath: docx))
        // Every part is well-formed XML, whatever the register holds: python's parser reads each one.
        let check = try OfficeTools.run("python3", ["-c", """
            import sys, zipfile, xml.dom.minidom
            z = zipfile.ZipFile(sys.argv[1])
            text = ""
            for name in z.namelist():
                xml.dom.minidom.parseString(z.read(name))
            body = xml.dom.minidom.parseString(z.read("word/document.xml"))
            print("".join(node.data for node in body.getElementsByTagName("w:t")[0].childNodes if node.nodeType == node.TEXT_NODE))
            print("\\n".join("".join(c.data for c in t.childNodes if c.nodeType == c.TEXT_NODE) for t in body.getElementsByTagName("w:t")))
            """, docx])
        XCTAssertEqual(check.status, 0, check.stderr)
        XCTAssertTrue(check.stdout.contains(HostileRegister.script), "the text reads as written")
        XCTAssertTrue(check.stdout.contains("Evil\u{241B}[2J"), "control characters as placeholders")
        let text = try OfficeTools.convertWithLibreOffice(docx, to: "txt:Text (encoded):UTF8", extension: "txt", in: folder)
        let converted = try String(contentsOfFile: text, encoding: .utf8)
        XCTAssertTrue(converted.contains(HostileRegister.script), "LibreOffice reads the value as text")
    }

    func testTheSeedRegistersOpenInLibreOfficeAndPandocAndPrintInChromium() throws {
        let folder = try Fixtures.temporaryFolder("ropa-register-document")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (document, _) = try document("ist-group", .sv)
        let docx = "\(folder)/ist.docx"
        try Data(try DOCXRenderer.render(document)).write(to: URL(fileURLWithPath: docx))
        let pdf = try OfficeTools.convertWithLibreOffice(docx, to: "pdf", extension: "pdf", in: folder)
        try checkPages(pdf, "DOCX")
        let html = "\(folder)/ist.html"
        try Data(HTMLRenderer.render(document)).write(to: URL(fileURLWithPath: html))
        let printed = "\(folder)/ist-html.pdf"
        try OfficeTools.printHTML(html, to: printed)
        try checkPages(printed, "HTML")
        let plain = try OfficeTools.run("pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", docx])
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(plain.stdout.contains("Kundservice och kontakt"))
        XCTAssertTrue(plain.stdout.contains("Avtal (art. 6.1 b)"))
    }

    /// A4 pages, each numbered; the title page with organisation and version; no word broken in two.
    private func checkPages(_ pdf: String, _ what: String) throws {
        let sizes = try OfficeTools.pageSizes(pdf)
        XCTAssertGreaterThan(sizes.count, 10, what)
        XCTAssertTrue(sizes.allSatisfy { OfficeTools.isA4($0) || OfficeTools.isA4($0, landscape: true) }, "\(what): \(sizes)")
        let pages = try OfficeTools.pdfText(pdf).split(separator: "\u{0C}", omittingEmptySubsequences: false)
            .filter { !$0.allSatisfy(\.isWhitespace) }
        XCTAssertEqual(pages.count, sizes.count, what)
        XCTAssertTrue(pages[0].contains("Register över behandlingar") && pages[0].contains("IST Group AB (556254-0806)")
                      && pages[0].contains("Registrets version: "), "\(what): \(pages[0])")
        for (number, page) in pages.enumerated() {
            XCTAssertTrue(page.contains("Sida \(number + 1) av \(pages.count)"), "\(what): page \(number + 1) has its number")
        }
        // A word cut by a column too narrow for it leaves a piece of it standing alone ("Behan", "dling").
        let text = pages.joined(separator: "\n")
        for word in ["Personuppgiftsansvarig", "Behandling", "Personuppgiftsbiträde", "Lagringstid"] {
            for length in 4..<word.count {
                let piece = NSRegularExpression.escapedPattern(for: String(word.prefix(length)))
                XCTAssertNil(text.range(of: "\\b\(piece)(?![\\p{L}])", options: .regularExpression), "\(what): \(word) cut after \(length) letters")
            }
        }
    }
}
