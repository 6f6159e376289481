import Foundation
import RopaExport
import RopaModel
import RopaTestSupport
import XCTest

/// The workbook opens in openpyxl and LibreOffice: a sheet per table, frozen and filtered headers, widths that
/// fit, wrapped long text, dates as dates, the version stamp, and Excel's rules for XML and cell length.
final class XLSXExportTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = try Fixtures.temporaryFolder("ropa-xlsx")
    }

    override func tearDown() {
        if !folder.isEmpty { try? FileManager.default.removeItem(atPath: folder) }
    }

    func write(_ register: Register, language: Language = .en, version: ExportVersion? = nil) throws -> String {
        let path = "\(folder)/register-\(language.rawValue).xlsx"
        let options = WorkbookOptions(language: language, version: version, date: CalendarDate(year: 2026, month: 6, day: 1))
        try Data(try XLSXExporter.export(register, options: options).bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func openpyxl(_ script: String, _ path: String) throws -> String {
        guard SpreadsheetTools.hasOpenpyxl else { throw XCTSkip("python3 with openpyxl is not installed") }
        let run = try SpreadsheetTools.python("import sys, openpyxl\nbook = openpyxl.load_workbook(sys.argv[1])\n" + script, arguments: [path])
        XCTAssertEqual(run.status, 0, run.errors)
        return run.output
    }

    func testOpenpyxlReadsEverySheetAsWritten() throws {
        var seed = try SeedRegisters.load("ist-group").register
        seed.processors[0].agreement.signedDate = "2025-03-01"
        let path = try write(seed, language: .sv, version: ExportVersion(number: 7, hash: String(repeating: "ab", count: 32)))
        let output = try openpyxl("""
        print("|".join(book.sheetnames))
        sheet = book["Behandlingar"]
        print(sheet.freeze_panes, sheet.auto_filter.ref, sheet["A1"].value, sheet["B1"].value, sheet["B1"].font.b)
        print(sheet.max_row, sheet.column_dimensions["B"].width > 8)
        print(book.custom_doc_props["ropa.version"].value)
        print(book["Organisation"]["A3"].value, "|", book["Organisation"]["B3"].value)
        dates = [c.value for name in book.sheetnames for row in book[name].iter_rows(min_row=2) for c in row if c.is_date]
        print(len(dates) > 0, type(dates[0]).__name__ if dates else "", dates[0].date() if dates else "")
        wrapped = [c.alignment.wrap_text for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str) and "\\n" in c.value]
        print(len(wrapped) > 0 and all(wrapped))
        """, path)
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "Organisation|Behandlingar|Personuppgiftsbiträden|Underbiträden|Överföringar|Gemensamt ansvariga|Säkerhetsåtgärder|Brister|Granskningskö")
        // The filter spans every column of the activities table (35 before the ICO and CNIL fields).
        let columns = CSVExporter.fields(.activities).count
        XCTAssertGreaterThan(columns, 35)
        let last = String(UnicodeScalar(UInt8(64 + (columns - 1) / 26))) + String(UnicodeScalar(UInt8(65 + (columns - 1) % 26)))
        XCTAssertEqual(lines[1], "A2 A1:\(last)\(seed.activities.count + 1) ID Behandling True")
        XCTAssertEqual(lines[2], "\(seed.activities.count + 1) True")
        XCTAssertEqual(lines[3], "7 " + String(repeating: "ab", count: 32))
        XCTAssertTrue(lines[4].hasPrefix("Juridisk person | IST"), lines[4])
        XCTAssertEqual(lines[5], "True datetime 2025-03-01")
        XCTAssertEqual(lines[6], "True")
    }

    func testExcelsRulesAreMet() throws {
        var register = Fixtures.cleanRegister()
        register.activities[0].notes = String(repeating: "Lång text. ", count: 4000) + "slut"
        register.activities[0].description = "Styr\u{1}tecken\u{0}och\u{FFFF} fel"
        register.activities[0].owner = "+46 70-123 45 67"
        let workbook = try XLSXExporter.export(register, options: WorkbookOptions(language: .en))
        XCTAssertEqual(workbook.cut, 1)
        XCTAssertEqual(workbook.dropped, 3)
        let path = "\(folder)/rules.xlsx"
        try Data(workbook.bytes).write(to: URL(fileURLWithPath: path))
        let output = try openpyxl("""
        sheet = book["Activities"]
        header = [c.value for c in sheet[1]]
        row = {header[i]: c.value for i, c in enumerate(sheet[2])}
        print(len(row["Notes"]), row["Notes"][-60:])
        print(row["Description"])
        print(repr(row["Owner"]))
        """, path)
        let lines = output.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("32767 "), lines[0])
        XCTAssertTrue(lines[0].hasSuffix("more characters are in ropa: Excel holds 32,767 per cell]"), lines[0])
        XCTAssertEqual(lines[1], "Styrteckenoch fel")
        XCTAssertEqual(lines[2], "'+46 70-123 45 67'", "a phone number is text, without an apostrophe in the cell")
    }

    func testLibreOfficeOpensAndConvertsIt() throws {
        guard SpreadsheetTools.path("soffice") != nil else { throw XCTSkip("LibreOffice is not installed") }
        let seed = try SeedRegisters.load("ist-group").register
        let path = try write(seed)
        let csv = try SpreadsheetTools.libreOffice(convert: path, to: "csv:Text - txt - csv (StarCalc):44,34,76", into: folder)
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        XCTAssertTrue(text.contains(seed.organisation.name), text)
        let again = "\(folder)/again"
        try FileManager.default.createDirectory(atPath: again, withIntermediateDirectories: true)
        let xlsx = try SpreadsheetTools.libreOffice(convert: path, to: "xlsx", into: again)
        XCTAssertGreaterThan(try Data(contentsOf: URL(fileURLWithPath: xlsx)).count, 1000)
    }

    func testTheSameRegisterGivesTheSameBytes() throws {
        let seed = try SeedRegisters.load("izonen").register
        let options = WorkbookOptions(language: .en, date: CalendarDate(year: 2026, month: 6, day: 1))
        XCTAssertEqual(try XLSXExporter.export(seed, options: options).bytes, try XLSXExporter.export(seed, options: options).bytes)
    }
}
