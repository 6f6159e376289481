@testable import RopaJSON
import XCTest

/// A `JSONDocument` is the same parser as `JSONParser` building a tape instead of a tree: for any bytes it
/// must hold the same value, say the same about canonical form, and fail with the same error.
final class JSONDocumentTests: XCTestCase {
    private func assertSameAsTree(_ bytes: [UInt8], _ note: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line) {
        let tree = Result { try JSONParser.parseNotingCanonicalForm(bytes) }
        let document = Result { try JSONDocument(parsing: bytes) }
        switch (tree, document) {
        case (.success(let tree), .success(let document)):
            XCTAssertEqual(document.value(at: 0), tree.value, note(), file: file, line: line)
            XCTAssertEqual(document.isCanonical, tree.isCanonical, note(), file: file, line: line)
        case (.failure(let treeError), .failure(let documentError)):
            XCTAssertEqual(documentError as? JSONSyntaxError, treeError as? JSONSyntaxError, note(), file: file, line: line)
        default:
            XCTFail("one parses, the other fails: \(tree) / \(document) \(note())", file: file, line: line)
        }
    }

    private func assertSameAsTree(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        assertSameAsTree(Array(text.utf8), text, file: file, line: line)
    }

    func testHoldsWhatTheTreeHolds() {
        assertSameAsTree(#"{"a": [1, -2.5, true, false, null, "x\ny\u00e5\ud83d\ude00"], "b": {}, "c": [], "d": 1e3, "e": -0}"#)
        assertSameAsTree("{\n  \"a\": [\n    1,\n    \"x\"\n  ],\n  \"b\": {}\n}\n")
        assertSameAsTree(#""just a string""#)
        assertSameAsTree("[\n  \"a\\/b\"\n]\n")
        assertSameAsTree("{\n  \"b\": 1,\n  \"a\": 2\n}\n")
        assertSameAsTree(#"{"z": {"y": {"x": [[[{"w": "ä"}]]]}}, "a": 9007199254740993}"#)
    }

    func testFailsAsTheTreeFails() {
        for text in [
            #"{"a": 1, "a": 2}"#, #"{"b": {"x": 1, "x": 2}, "a": [}"#, #"{"a": 1, "\u0061": 2}"#, "{\"K\": 1, \"\u{212A}\": 2}",
            "{\"\u{E9}\": 1, \"e\u{301}\": 2}", #"{"b": 1, "a": 2, "b": 3}"#,
            "{\"a\": tru}", "{\"a\" 1}", "{\"a\": 1,}", "[1 2]", "[1,]", "{} {}", "[01]", "[1.]", "[1e]", "[-]", "[1e999]",
            #"["\ud800"]"#, #"["\udc00"]"#, #"["\x"]"#, #"["\u12"]"#, #"["\u12G4"]"#, "[\"a\u{01}\"]", "[\"abc", "", "   ", "nul", "{",
            String(repeating: "[", count: 300) + String(repeating: "]", count: 300),
            "{\"a\": " + String(repeating: "{\"b\": ", count: 256) + "1" + String(repeating: "}", count: 257),
        ] {
            assertSameAsTree(text)
        }
        assertSameAsTree(Array("{\"a\": \"".utf8) + [0xC3, 0x28] + Array("\"}".utf8))
        assertSameAsTree(Array("{\"a\": \"".utf8) + [0xFF] + Array("\"}".utf8))
        assertSameAsTree(Array("{\"a\": \"".utf8) + [0xE2, 0x82])
        assertSameAsTree(Array("{\"".utf8) + [0xED, 0xA0, 0x80] + Array("\": 1}".utf8))
    }

    func testEveryTruncationFailsAsTheTreeFails() {
        let bytes = CanonicalJSON.bytes(.object([
            "a": .array([.int(1), .double(-2.5), .bool(true), .null, .string("x\"y\\å😀\u{01}")]),
            "b": .object(["c": .object([:]), "d": .array([])]), "ö": .string("ä"),
        ]))
        for end in 0...bytes.count { assertSameAsTree(Array(bytes[..<end]), "first \(end) bytes") }
    }

    func testRandomDocumentsAndMutationsOfThem() {
        var random = SeededRandom(seed: 16)
        for round in 0..<400 {
            let value = random.value(depth: 0)
            let canonical = CanonicalJSON.bytes(value)
            assertSameAsTree(canonical, "round \(round)")
            assertSameAsTree(CanonicalJSON.compactBytes(value), "round \(round), compact")
            for mutation in 0..<5 {
                var mutated = canonical
                random.mutate(&mutated)
                assertSameAsTree(mutated, "round \(round), mutation \(mutation)")
            }
        }
    }

    /// The reader finds a member as a dictionary of `String`s would: by canonical equivalence, escapes read.
    func testMembersAreFoundAsADictionaryFindsThem() throws {
        for text in ["{\"\u{212A}ind\": \"kelvin\"}", #"{"Kin\u0064": "escaped"}"#, #"{"Kind": "plain", "ö": 1}"#, #"{"x": 1, "Kind": "sist"}"#] {
            let bytes = Array(text.utf8)
            let tree = try JSONParser.parse(bytes)
            let read = try JSONObjectReader.read(try JSONDocument(parsing: bytes)) { json in try json.optionalString("Kind") }
            XCTAssertEqual(read.value, tree["Kind"]?.stringValue, text)
            XCTAssertNotNil(read.value, text)
        }
    }

    /// Keys sharing their first bytes, or long enough to wrap a length count, are still told apart.
    func testKeysWithTheSamePrefixAreToldApart() throws {
        let long = "abcdefg" + String(repeating: "x", count: 256)
        let keys = ["abcdefgh", "abcdefg", "abcdef", long, "abcdefgi", "legalEntityIds", "legalEntityId"]
        for order in [keys, keys.reversed(), keys.sorted()] {
            let text = "{" + order.enumerated().map { "\"\($0.element)\": \"\($0.offset)\"" }.joined(separator: ", ") + "}"
            let bytes = Array(text.utf8)
            let tree = try JSONParser.parse(bytes)
            for key in keys + ["abcdefgj", "abcde", "abcdefg" + String(repeating: "x", count: 255), "legalEntity"] {
                let read = try JSONObjectReader.read(try JSONDocument(parsing: bytes)) { json in try json.optionalString(key) }
                XCTAssertEqual(read.value, tree[key]?.stringValue, key)
            }
        }
    }
}

extension JSONDocument {
    /// The value at an entry of the tape, as a tree: for comparing with the parser's tree.
    func value(at index: Int) -> JSONValue {
        let entry = entries[index]
        switch entry.kind {
        case .null: return .null
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .int: return .int(entry.first)
        case .double: return .double(Double(bitPattern: UInt64(truncatingIfNeeded: entry.first)))
        case .string, .unescapedString: return .string(string(at: index) ?? "")
        case .array:
            return .array((0..<entry.first).map { position in value(at: element(position, of: index)) })
        case .object:
            var members: [String: JSONValue] = [:]
            for position in 0..<entry.first {
                let key = self.key(position, of: index)
                members[string(at: key) ?? ""] = value(at: key + 1)
            }
            return .object(members)
        }
    }
}

/// SplitMix64, so that a failing case can be replayed.
private struct SeededRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58476D1CE4E5B9
        value = (value ^ (value >> 27)) &* 0x94D049BB133111EB
        return value ^ (value >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func text() -> String {
        let pieces = ["a", "id", "namn", "å", "Ä", "😀", "\"", "\\", "/", "\n", "\u{01}", "\u{212A}", "e\u{301}", " ", "x"]
        return (0..<below(5)).map { _ in pieces[below(pieces.count)] }.joined()
    }

    mutating func value(depth: Int) -> JSONValue {
        switch below(depth > 4 ? 6 : 9) {
        case 0: return .null
        case 1: return .bool(below(2) == 0)
        case 2: return .int(Int(truncatingIfNeeded: next()) >> below(64))
        case 3: return .double(Double(below(2000) - 1000) / 8)
        case 4, 5: return .string(text())
        case 6: return .array((0..<below(4)).map { _ in value(depth: depth + 1) })
        default:
            var members: [String: JSONValue] = [:]
            for _ in 0..<below(5) { members[text()] = value(depth: depth + 1) }
            return .object(members)
        }
    }

    /// Changes the bytes in one place: a byte replaced, dropped or repeated, or a piece of JSON put in.
    mutating func mutate(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        let place = below(bytes.count)
        let pieces: [[UInt8]] = [[0x22], [0x5C], [0x7B], [0x7D], [0x5B], [0x5D], [0x2C], [0x3A], [0xFF], [0xC3], [0x30], [0x2D], Array(#""a": 1,"#.utf8)]
        switch below(4) {
        case 0: bytes[place] = UInt8(truncatingIfNeeded: next())
        case 1: bytes.remove(at: place)
        case 2: bytes.insert(bytes[place], at: place)
        default: bytes.insert(contentsOf: pieces[below(pieces.count)], at: place)
        }
    }
}
