import Foundation
import RopaExport
import RopaModel
import RopaTestSupport
import XCTest

final class MarkdownExportTests: XCTestCase {
    private func document(_ register: Register, _ language: Language = .en, version: ExportVersion? = nil) -> String {
        String(decoding: MarkdownExporter.export(register, options: MarkdownOptions(language: language, date: SeedRegisters.date, version: version)),
               as: UTF8.self)
    }

    private func assertTablesKeepTheirColumns(_ markdown: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let tables = MarkdownTables.tables(in: markdown)
        XCTAssertFalse(tables.isEmpty, name, file: file, line: line)
        for table in tables {
            let width = table.rows[0].count
            XCTAssertEqual(table.rows[1], Array(repeating: "---", count: width), "\(name): delimiter row at line \(table.firstLine)", file: file, line: line)
            for (offset, row) in table.rows.enumerated() where row.count != width {
                XCTFail("\(name): line \(table.firstLine + offset) has \(row.count) cells, the header \(width)", file: file, line: line)
            }
        }
    }

    func testEveryTableRowHasTheHeaderCellCount() throws {
        for name in SeedRegisters.names {
            let (register, version) = try SeedRegisters.load(name)
            for language in Language.allCases {
                assertTablesKeepTheirColumns(document(register, language, version: version), "\(name) \(language)")
            }
        }
        assertTablesKeepTheirColumns(document(Fixtures.cleanRegister()), "clean")
        assertTablesKeepTheirColumns(document(HostileRegister.make()), "hostile")
        assertTablesKeepTheirColumns(document(HostileRegister.make(), .sv), "hostile sv")
    }

    /// The UI hands over the findings it keeps current: the document is byte for byte the one that
    /// validates the register itself.
    func testGivenFindingsWriteTheSameDocumentAsValidating() throws {
        for name in SeedRegisters.names {
            let (register, version) = try SeedRegisters.load(name)
            let findings = Validator(register: register, asOf: SeedRegisters.date).findings()
            XCTAssertFalse(findings.isEmpty, name)
            for language in Language.allCases {
                let validating = MarkdownExporter.export(register, options: MarkdownOptions(language: language, date: SeedRegisters.date, version: version))
                let given = MarkdownExporter.export(register, options: MarkdownOptions(language: language, date: SeedRegisters.date, version: version,
                                                                                      findings: findings))
                XCTAssertEqual(given, validating, "\(name) \(language)")
            }
        }
    }

    func testTitleNamesOrganisationNumbersDPODateAndVersion() {
        let version = ExportVersion(number: 3, hash: String(repeating: "ab", count: 32), hasUnrecordedChanges: false)
        let text = document(Fixtures.cleanRegister(), version: version)
        XCTAssertTrue(text.hasPrefix("# Record of processing activities: Exempel AB\n\n"), text)
        XCTAssertTrue(text.contains("- **Legal entities:**\n  - Exempel AB, organisation number 556254-0806, Storgatan 1, 352 34 Växjö, Sweden (SE)\n"))
        XCTAssertTrue(text.contains("- **Data protection officer:** Dana Dataskydd, dso\\@exempel.se\n"))
        XCTAssertTrue(text.contains("- **Date:** 2026-06-01\n"))
        XCTAssertTrue(text.contains("- **Version:** 3 (abababababab)\n"))
        let changed = document(Fixtures.cleanRegister(), version: ExportVersion(number: 3, hash: "abcd", hasUnrecordedChanges: true))
        XCTAssertTrue(changed.contains("- **Version:** 3 (abcd), with changes not yet recorded as a version\n"))
        XCTAssertTrue(document(Fixtures.cleanRegister()).contains("- **Version:** no version recorded yet\n"))
    }

