import RopaJSON
import XCTest

final class JSONParserTests: XCTestCase {
    func testParsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(#"{"a": [1, -2.5, true, false, null, "x\ny\u00e5\ud83d\ude00"], "b": {}}"#)
        XCTAssertEqual(value, .object([
            "a": .array([.int(1), .double(-2.5), .bool(true), .bool(false), .null, .string("x\nyå😀")]),
            "b": .object([:]),
        ]))
    }

    func testReportsLineAndColumnOfASyntaxError() {
        let text = "{\n  \"name\": \"Kundtjänst\",\n  \"x\": tru\n}"
        XCTAssertThrowsError(try JSONParser.parse(text)) { error in
            guard let syntax = error as? JSONSyntaxError else { return XCTFail("\(error)") }
            XCTAssertEqual(syntax.line, 3)
            XCTAssertEqual(syntax.column, 8)
        }
    }

    func testColumnsCountCharactersNotBytes() {
        XCTAssertThrowsError(try JSONParser.parse(#"["åäö" x]"#)) { error in
            XCTAssertEqual((error as? JSONSyntaxError)?.column, 8)
        }
    }

    func testRejectsTruncatedDocument() {
        XCTAssertThrowsError(try JSONParser.parse(#"{"a": [1, 2"#)) { error in
            XCTAssertTrue((error as? JSONSyntaxError)?.message.contains("end of file") ?? false, "\(error)")
        }
    }

    func testRejectsInvalidUTF8WithItsPosition() {
        var bytes = Array("{\"a\": \"".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\"}".utf8)
        XCTAssertThrowsError(try JSONParser.parse(bytes)) { error in
            let syntax = error as? JSONSyntaxError
            XCTAssertEqual(syntax?.line, 1)
            XCTAssertEqual(syntax?.column, 8)
            XCTAssertTrue(syntax?.message.contains("UTF-8") ?? false)
        }
    }

    func testRejectsDuplicateKeys() {
        XCTAssertThrowsError(try JSONParser.parse(#"{"a": 1, "a": 2}"#)) { error in
            XCTAssertTrue((error as? JSONSyntaxError)?.message.contains("duplicate key") ?? false)
        }
    }

    func testRejectsDeepNestingWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        XCTAssertThrowsError(try JSONParser.parse(deep)) { error in
            XCTAssertTrue((error as? JSONSyntaxError)?.message.contains("nesting") ?? false)
        }
        let allowed = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        XCTAssertNoThrow(try JSONParser.parse(allowed))
    }

    func testRejectsLoneSurrogatesAndBadEscapes() {
        XCTAssertThrowsError(try JSONParser.parse(#"["\ud800"]"#))
        XCTAssertThrowsError(try JSONParser.parse(#"["\x"]"#))
        XCTAssertThrowsError(try JSONParser.parse("[\"a\u{01}\"]"))
    }

    func testRejectsTrailingTextAndLeadingZeros() {
        XCTAssertThrowsError(try JSONParser.parse("{} {}"))
        XCTAssertThrowsError(try JSONParser.parse("[01]"))
        XCTAssertThrowsError(try JSONParser.parse("[1.]"))
    }
}
