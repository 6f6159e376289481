import RopaJSON
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// Processors are read by hand (`Processor.read`) straight from their file's bytes, as activities are; the
/// old path, the parser's tree and the synthesised decoder, is the definition. Every seed processor, one
/// with every field, and thousands of broken variants of them (wrong types, unknown and null keys, a
/// clause map with a bad clause, truncated and damaged bytes) must give the same value, report and error
/// both ways, and the store must read each file as its general path does.
final class ProcessorReadingTests: XCTestCase {
    private func seedFiles() throws -> [[UInt8]] {
        var files: [[UInt8]] = []
        let data = "\(Fixtures.repositoryRoot)/Data"
        for register in try FileManager.default.contentsOfDirectory(atPath: data).sorted() where register != "schema" {
            let folder = "\(data)/\(register)/processors"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder).sorted()) ?? [] where name.hasSuffix(".json") {
                files.append(Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)"))))
            }
        }
        var everyField = Fixtures.cleanRegister().processors[1]
        everyField.contact = Contact(name: "Drift", role: "Support", email: "drift@example.com", phone: "+46 8 123", address: "Gatan 1",
                                     url: "https://example.com", note: "Dygnet runt")
        everyField.notes = "Anteckning"
        everyField.provenance = ["name": "Avtal 2025", "service": "Bilaga 1"]
        everyField.agreement = Fixtures.cleanRegister().processors[0].agreement
        everyField.agreement.clauses["a"]?.note = "Se § 3"
        everyField.agreement.note = "Förnyas årligen"
        for processor in Fixtures.cleanRegister().processors + [everyField] {
            files.append(CanonicalJSON.bytes(try JSONValueEncoder().encode(processor)))
        }
        return files
    }

    private let readers = EntityReaders(kind: .processor, byHand: Processor.read)
    private func oldPath(_ bytes: [UInt8]) -> ReadOutcome<Processor> { readers.oldPath(bytes) }
    private func newPath(_ bytes: [UInt8]) -> ReadOutcome<Processor> { readers.newPath(bytes) }

    private func assertStoreReadsAsTheGeneralPath(_ bytes: [UInt8], id: String, file: StaticString = #filePath, line: UInt = #line) {
        readers.assertStoreReadsAsTheGeneralPath(bytes, id: id, file: file, line: line)
    }

    /// The same value changed in one place: a member removed, replaced by each kind of JSON value, or an
    /// unknown member added, at the top and down to three levels (the agreement's clauses, each clause).
    private func variants(of value: JSONValue) -> [JSONValue] {
        OneChangeVariants(replacements: [.null, .int(3), .double(2.5), .double(30), .string("okänd"), .string("signed"), .bool(true),
                                         .object([:]), .array([]), .array([.null]), .object(["x": .int(1)]), .object(["status": .string("present")])],
                          unknownKey: "okändNyckel", depth: 3, arrays: .kept).of(value)
    }

    func testReadingByHandMatchesTheDecoderOnSeedsAndBrokenVariants() throws {
        let seeds = try seedFiles().map { try JSONParser.parse($0) }
        XCTAssertGreaterThan(seeds.count, 15)
        var compared = 0, failures = 0, undeclared = 0
        for seed in seeds {
            for (number, value) in ([seed] + variants(of: seed)).enumerated() {
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
        XCTAssertGreaterThan(compared, 5_000)
        XCTAssertGreaterThan(failures, compared / 4)
        XCTAssertGreaterThan(undeclared, seeds.count)
    }

    func testSeedFilesReadAsTheyAreOnDiskAndByTheStore() throws {
        for bytes in try seedFiles() {
            guard case .read(let processor, let report) = newPath(bytes) else { return XCTFail(String(decoding: bytes, as: UTF8.self)) }
            XCTAssertEqual(newPath(bytes), oldPath(bytes))
            XCTAssertFalse(report.sawUndeclaredKey)
            assertStoreReadsAsTheGeneralPath(bytes, id: processor.id)
        }
    }

    func testTheStoreReadsBrokenVariantsAsItsGeneralPath() throws {
        let seed = try JSONParser.parse(try XCTUnwrap(try seedFiles().last))
        let id = try XCTUnwrap(seed["id"]?.stringValue)
        for value in [seed] + variants(of: seed) {
            assertStoreReadsAsTheGeneralPath(CanonicalJSON.bytes(value), id: id)
            assertStoreReadsAsTheGeneralPath(CanonicalJSON.compactBytes(value), id: id)
        }
        // A processor named by another file's id is refused as the general path refuses it.
        assertStoreReadsAsTheGeneralPath(CanonicalJSON.bytes(seed), id: "en-annan")
    }

    /// Damage a tree cannot describe, made to the bytes of a processor with every field.
    func testBrokenBytesFailAsTheOldPathFails() throws {
        let seed = try XCTUnwrap(try seedFiles().last)
        let text = String(decoding: seed, as: UTF8.self)
        let id = try XCTUnwrap(try JSONParser.parse(seed)["id"]?.stringValue)
        var broken: [[UInt8]] = []
        for end in 0..<seed.count where end < 60 || end > seed.count - 60 || end % 7 == 0 { broken.append(Array(seed[..<end])) }
        broken.append(Array(text.replacingOccurrences(of: "{\n", with: "{\n  \"name\": \"x\",\n", options: .anchored).utf8))
        broken.append(Array(text.replacingOccurrences(of: "\"status\":", with: "\"st\\u0061tus\":").utf8))
        broken.append(Array(text.replacingOccurrences(of: "\"objectionPeriodDays\": 30", with: "\"objectionPeriodDays\": 30.0").utf8))
        broken.append(Array(text.replacingOccurrences(of: "\"objectionPeriodDays\": 30", with: "\"objectionPeriodDays\": 3e1").utf8))
        broken.append(Array(text.replacingOccurrences(of: "\"objectionPeriodDays\": 30", with: "\"objectionPeriodDays\": 30.5").utf8))
        broken += ByteDamage.random(seed, seed: 28, pieces: ByteDamage.jsonPieces)
        var failed = 0
        for bytes in broken {
            let read = newPath(bytes)
            XCTAssertEqual(read, oldPath(bytes), String(decoding: bytes, as: UTF8.self))
            if case .failed = read { failed += 1 }
            assertStoreReadsAsTheGeneralPath(bytes, id: id)
        }
        XCTAssertGreaterThan(failed, broken.count / 2)
    }
}
