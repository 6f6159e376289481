import RopaExport
import RopaImport
import RopaModel
import RopaTestSupport
import XCTest

/// The tables' column of structured retention periods and the events they run from: written in both languages,
/// read back by CSV and workbook imports, so that an export imported into a register without the activities
/// gives the same retention rules, periods and triggers.
final class RetentionPeriodColumnTests: XCTestCase {
    /// Rules with a period and an event, a period without one, a rule without a period between them whose text
    /// holds a ";" (written in quotes, so that it reads back as one rule).
    private func register() -> Register {
        var register = Fixtures.cleanRegister()
        register.activities[0].retention = [
            RetentionRule(id: "arenden", dataCategoryIds: ["namn", "epost"], text: "Raderas efter tre månader",
                          period: RetentionPeriod(amount: 3, unit: .months, startingEvent: "avslutat ärende")),
            RetentionRule(id: "loggar", text: "Enligt policy; se gallringsplanen"),
            RetentionRule(id: "bokforing", text: "Sju år enligt bokföringslagen",
                          period: RetentionPeriod(amount: 7, unit: .years, startingEvent: "utgången av räkenskapsåret")),
            RetentionRule(id: "backup", text: "En dag", period: RetentionPeriod(amount: 1, unit: .days)),
        ]
        return register
    }

    private func withoutActivities(_ register: Register) -> Register {
        var emptied = register
        emptied.activities = []
        return emptied
    }

    /// The retention as the spreadsheet can carry it: texts, categories by name and periods, not ids.
    private func carried(_ activity: Activity?) -> [String] {
        guard let activity else { return [] }
        return activity.retention.map { rule in
            let names = rule.dataCategoryIds.map { id in activity.dataCategories.first { $0.id == id }?.name ?? id }
            let period = rule.period.map { "\($0.amount) \($0.unit.rawValue) \($0.startingEvent ?? "-")" } ?? "none"
            return "\(names) \(rule.text) | \(period)"
        }
    }

    func testTheColumnShowsEachRulesPeriodInItsPlaceInBothLanguages() {
        let english = String(decoding: CSVExporter.export(register()), as: UTF8.self)
        let swedish = String(decoding: CSVExporter.export(register(), options: CSVOptions(language: .sv)), as: UTF8.self)
        XCTAssertTrue(english.contains("Retention period and trigger"), english)
        XCTAssertTrue(swedish.contains("Lagringsperiod och utgångspunkt"), swedish)
        XCTAssertTrue(english.contains("3 months from avslutat ärende; –; 7 years from utgången av räkenskapsåret; 1 day"), english)
        XCTAssertTrue(swedish.contains("3 månader från avslutat ärende; –; 7 år från utgången av räkenskapsåret; 1 dag"), swedish)
        // The rule whose text holds a ";" is one value of the retention cell, in quotes (doubled by CSV).
        XCTAssertTrue(english.contains("\"\"Enligt policy; se gallringsplanen\"\""), english)
        // A register without structured periods shows an empty cell, not a row of dashes.
        var plain = Fixtures.cleanRegister()
        plain.activities[0].retention = [RetentionRule(id: "a", text: "Ett år"), RetentionRule(id: "b", text: "Två år")]
        XCTAssertFalse(String(decoding: CSVExporter.export(plain), as: UTF8.self).contains("–"))
    }

    func testACSVExportImportedIntoARegisterWithoutTheActivityGivesTheSameRetention() throws {
        for language in Language.allCases {
            let source = register()
            let plan = try CSVImport.plan(CSVExporter.export(source, options: CSVOptions(language: language)), into: withoutActivities(source))
            let imported = plan.register.activity("kundservice")
            // "Enligt policy; se gallringsplanen" reads back as the one rule it is.
            XCTAssertEqual(imported?.retention.count, 4, "\(language)")
            XCTAssertEqual(carried(imported), carried(source.activities[0]), "\(language)")
            // And the table reads the same again.
            XCTAssertEqual(CSVExporter.export(plan.register, options: CSVOptions(language: language)),
                           CSVExporter.export(source, options: CSVOptions(language: language)), "\(language)")
        }
    }

    func testAWorkbookExportImportedIntoARegisterWithoutTheActivityGivesTheSameRetention() throws {
        let source = register()
        for language in Language.allCases {
            let bytes = try XLSXExporter.export(source, options: WorkbookOptions(language: language, date: Fixtures.asOf)).bytes
            let book = try XLSXImport.read(bytes, source: "ropa.xlsx")
            let plan = try SpreadsheetImport.plan(book.tables, into: withoutActivities(source))
            XCTAssertEqual(carried(plan.register.activity("kundservice")), carried(source.activities[0]), "\(language)")
        }
    }

    func testImportingTheExportIntoItselfChangesNothing() throws {
        let source = register()
        for language in Language.allCases {
            let plan = try CSVImport.plan(CSVExporter.export(source, options: CSVOptions(language: language)), into: source)
            XCTAssertFalse(plan.changesAnything, "\(language): \(plan.changed)")
        }
    }

