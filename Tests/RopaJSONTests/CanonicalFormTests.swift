import RopaJSON
import XCTest

/// The parser says when bytes are exactly what `CanonicalJSON` writes, so the store can keep them.
final class CanonicalFormTests: XCTestCase {
    func isCanonical(_ text: String) throws -> Bool {
        try JSONParser.parseNotingCanonicalForm(Array(text.utf8)).isCanonical
    }

    func testWhatTheWriterWritesIsCanonical() throws {
        let values: [JSONValue] = [
            .object([:]), .array([]), .string("å \"citat\" \\ / \n\t\u{01}\u{7F}😀"), .int(-12), .int(0), .bool(true),
            .object(["b": .array([.int(1), .object(["z": .string("x"), "a": .array([])])]), "a": .object([:]), "Ä": .int(3)]),
            .array([.array([.array([.string("djup")])])]),
        ]
        for value in values {
            let bytes = CanonicalJSON.bytes(value)
            let parsed = try JSONParser.parseNotingCanonicalForm(bytes)
            XCTAssertEqual(parsed.value, value)
            XCTAssertTrue(parsed.isCanonical, CanonicalJSON.string(value))
        }
    }

    func testAnythingElseIsNot() throws {
        let canonical = "{\n  \"a\": [\n    1,\n    \"x\"\n  ],\n  \"b\": {}\n}\n"
        XCTAssertTrue(try isCanonical(canonical))
        let variants = [
            canonical.replacingOccurrences(of: "\n}\n", with: "\n}"),            // no final line break
            canonical + "\n",                                                    // two
            " " + canonical,                                                     // leading space
            canonical.replacingOccurrences(of: "\"a\": ", with: "\"a\" : "),     // space before the colon
            canonical.replacingOccurrences(of: "\"a\": ", with: "\"a\":"),       // none after it
            canonical.replacingOccurrences(of: "    1", with: "   1"),           // indent
            canonical.replacingOccurrences(of: "1,\n", with: "1 ,\n"),          // space before a comma
            canonical.replacingOccurrences(of: "\n", with: "\r\n"),              // CRLF
            canonical.replacingOccurrences(of: "{}", with: "{ }"),               // empty object with space
            canonical.replacingOccurrences(of: "\"b\": {}", with: "\"b\": []").replacingOccurrences(of: "[]", with: "[\n  ]"),
            "{\n  \"b\": 1,\n  \"a\": 2\n}\n",                                   // keys out of order
            "[\n  \"a\\/b\"\n]\n",                                               // escaped slash
            "[\n  \"\\u0041\"\n]\n",                                             // needless \u escape
            "[\n  \"\\u000A\"\n]\n",                                             // \n written as \u, upper case
            "[\n  \"\\u001F\"\n]\n",                                             // upper-case hex
            "[\n  -0\n]\n", "[\n  1.5\n]\n", "[\n  1e2\n]\n", "[\n  2.0\n]\n",
        ]
        for variant in variants {
            XCTAssertFalse(try isCanonical(variant), variant)
        }
        XCTAssertTrue(try isCanonical("[\n  \"\\u001f\"\n]\n"))
    }
}
