import RopaJSON
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// Version records are read straight from their bytes (`VersionRecord.read`); the parser's tree and
/// `VersionRecord.decode` are the definition. Records, broken variants of them (a field removed, of
/// another type, null, an unknown key) and damaged bytes must give the same record or the same error both
/// ways.
final class VersionRecordBytesReadingTests: XCTestCase {
    private func records() -> [VersionRecord] {
        let hash = String(repeating: "ab", count: 32), other = String(repeating: "0f", count: 32)
        return [
            VersionRecord(parents: [], time: "2026-01-01T10:00:00Z", author: "anna@example.com", message: "Första versionen",
                          changes: ["register.json": hash, "organisation.json": other, "activities/kundservice.json": hash],
                          removed: [], schemaVersion: 1),
            VersionRecord(parents: [hash], time: "2026-01-02T10:00:00Z", author: "Örjan", message: "Tog bort \"gamla\" \\ raden\n",
                          changes: [:], removed: ["activities/gammal.json"], schemaVersion: 1),
            VersionRecord(parents: [hash, other], time: "2026-01-03T10:00:00Z", author: "", message: "Sammanfogat",
                          changes: ["processors/moln.json": other], removed: ["transfers/usa.json", "joint-controllers/x.json"], schemaVersion: 7),
        ]
    }

    private enum Outcome: Equatable {
        case read(VersionRecord)
        case failed(String)
    }

    private func oldPath(_ bytes: [UInt8]) -> Outcome {
        do {
            return .read(try VersionRecord.decode(try RegisterCodec.parse(bytes, path: "v.json"), path: "v.json"))
        } catch {
            return .failed("\(error)")
        }
    }

    private func newPath(_ bytes: [UInt8]) -> Outcome {
        do {
            return .read(try VersionRecord.read(bytes, path: "v.json"))
        } catch {
            return .failed("\(error)")
        }
    }

    private func variants(of value: JSONValue) -> [JSONValue] {
        OneChangeVariants(replacements: [.null, .int(3), .double(1), .double(2.5), .string("x"), .bool(true), .object([:]),
                                         .array([]), .array([.null]), .array([.int(1)]), .object(["x": .int(1)]), .object(["x": .null])],
                          unknownKey: "okänd", depth: 1, arrays: .firstReplaced).of(value)
    }

    func testReadingFromBytesMatchesDecodingTheTree() throws {
        var compared = 0, failures = 0
        for record in records() {
            let value = try JSONValueEncoder().encode(record)
            XCTAssertEqual(newPath(try record.canonicalBytes()), .read(record))
            for variant in [value] + variants(of: value) {
                for bytes in [CanonicalJSON.bytes(variant), CanonicalJSON.compactBytes(variant)] {
                    compared += 1
                    let read = newPath(bytes)
                    XCTAssertEqual(read, oldPath(bytes), String(decoding: bytes, as: UTF8.self))
                    if case .failed = read { failures += 1 }
                }
            }
        }
        XCTAssertGreaterThan(compared, 500)
        XCTAssertGreaterThan(failures, compared / 4)
    }

    /// A double where the schema version is (`1.0`), an escaped key, repeated keys, truncations and random damage.
    func testDamagedBytesReadAsTheTreeReadsThem() throws {
        let seed = try records()[0].canonicalBytes()
        let text = String(decoding: seed, as: UTF8.self)
        var broken: [[UInt8]] = [
            Array(text.replacingOccurrences(of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 1.0").utf8),
            Array(text.replacingOccurrences(of: "\"author\":", with: "\"\\u0061uthor\":").utf8),
            Array(text.replacingOccurrences(of: "{\n", with: "{\n  \"author\": \"x\",\n", options: .anchored).utf8),
            Array(text.replacingOccurrences(of: "\"changes\": {\n", with: "\"changes\": {\n    \"register.json\": \"x\",\n").utf8),
        ]
        for end in 0..<seed.count where end % 3 == 0 { broken.append(Array(seed[..<end])) }
        broken += ByteDamage.random(seed, seed: 30)
        var failures = 0
        for bytes in broken {
            let read = newPath(bytes)
            XCTAssertEqual(read, oldPath(bytes), String(decoding: bytes, as: UTF8.self))
            if case .failed = read { failures += 1 }
        }
        XCTAssertGreaterThan(failures, broken.count / 2)
    }
}
