import RopaJSON
import XCTest

private enum Colour: String, Codable, JSONEnumerated {
    case red, green
    static var allowedRawValues: [String] { ["red", "green"] }
}

private struct Sample: Codable, Equatable {
    var name: String
    var count: Int
    var flag: Bool?
    var tags: [String]
    var colour: Colour?
    var nested: [String: Int]
}

final class CodableBridgeTests: XCTestCase {
    func testEncodeLeavesOutNilAndDecodesBack() throws {
        let sample = Sample(name: "å", count: 3, flag: nil, tags: ["a"], colour: .red, nested: ["x": 1])
        let value = try JSONValueEncoder().encode(sample)
        XCTAssertNil(value["flag"])
        XCTAssertEqual(value["colour"], .string("red"))
        XCTAssertEqual(try JSONValueDecoder().decode(Sample.self, from: value), sample)
    }

    func testAbsentListsAndMapsReadAsEmpty() throws {
        let value = try JSONParser.parse(#"{"name": "x", "count": 1}"#)
        let sample = try JSONValueDecoder().decode(Sample.self, from: value)
        XCTAssertEqual(sample.tags, [])
        XCTAssertEqual(sample.nested, [:])
    }

    func testMissingRequiredFieldNamesIt() {
        XCTAssertThrowsError(try JSONValueDecoder().decode(Sample.self, from: try JSONParser.parse(#"{"count": 1}"#))) { error in
            XCTAssertEqual((error as? JSONDecodingProblem)?.path, "name")
        }
    }

    func testWrongTypeNamesPathAndExpectation() {
        XCTAssertThrowsError(try JSONValueDecoder().decode(Sample.self, from: try JSONParser.parse(#"{"name": "x", "count": "3"}"#))) { error in
            let problem = error as? JSONDecodingProblem
            XCTAssertEqual(problem?.path, "count")
            XCTAssertTrue(problem?.message.contains("whole number") ?? false)
        }
    }

    func testUnknownEnumValueListsTheAllowedOnes() {
        XCTAssertThrowsError(try JSONValueDecoder().decode(Sample.self, from: try JSONParser.parse(#"{"name": "x", "count": 1, "colour": "blue"}"#))) { error in
            let problem = error as? JSONDecodingProblem
            XCTAssertEqual(problem?.path, "colour")
            XCTAssertEqual(problem?.message, "\"blue\" is not one of: red, green")
        }
    }
}
