import RopaJSON
import XCTest

final class CanonicalJSONTests: XCTestCase {
    func testSortsKeysIndentsTwoSpacesAndEndsWithNewline() {
        let value: JSONValue = .object(["b": .array([.int(1), .string("x")]), "a": .object([:]), "c": .array([])])
        XCTAssertEqual(CanonicalJSON.string(value), """
        {
          "a": {},
          "b": [
            1,
            "x"
          ],
          "c": []
        }

        """)
    }

    func testSortsKeysByCodePointNotLocale() {
        let value: JSONValue = .object(["ö": .int(1), "z": .int(2), "Z": .int(3), "å": .int(4)])
        let text = CanonicalJSON.string(value)
        let order = ["\"Z\"", "\"z\"", "\"å\"", "\"ö\""].compactMap { text.range(of: $0)?.lowerBound }
        XCTAssertEqual(order, order.sorted())
        XCTAssertEqual(order.count, 4)
    }

    func testEscapesOnlyWhatJSONRequiresAndNeverSlashes() {
        let value: JSONValue = .string("a/b \"q\" \\ \n\t\u{1B}[31m\u{0}å")
        XCTAssertEqual(CanonicalJSON.string(value), #""a/b \"q\" \\ \n\t\u001b[31m\u0000å""# + "\n")
    }

    func testRoundTripIsByteIdentical() throws {
        let text = """
        {
          "id": "x",
          "list": [
            {
              "id": "a",
              "n": 3
            }
          ],
          "text": "Kundtjänst \\u0007 ok"
        }

        """
        let value = try JSONParser.parse(text)
        XCTAssertEqual(CanonicalJSON.string(value), text)
        XCTAssertEqual(try JSONParser.parse(CanonicalJSON.bytes(value)), value)
    }

    func testCompactFormHasNoWhitespace() {
        let value: JSONValue = .object(["b": .int(1), "a": .array([.bool(true)])])
        XCTAssertEqual(String(decoding: CanonicalJSON.compactBytes(value), as: UTF8.self), #"{"a":[true],"b":1}"#)
    }
}