    func testSectionsInOrderWithContentsSummaryAndAppendix() {
        let text = document(Fixtures.cleanRegister())
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("#") }
        XCTAssertEqual(headings, [
            "# Record of processing activities: Exempel AB", "## Contents", "## Summary", "## Processing activities",
            "### Kundservice och kontakt", "## Processors and sub-processors", "### Ärendesystem AB", "### Moln Inc.",
            "## Transfers to third countries", "### Drift hos Moln Inc.", "## Joint controllers", "### LinkedIn",
            "## Security measures", "## Appendix: open findings",
        ])
        XCTAssertTrue(text.contains("- [Processing activities](#processing-activities)\n  - [Kundservice och kontakt](#kundservice-och-kontakt)\n"))
        XCTAssertTrue(text.contains("| [Kundservice och kontakt](#kundservice-och-kontakt) | Controller | Svara på förfrågningar | Legitimate interests (Art 6(1)(f)) | United States (US) | Kundservicechef | 2026-01-15 |"), text)
        XCTAssertTrue(text.contains("## Appendix: open findings\n\nNo open findings.\n"))
    }

    func testActivitySectionHasEveryField() {
        let text = document(Fixtures.cleanRegister())
        for line in [
            "- **ID:** kundservice", "- **Role:** Controller (Art 30(1))", "- **Purposes:**\n  - Svara på förfrågningar\n    - **Lawful basis:** Legitimate interests (Art 6(1)(f))\n    - **Legitimate interests:** Hantera kundservice effektivt; intresseavvägning 2026-01-10",
            "- **Joint controllers:**\n  - [LinkedIn](#linkedin)", "- **Data subjects:**\n  - Kunder", "- **Personal data:**\n  - Namn\n  - E-postadress",
            "- **Recipients:**\n  - Personuppgiftsbiträden för ärendehantering", "- **Processors:**\n  - [Ärendesystem AB](#ärendesystem-ab)",
            "- **Transfers:**\n  - [Drift hos Moln Inc.](#drift-hos-moln-inc): United States (US) – Standard contractual clauses (SCC) (Art 46(2)(c)), Module 3: processor to processor, Commission Implementing Decision (EU) 2021/914",
            "- **Retention:**\n  - 90 dagar efter avslutat ärende", "- **Security measures:**\n  - Behörighetsstyrning",
            "- **DPIA needed:** Not recorded", "- **Owner:** Kundservicechef", "- **Last reviewed:** 2026-01-15",
        ] {
            XCTAssertTrue(text.contains(line + "\n"), line)
        }
    }

    func testProcessorsShowAgreementClausesAndNestedSubprocessors() {
        let text = document(HostileRegister.make())
        XCTAssertTrue(text.contains("- **Agreement status:** Signed (Art 28(3))\n"))
        XCTAssertTrue(text.contains("| Art 28(3)(a) | Acts only on documented instructions, including on transfers | Present | § a |  |\n"), text)
        // Ärendesystem → Moln Inc. → the deeper sub-processor, as a nested list with links.
        XCTAssertTrue(text.contains("""
        - **Sub-processors:**
          - [Moln Inc.](#moln-inc): \\=HYPERLINK("http\\://x"), United States (US), Approved 2025-09-15
            - [\\*\\*bold\\*\\* and \\_\\_bold\\_\\_ and \\*em\\* \\_em\\_](#bold-and-__bold__-and-em-_em_): India (IN), Pending

        """), text)
        XCTAssertTrue(text.contains("- **Engaged by:** [Moln Inc.](#moln-inc)\n"))
    }

    func testHostileValuesReadBackAsTextAndNeverAsMarkup() {
        let text = document(HostileRegister.make())
        // No raw control characters, bidi overrides or HTML reach the document.
        XCTAssertFalse(text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F || $0.value == 0x202E }, "control characters")
        XCTAssertFalse(text.contains("<script>"))
        XCTAssertTrue(text.contains("\\<script\\>alert(1)\\</script\\>"))
        // Every table cell reads back, unescaped, as the value with its line breaks shown as ␊.
        let cells = MarkdownTables.tables(in: text).flatMap { $0.rows.flatMap { $0 } }.map(MarkdownTables.unescaped)
        XCTAssertTrue(cells.contains("Say \"hello\", \"world\""), "activity name in the summary")
        XCTAssertTrue(cells.contains("# Not a heading"), "security measure description")
        XCTAssertTrue(cells.contains("First line\u{240A}second line\u{240D}\u{240A}third line\u{240D}fourth"), "notes with line breaks keep to one cell")
        // List items read back line by line, each line its own, joined by hard breaks.
        XCTAssertTrue(text.contains("- **Notes:** \\@SUM(A1)\n"))
        XCTAssertTrue(text.contains("- **Description:** \\=HYPERLINK(\"http\\://x\")\n"))
        XCTAssertTrue(text.contains("  - First line\\\n    second line\\\n    third line\u{240D}fourth\n"),
                      "retention: one item, three lines; the lone CR shown")
        XCTAssertTrue(text.contains("- **DPIA link:** \u{240D}CR\n"))
        XCTAssertTrue(text.contains("  - \\# Not a heading\n  - \\- not a list\n  - 1\\. not a list\n  - a\\) not a list either\n  - \\---\n"), "recipients")
        XCTAssertTrue(text.contains("Evil\u{241B}\\[2J\u{2407}bell\u{2400}nul\\<U+202E\\>drowkcab"))
        XCTAssertTrue(text.contains("### Say \"hello\", \"world\"\n"))
        XCTAssertTrue(text.contains("### a \\| b \\|\\| c \\\\\\| d\n"))
        XCTAssertTrue(text.contains("\\[link\\](http\\://x) !\\[image\\](http\\://x/i.png) \\<http\\://x\\>"))
        XCTAssertTrue(text.contains("www\\.example.com dso\\@example.se https\\://example.se \\:smile:"))
        XCTAssertTrue(text.contains("\\$x\\^2\\$ \\~sub\\~ \\^sup\\^ \\{\\#id .class\\} \\[span\\]\\{.x\\} \\@cite"))
        // Only the exporter's own headings start a line with '#'.
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("#") }
        XCTAssertEqual(headings.count, 16, headings.joined(separator: "\n"))
    }

    func testSwedishHeadingsAndLabels() throws {
        let (register, version) = try SeedRegisters.load("ist-group")
        let text = document(register, .sv, version: version)
        XCTAssertTrue(text.hasPrefix("# Register över behandlingar: IST Group\n"))
        for heading in ["## Innehåll", "## Sammanfattning", "## Behandlingar", "## Personuppgiftsbiträden och underbiträden",
                        "## Överföringar till tredjeland", "## Gemensamt personuppgiftsansvariga", "## Säkerhetsåtgärder",
                        "## Bilaga: öppna iakttagelser"] {
            XCTAssertTrue(text.contains("\n\(heading)\n"), heading)
        }
        for label in ["- **Ändamål:**", "- **Rättslig grund:** Berättigat intresse (Art 6(1)(f))", "- **Lagringstid:**",
                      "- **Dataskyddsombud:**", "- **Datum:** 2026-06-01", "organisationsnummer 556254-0806"] {
            XCTAssertTrue(text.contains(label), label)
        }
        XCTAssertFalse(text.contains("Not recorded"))
    }

    func testFindingsAreTheAppendix() throws {
        let (register, version) = try SeedRegisters.load("ist-group")
        let text = document(register, version: version)
        let appendix = try XCTUnwrap(text.components(separatedBy: "## Appendix: open findings\n").last)
        XCTAssertTrue(appendix.hasPrefix("\n| Severity | Rule | Entry | Field | Finding | Article |\n"))
        XCTAssertTrue(appendix.contains("| warning | arrangement-unknown | Joint controller 'YouTube (Google)' (google-youtube) |"), appendix)
        let findings = Validator(register: register, asOf: SeedRegisters.date).findings()
        XCTAssertEqual(MarkdownTables.tables(in: appendix).first?.rows.count, findings.count + 2)
    }

    /// A Swedish document cites the findings' articles as Swedish text does ("art. 30.1 e"), as the DOCX
    /// and HTML documents already did; the English one keeps ropa's own "Art 30(1)(e)".
    func testTheSwedishAppendixCitesArticlesTheSwedishWay() throws {
        let (register, version) = try SeedRegisters.load("ist-group")
        let swedish = String(decoding: MarkdownExporter.export(register, options: MarkdownOptions(language: .sv, date: SeedRegisters.date, version: version)), as: UTF8.self)
        let appendix = try XCTUnwrap(swedish.components(separatedBy: "\n| Allvarlighetsgrad").last, "the Swedish appendix table")
        XCTAssertTrue(appendix.contains("| art. 30.1 e |"), appendix)
        XCTAssertFalse(appendix.contains("| Art 30(1)(e) |"), appendix)
        XCTAssertTrue(document(register, version: version).contains("| Art 30(1)(e) |"))
    }

    func testSameRegisterGivesSameBytes() throws {
        let (register, version) = try SeedRegisters.load("izonen")
        let options = MarkdownOptions(language: .sv, date: SeedRegisters.date, version: version)
        XCTAssertEqual(MarkdownExporter.export(register, options: options), MarkdownExporter.export(register, options: options))
        var shuffled = register
        shuffled.activities.reverse()
        shuffled.processors.reverse()
        XCTAssertEqual(MarkdownExporter.export(register, options: options), MarkdownExporter.export(shuffled, options: options))
    }

    func testEmptyRegisterSaysWhatIsMissing() {
        let text = document(Register(organisation: Organisation(name: "")))
        XCTAssertTrue(text.hasPrefix("# Record of processing activities\n"))
        for sentence in ["No processing activities are recorded.", "No processors are recorded.", "No transfers to third countries are recorded.",
                         "No joint controllers are recorded.", "No security measures are recorded."] {
            XCTAssertTrue(text.contains("\n\(sentence)\n"), sentence)
        }
    }

    func testDuplicateNamesGetDistinctAnchors() {
        var register = Fixtures.cleanRegister()
        register.activities.append(Activity(id: "kundservice-2", name: "Kundservice och kontakt"))
        register.activities.append(Activity(id: "summary", name: "Summary"))
        let text = document(register)
        XCTAssertTrue(text.contains("  - [Kundservice och kontakt](#kundservice-och-kontakt)\n  - [Kundservice och kontakt](#kundservice-och-kontakt-1)\n"))
        XCTAssertTrue(text.contains("  - [Summary](#summary-1)\n"), "an activity named like a section does not steal its anchor")
    }
}
