import RopaExport
import RopaImport
import XCTest

final class CSVReaderTests: XCTestCase {
    func testRecordsKnowThePhysicalLineTheyStartOn() throws {
        let text = "a,b\r\n\"x\ny\",z\n1,2\r3,\"4\r\n5\"\r\nlast,row"
        let records = try CSVReader.records(Array(text.utf8), delimiter: UInt8(ascii: ","))
        XCTAssertEqual(records.map(\.line), [1, 2, 4, 5, 7])
        XCTAssertEqual(records.map(\.fields), [["a", "b"], ["x\ny", "z"], ["1", "2"], ["3", "4\r\n5"], ["last", "row"]])
    }

    func testQuotesEmptyFieldsTrailingDelimiterAndBOM() throws {
        let bytes = CSVReader.byteOrderMark + Array("\"say \"\"hi\"\"\";;\"a;b\";\r\n;\r\n".utf8)
        let records = try CSVReader.records(bytes, delimiter: UInt8(ascii: ";"))
        XCTAssertEqual(records.map(\.fields), [["say \"hi\"", "", "a;b", ""], ["", ""]])
        XCTAssertTrue(records[1].isBlank)
        XCTAssertEqual(try CSVReader.records([], delimiter: UInt8(ascii: ",")), [])
        XCTAssertEqual(try CSVReader.records(Array("a,\"b\"".utf8), delimiter: UInt8(ascii: ",")).map(\.fields), [["a", "b"]])
    }

    func testBrokenQuotingIsReportedAtItsLine() {
        XCTAssertThrowsError(try CSVReader.records(Array("a,b\nc,\"open\nstill open".utf8), delimiter: UInt8(ascii: ","))) { error in
            XCTAssertEqual(error as? CSVSyntaxError, CSVSyntaxError(line: 2, message: "a quoted field is never closed"))
        }
        XCTAssertThrowsError(try CSVReader.records(Array("a,b\n\"x\"y,z".utf8), delimiter: UInt8(ascii: ","))) { error in
            XCTAssertEqual((error as? CSVSyntaxError)?.line, 2)
        }
        XCTAssertThrowsError(try CSVReader.records([0x61, 0x0A, 0xFF, 0xFE], delimiter: UInt8(ascii: ","))) { error in
            XCTAssertEqual((error as? CSVSyntaxError)?.line, 2)
            XCTAssertTrue((error as? CSVSyntaxError)?.message.contains("UTF-8") == true)
        }
        // A quote inside an unquoted field is kept, as spreadsheets read it.
        XCTAssertEqual(try CSVReader.records(Array("5\" disk,b".utf8), delimiter: UInt8(ascii: ",")).map(\.fields), [["5\" disk", "b"]])
    }

    func testTheDelimiterIsFoundInTheHeaderOutsideQuotes() {
        XCTAssertEqual(CSVReader.detectDelimiter(Array("ID;\"Special categories (Art 9, Art 10)\";Notes\n1,2,3,4,5".utf8)), UInt8(ascii: ";"))
        XCTAssertEqual(CSVReader.detectDelimiter(CSVReader.byteOrderMark + Array("ID,Name\n".utf8)), UInt8(ascii: ","))
        XCTAssertEqual(CSVReader.detectDelimiter(Array("ID\tName\tOwner".utf8)), 0x09)
        XCTAssertEqual(CSVReader.detectDelimiter(Array("Name".utf8)), UInt8(ascii: ","))
    }

    func testTheFormulaGuardIsUndoneExactly() {
        for text in ["=SUM(A1)", "+46 70 123 45 67", "-minus", "@user", "\tindented", "\rcr", "plain", "'quoted", "-5", "+46", "'=already", ""] {
            XCTAssertEqual(FormulaGuard.restore(FormulaGuard.neutralise(text)), text == "'=already" ? "=already" : text, text)
        }
        XCTAssertEqual(FormulaGuard.restore("'-5"), "'-5", "a plain number was never guarded")
        XCTAssertEqual(FormulaGuard.restore("'abc"), "'abc")
    }
}
