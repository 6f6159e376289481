import RopaJSON
@testable import RopaStore
import XCTest

/// Version records read by hand are exactly what `Decodable` reads, and anything else goes to `Decodable`.
final class VersionRecordReadingTests: XCTestCase {
    private let record = VersionRecord(parents: [String(repeating: "a", count: 64)], time: "2026-12-02T10:00:00Z", author: "Åsa",
                                       message: "Ändrat \"namn\"", changes: ["activities/x.json": String(repeating: "b", count: 64)],
                                       removed: ["transfers/y.json"], schemaVersion: 1)

    func testAWellFormedRecordIsReadByHandAsDecodableReadsIt() throws {
        let value = try JSONParser.parse(try record.canonicalBytes())
        XCTAssertEqual(VersionRecord.readExactly(value), record)
        let decoded: VersionRecord = try RegisterCodec.decodeValue(value, path: "r")
        XCTAssertEqual(try VersionRecord.decode(value, path: "r"), decoded)
    }

    func testEveryOtherShapeIsLeftToDecodableWithItsError() throws {
        guard case .object(let members) = try JSONParser.parse(try record.canonicalBytes()) else { return XCTFail("not an object") }
        var variants: [JSONValue] = [.array([]), .null, .string("x")]
        for key in members.keys {
            var missing = members
            missing[key] = nil
            variants.append(.object(missing))
            var wrong = members
            wrong[key] = .bool(true)
            variants.append(.object(wrong))
        }
        var extra = members
        extra["extra"] = .string("x")
        variants.append(.object(extra))
        var badParent = members
        badParent["parents"] = .array([.int(1)])
        variants.append(.object(badParent))
        var badChange = members
        badChange["changes"] = .object(["a": .null])
        variants.append(.object(badChange))
        for variant in variants {
            XCTAssertNil(VersionRecord.readExactly(variant), "\(variant)")
            let decoded = Result { () throws -> VersionRecord in try RegisterCodec.decodeValue(variant, path: "r") }
            let read = Result { try VersionRecord.decode(variant, path: "r") }
            XCTAssertEqual("\(read)", "\(decoded)", "\(variant)")
        }
    }
}
