import Foundation
import RopaExport
import RopaModel
import RopaTestSupport
import XCTest

/// The CSV read back by an independent RFC 4180 parser and compared cell by cell with the model.
final class CSVExportTests: XCTestCase {
    private func assertParsesBack(_ register: Register, table: CSVTable, options: CSVOptions = CSVOptions(),
                                  _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let bytes = CSVExporter.export(register, table: table, options: options)
        let parsed = try CSVParser.table(bytes, delimiter: options.delimiter.rawValue.utf8.first ?? 0)
        XCTAssertEqual(parsed.header, CSVExporter.headers(table, language: options.language), "\(name) \(table)", file: file, line: line)
        let expected = ExpectedCells(register: register, language: options.language).rows(table)
        XCTAssertEqual(parsed.rows.count, expected.count, "\(name) \(table): rows", file: file, line: line)
        for (row, expectedRow) in zip(parsed.rows, expected) {
            XCTAssertEqual(Set(expectedRow.keys), Set(parsed.header), "\(name) \(table): the test's columns", file: file, line: line)
            for column in parsed.header {
                XCTAssertEqual(row[column], expectedRow[column].map(ExpectedCells.asSpreadsheetText),
                               "\(name) \(table) row \(row[parsed.header[0]] ?? "?") column \(column)", file: file, line: line)
            }
        }
    }

    func testEverySeedTableParsesBackCellByCellInBothLanguages() throws {
        for name in SeedRegisters.names {
            let register = try SeedRegisters.load(name).register
            for language in Language.allCases {
                for table in CSVTable.allCases {
                    try assertParsesBack(register, table: table, options: CSVOptions(language: language), name)
                }
            }
        }
    }

    func testBusyRegisterParsesBackCellByCell() throws {
        let register = BusyRegister.make()
        for table in CSVTable.allCases {
            try assertParsesBack(register, table: table, "busy")
            try assertParsesBack(register, table: table, options: CSVOptions(language: .sv, delimiter: .semicolon), "busy")
        }
    }

    func testFixtureAndHostileRegistersParseBackCellByCell() throws {
        for (name, register) in [("clean", Fixtures.cleanRegister()), ("hostile", HostileRegister.make())] {
            for table in CSVTable.allCases {
                try assertParsesBack(register, table: table, name)
                try assertParsesBack(register, table: table, options: CSVOptions(language: .sv, delimiter: .semicolon, byteOrderMark: true), name)
                try assertParsesBack(register, table: table, options: CSVOptions(delimiter: .tab), name)
                try assertParsesBack(register, table: table, options: CSVOptions(delimiter: .pipe), name)
            }
        }
    }

    func testHostileValuesComeOutAsText() throws {
        let register = HostileRegister.make()
        let parsed = try CSVParser.table(CSVExporter.export(register, table: .activities))
        let row = try XCTUnwrap(parsed.rows.first { $0["ID"] == "kundservice" })
        XCTAssertEqual(row["Processing activity"], HostileRegister.quotes)
        XCTAssertEqual(row["Description"], "'=HYPERLINK(\"http://x\")")
        XCTAssertEqual(row["Owner"], "'" + HostileRegister.plusCommand)
        XCTAssertEqual(row["Notes"], "'@SUM(A1)")
        XCTAssertEqual(row["Last reviewed"], "'\tTAB")
        XCTAssertEqual(row["DPIA link"], "'\rCR")
        XCTAssertEqual(row["DPIA date"], "-5", "a plain number is no formula and stays as it is")
        XCTAssertEqual(row["Automated decision-making"], "No – +46")
        XCTAssertEqual(row["Retention"], "\"" + HostileRegister.newlines + "\"", "line breaks inside a cell survive, in quotes")
        XCTAssertEqual(ListCell.items(row["Retention"] ?? ""), [HostileRegister.newlines], "and read back as the one rule")
        XCTAssertEqual(row["Data subjects"], "<script>alert(1)</script>; **bold** and __bold__ and *em* _em_; -2+3")
        XCTAssertEqual(row["Security measures"], "Behörighetsstyrning; " + HostileRegister.control, "control characters stay as data")
        let second = try XCTUnwrap(parsed.rows.first { $0["ID"] == "andra" })
        XCTAssertEqual(second["Processing activity"], HostileRegister.pipes)
        XCTAssertEqual(second["Controllers (Art 30(2))"], "'=HYPERLINK(\"http://x\") (@SUM(A1))")
    }