    func testAnEditedCellChangesThePeriods() throws {
        let source = register()
        let edited = ImportFixtures.bytes(["ID;Name;Retention;Lagringstiden räknas från",
                                           "kundservice;Kundservice och kontakt;90 dagar efter avslutat ärende;6 månader från sista kontakten"])
        let plan = try CSVImport.plan(edited, into: source)
        XCTAssertEqual(plan.register.activity("kundservice")?.retention.map(\.period),
                       [RetentionPeriod(amount: 6, unit: .months, startingEvent: "sista kontakten")])
    }

    /// A spreadsheet's "trigger" column often holds the event alone, the length being in the retention column.
    func testAnEventAloneTakesTheLengthTheRetentionTextStates() throws {
        let sheet = ImportFixtures.bytes(["Name;Retention;Retention trigger", "Kundregister;Raderas 24 månader efter;avslutad kundrelation"])
        let plan = try CSVImport.plan(sheet, into: withoutActivities(Fixtures.cleanRegister()))
        XCTAssertEqual(plan.register.activities.first?.retention.first?.period,
                       RetentionPeriod(amount: 24, unit: .months, startingEvent: "avslutad kundrelation"))
    }

    func testAPeriodThatCannotBeReadIsAProblemAtItsColumn() throws {
        func problems(_ lines: [String]) -> [ImportProblem] {
            ImportFixtures.refusalProblems(lines, into: withoutActivities(Fixtures.cleanRegister()))
        }
        // An event with no length anywhere.
        let lengthless = problems(["Name;Retention;Retention trigger", "Kundregister;Så länge det behövs;avslutad kundrelation"])
        XCTAssertEqual(lengthless.map(\.column), ["Retention trigger"])
        XCTAssertTrue(lengthless.first?.message.contains("needs its length") == true, "\(lengthless)")
        XCTAssertTrue(lengthless.first?.message(.sv).contains("behöver sin längd") == true, "\(lengthless)")
        // More periods than rules.
        let surplus = problems(["Name;Retention;Retention period and trigger", "Kundregister;Ett år;\"1 year; 2 years\""])
        XCTAssertEqual(surplus.map(\.column), ["Retention period and trigger"])
        XCTAssertTrue(surplus.first?.message.contains("2 retention periods for 1 retention rules") == true, "\(surplus)")
    }

    func testCountingACellsValuesAgreesWithSplittingIt() {
        for cell in ["", "   ", "Ett år", " Ett år ", "a; b", "a;;b", "a\nb", "a\r\nb", ";", " ; ", "a;", "\u{00A0}", "Namn, E-post: 90 dagar",
                     "\"a; b\"", "\"a; b\"; c", "\"\"", "\"", "\"a\" b; c", "\"a\"\"b\"", " \"a\nb\" \n c", "\"unclosed; x"] {
            XCTAssertEqual(ListCell.count(cell), ListCell.items(cell).count, cell.debugDescription)
        }
    }

    func testThePeriodTextReadsWhatItWrites() {
        for unit in PeriodUnit.allCases {
            for amount in [0, 1, 12] {
                for language in Language.allCases {
                    for event in [nil, "avslutat ärende", "from the start"] {
                        let period = RetentionPeriod(amount: amount, unit: unit, startingEvent: event)
                        let text = RetentionPeriodText.text(period, language: language)
                        XCTAssertEqual(RetentionPeriodText.read(text), .init(amount: amount, unit: unit, startingEvent: event), text)
                    }
                }
            }
        }
        XCTAssertNil(RetentionPeriodText.read("–"))
        XCTAssertNil(RetentionPeriodText.read(" - "))
        XCTAssertEqual(RetentionPeriodText.read("avslutat ärende"), .init(startingEvent: "avslutat ärende"))
        XCTAssertEqual(RetentionPeriodText.read("3 Månader från avslut")?.unit, .months)
    }
}

/// A list cell's values that hold a separator or begin with a quote are written in quotes and read back whole;
/// a quote typed by hand that does not close a value is read as text, as before.
final class QuotedListValueTests: XCTestCase {
    func testAValueWithASeparatorOrAQuoteReadsBackAsItself() {
        let values = ["Enligt policy; se gallringsplanen", "Två\nrader", "\"Citat\" först", "Vanlig", "a \"b\"; c", " ; "]
        XCTAssertEqual(ListCell.items(ListCell.joined(values)), values)
        XCTAssertEqual(ListCell.items(ListCell.joined(values, separator: "\n")), values)
        XCTAssertEqual(ListCell.quoted("Vanlig"), "Vanlig", "a plain value is written as it is")
    }

    func testAHandTypedQuoteThatClosesNoValueIsText() {
        XCTAssertEqual(ListCell.items("\"Kunddata\" sparas 5 år; loggar 1 år"), ["\"Kunddata\" sparas 5 år", "loggar 1 år"])
        XCTAssertEqual(ListCell.items("\"unclosed; x"), ["\"unclosed", "x"])
        XCTAssertEqual(ListCell.items("\"a\"\"b\"; c"), ["a\"b", "c"])
    }
}
