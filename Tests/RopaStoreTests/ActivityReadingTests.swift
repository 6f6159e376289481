import RopaJSON
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// Activities are read by hand (`Activity.read`) straight from their file's bytes for speed; the old
/// path, the parser's tree and the synthesised decoder, is the definition. Every seed activity and
/// thousands of broken variants of them (wrong types, unknown and repeated keys, deep nesting, invalid
/// UTF-8, truncated files, random damage) must give the same value, report and error both ways, and the
/// store must read each file as its general path does.
final class ActivityReadingTests: XCTestCase {
    private func seedFiles() throws -> [[UInt8]] {
        var files: [[UInt8]] = []
        let data = "\(Fixtures.repositoryRoot)/Data"
        for register in try FileManager.default.contentsOfDirectory(atPath: data).sorted() where register != "schema" {
            let folder = "\(data)/\(register)/activities"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder).sorted()) ?? [] where name.hasSuffix(".json") {
                files.append(Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)"))))
            }
        }
        files.append(CanonicalJSON.bytes(try JSONValueEncoder().encode(Fixtures.cleanRegister().activities[0])))
        return files
    }

    private func seedActivities() throws -> [JSONValue] {
        try seedFiles().map { try JSONParser.parse($0) }
    }

    private let readers = EntityReaders(kind: .activity, byHand: Activity.read)
    private func oldPath(_ bytes: [UInt8]) -> ReadOutcome<Activity> { readers.oldPath(bytes) }
    private func newPath(_ bytes: [UInt8]) -> ReadOutcome<Activity> { readers.newPath(bytes) }

    private func assertStoreReadsAsTheGeneralPath(_ bytes: [UInt8], id: String, file: StaticString = #filePath, line: UInt = #line) {
        readers.assertStoreReadsAsTheGeneralPath(bytes, id: id, file: file, line: line)
    }

    /// The same value changed in one place: a member removed, replaced by each kind of JSON value, or an
    /// unknown member added, at the top and one or two levels down.
    private func variants(of value: JSONValue) -> [JSONValue] {
        OneChangeVariants(replacements: [.null, .int(3), .double(2.5), .string("okänd"), .bool(true), .object([:]),
                                         .array([]), .array([.null]), .array([.int(1)]), .object(["x": .int(1)])],
                          unknownKey: "okändNyckel", depth: 2, arrays: .nullAppendedAndFirstVaried).of(value)
    }

    func testReadingByHandMatchesTheDecoderOnSeedsAndBrokenVariants() throws {
        let seeds = try seedActivities()
        XCTAssertGreaterThan(seeds.count, 30)
        var compared = 0, failures = 0, undeclared = 0
        for seed in seeds {
            for (number, value) in ([seed] + variants(of: seed)).enumerated() {
                // Written as the store writes and, every third, on one line as a hand or another tool might.
                for bytes in [CanonicalJSON.bytes(value)] + (number % 3 == 0 ? [CanonicalJSON.compactBytes(value)] : []) {
                    compared += 1
                    let read = newPath(bytes)
                    XCTAssertEqual(read, oldPath(bytes))
                    switch read {
                    case .read(_, let report): if report.sawUndeclaredKey { undeclared += 1 }
                    case .failed: failures += 1
                    }
                }
            }
        }
        // The variants exercise both outcomes, including unknown fields.
        XCTAssertGreaterThan(compared, 13_000)
        XCTAssertGreaterThan(failures, compared / 4)
        XCTAssertGreaterThan(undeclared, seeds.count)
    }

    func testSeedFilesReadAsTheyAreOnDisk() throws {
        for bytes in try seedFiles() {
            guard case .read(let activity, let report) = newPath(bytes) else { return XCTFail(String(decoding: bytes, as: UTF8.self)) }
            XCTAssertEqual(newPath(bytes), oldPath(bytes))
            XCTAssertFalse(report.sawUndeclaredKey)
            assertStoreReadsAsTheGeneralPath(bytes, id: activity.id)
        }
    }

    /// Damage a tree cannot describe, made to the bytes of a seed file.
    func testBrokenBytesFailAsTheOldPathFails() throws {
        let seed = try XCTUnwrap(try seedFiles().first)
        let text = String(decoding: seed, as: UTF8.self)
        let id = try XCTUnwrap(try JSONParser.parse(seed)["id"]?.stringValue)
        var broken: [[UInt8]] = []
        // Truncations: every one near either end, every fifth between.
        for end in 0..<seed.count where end < 80 || end > seed.count - 80 || end % 5 == 0 { broken.append(Array(seed[..<end])) }
        // Repeated keys: the same bytes, an escape for the same key, and a key equal only as Unicode text.
        broken.append(Array(text.replacingOccurrences(of: "{\n", with: "{\n  \"name\": \"x\",\n", options: .anchored).utf8))
        broken.append(Array(text.replacingOccurrences(of: "{\n", with: "{\n  \"n\\u0061me\": \"x\",\n", options: .anchored).utf8))
        broken.append(Array(text.replacingOccurrences(of: "{\n", with: "{\n  \"zz\u{212A}\": 1,\n  \"zzK\": 2,\n", options: .anchored).utf8))
        // An escaped key the reader must still find, and an unknown key holding deep nesting, allowed and not.
        broken.append(Array(text.replacingOccurrences(of: "\"name\":", with: "\"n\\u0061me\":").utf8))
        for depth in [200, 255, 256, 300] {
            let deep = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            broken.append(Array(text.replacingOccurrences(of: "{\n", with: "{\n  \"zz\": \(deep),\n", options: .anchored).utf8))
            broken.append(Array(text.replacingOccurrences(of: "\"recipients\": [", with: "\"recipients\": [\(deep), ").utf8))
        }
        // Invalid UTF-8 inside a value and inside a key; a control character; text after the object.
        for bad: [UInt8] in [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x01]] {
            let at = try XCTUnwrap(seed.firstIndex(of: UInt8(ascii: "\"")))
            var inKey = seed
            inKey.insert(contentsOf: bad, at: at + 2)
            broken.append(inKey)
            var inValue = seed
            inValue.insert(contentsOf: bad, at: seed.count - 10)
            broken.append(inValue)
        }
        broken.append(seed + Array("{}".utf8))
        // Random damage: a byte changed, dropped, repeated or a piece of JSON put in.
        broken += ByteDamage.random(seed, seed: 14, pieces: ByteDamage.jsonPieces)
        var failed = 0
        for bytes in broken {
            let read = newPath(bytes)
            XCTAssertEqual(read, oldPath(bytes), String(decoding: bytes, as: UTF8.self))
            if case .failed = read { failed += 1 }
            assertStoreReadsAsTheGeneralPath(bytes, id: id)
        }
        XCTAssertGreaterThan(failed, broken.count / 2)
    }

    func testTheStoreReadsBrokenVariantsAsItsGeneralPath() throws {
        let seed = try XCTUnwrap(try seedActivities().first)
        let id = try XCTUnwrap(seed["id"]?.stringValue)
        for value in [seed] + variants(of: seed) {
            assertStoreReadsAsTheGeneralPath(CanonicalJSON.bytes(value), id: id)
            assertStoreReadsAsTheGeneralPath(CanonicalJSON.compactBytes(value), id: id)
        }
    }

    func testAnErrorNamesTheFieldsPathAsTheDecoderDoes() throws {
        var activity = try XCTUnwrap(try JSONValueEncoder().encode(Fixtures.cleanRegister().activities[0]).objectMembers)
        guard case .array(var retention) = activity["retention"], case .object(var rule) = retention[0],
              case .object(var period) = rule["period"] else { return XCTFail("fixture shape") }
        period["unit"] = .string("decennier")
        rule["period"] = .object(period)
        retention[0] = .object(rule)
        activity["retention"] = .array(retention)
        XCTAssertThrowsError(try Activity.read(try JSONDocument(parsing: CanonicalJSON.bytes(.object(activity))))) { error in
            let problem = error as? JSONDecodingProblem
            XCTAssertEqual(problem?.path, "retention[0].period.unit")
            XCTAssertEqual(problem?.reason, .notOneOf(value: "decennier", allowed: PeriodUnit.allowedRawValues))
        }
    }
}

private extension JSONValue {
    var objectMembers: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }
}