    func testQuotingFollowsRFC4180() {
        var register = Fixtures.cleanRegister()
        register.securityMeasures = [
            SecurityMeasure(id: "a", name: "plain"),
            SecurityMeasure(id: "b", name: "with, comma"),
            SecurityMeasure(id: "c", name: "with \"quotes\""),
            SecurityMeasure(id: "d", name: "two\nlines"),
            SecurityMeasure(id: "e", name: "semi; colon"),
            SecurityMeasure(id: "f", name: "bell\u{7}"),
        ]
        register.activities = []
        let text = String(decoding: CSVExporter.export(register, table: .securityMeasures), as: UTF8.self)
        XCTAssertEqual(text, """
        ID,Security measure,Type,Description,Activities,Notes\r
        a,plain,,,,\r
        b,"with, comma",,,,\r
        c,"with ""quotes\""",,,,\r
        d,"two
        lines",,,,\r
        e,semi; colon,,,,\r
        f,"bell\u{7}",,,,\r

        """)
        let semicolon = String(decoding: CSVExporter.export(register, table: .securityMeasures, options: CSVOptions(delimiter: .semicolon)), as: UTF8.self)
        XCTAssertTrue(semicolon.contains("b;with, comma;;;;\r\n"), semicolon)
        XCTAssertTrue(semicolon.contains("e;\"semi; colon\";;;;\r\n"), semicolon)
    }

    func testByteOrderMarkAndSwedishHeaders() throws {
        let register = Fixtures.cleanRegister()
        let bytes = CSVExporter.export(register, options: CSVOptions(language: .sv, delimiter: .semicolon, byteOrderMark: true))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertFalse(CSVExporter.export(register).starts(with: [0xEF, 0xBB, 0xBF]))
        let parsed = try CSVParser.table(bytes, delimiter: UInt8(ascii: ";"))
        for header in ["Behandling", "Ändamål", "Rättslig grund", "Lagringstid", "Kategorier av registrerade", "Personuppgiftsbiträden",
                       "Tredjeländer", "Säkerhetsåtgärder", "Senast granskad"] {
            XCTAssertTrue(parsed.header.contains(header), header)
        }
        XCTAssertEqual(parsed.rows.first?["Rättslig grund"], "Berättigat intresse (Art 6(1)(f))")
        XCTAssertEqual(parsed.rows.first?["Tredjeländer"], "USA (US)")
        XCTAssertEqual(CSVExporter.headers(.transfers, language: .sv).prefix(3), ["ID", "Överföring", "Mottagare"])
    }

    func testColumnsCoverArticle30AndWhatDPOsExpect() {
        let headers = CSVExporter.headers(.activities, language: .en)
        for expected in ["Processing activity", "Legal entities", "Controller contact", "Data protection officer", "Purposes", "Lawful basis", "Art 9 condition", "Data subjects", "Personal data",
                         "Recipients", "Processors", "Joint controllers", "Transfer countries", "Transfer mechanisms", "Retention",
                         "Security measures", "DPIA needed", "Owner", "Last reviewed"] {
            XCTAssertTrue(headers.contains(expected), expected)
        }
        XCTAssertEqual(Set(headers).count, headers.count, "headers are unique")
        for table in CSVTable.allCases {
            for language in Language.allCases {
                let names = CSVExporter.headers(table, language: language)
                XCTAssertEqual(Set(names).count, names.count, "\(table) \(language): headers are unique")
            }
        }
    }

    func testSameRegisterGivesSameBytes() throws {
        let register = try SeedRegisters.load("izonen").register
        var shuffled = register
        shuffled.activities.reverse()
        shuffled.processors.reverse()
        for table in CSVTable.allCases {
            XCTAssertEqual(CSVExporter.export(register, table: table), CSVExporter.export(register, table: table))
            XCTAssertEqual(CSVExporter.export(register, table: table), CSVExporter.export(shuffled, table: table),
                           "rows are ordered by id, not by the order entities were loaded in")
        }
    }

    func testEmptyRegisterGivesHeadersOnly() throws {
        let register = Register(organisation: Organisation(name: "Tom AB"))
        for table in CSVTable.allCases {
            let records = try CSVParser.parse(CSVExporter.export(register, table: table))
            XCTAssertEqual(records, [CSVExporter.headers(table, language: .en)])
        }
    }

    func testCSVParserIsStrict() {
        XCTAssertThrowsError(try CSVParser.parse(Array("a,\"b\n".utf8)))
        XCTAssertThrowsError(try CSVParser.parse(Array("a,b\"c\"\r\n".utf8)))
        XCTAssertThrowsError(try CSVParser.parse(Array("\"a\"b\r\n".utf8)))
        XCTAssertEqual(try CSVParser.parse(Array("a,\"b,\"\"c\"\"\r\nd\",\r\n".utf8)), [["a", "b,\"c\"\r\nd", ""]])
    }
}
