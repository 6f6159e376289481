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
        var everyField = try Fixtures.cleanRegister().processors[1]
        everyField.contact = Contact(name: "Drift", role: "Support", email: "drift@example.com", phone: "+46 8 123", address: "Gatan 1",
                                     url: "https://example.com", note: "Dygnet runt")
        everyField.notes = "Anteckning"
        everyField.provenance = ["name": "Avtal 2025", "service": "Bilaga 1"]
        everyField.agreement = try Fixtures.cleanRegister().processors[0].agreement
        everyField.agreement.clauses["a"]?.note = "Se § 3"
        everyField.agreement.note = "Förnyas årligen"
        for processor in try Fixtures.cleanRegister().processors + [everyField] {
            files.append(CanonicalJSON.bytes(try JSONValueEncoder().encode(processor)))
        }
        return files
    }

    /// What the old path and the new make of the same bytes.
    private enum Outcome: Equatable {
        case read(Processor, JSONValueDecoder.Report)
        case failed(String)
    }

    private func oldPath(_ bytes: [UInt8]) -> Outcome {
        do {
            let (processor, report) = try JSONValueDecoder().decodeWithReport(Processor.self, from: try JSONParser.parse(bytes))
            return .read(processor, report)
        } catch {
            return .failed("\(error)")
        }
    }

    private func newPath(_ bytes: [UInt8]) -> Outcome {
        do {
            let (processor, report) = try Processor.read(try JSONDocument(parsing: bytes))
            return .read(processor, report)
        } catch {
            return .failed("\(error)")
        }
    }

    /// The store's reading of one processor file against its general path (tree, decoder, unknown fields,
    /// id checks): the same entity and canonical flag, or the same `StoreError`.
    private func assertStoreReadsAsTheGeneralPath(_ bytes: [UInt8], id: String, file: StaticString = #filePath, line: UInt = #line) {
        let path = "processors/\(id).json", shown = "reg/processors/\(id).json"
        let store = Result { try RegisterCodec.readEntityFile(bytes, kind: .processor, path: path, shown: shown) }
        let general = Result { () throws -> (Processor, Bool) in
            let (value, canonical) = try RegisterCodec.parseNotingCanonicalForm(bytes, path: shown)
            let (processor, roundTrips): (Processor, Bool) = try RegisterCodec.decodeEntity(value, path: path, shown: shown)
            return (processor, canonical && roundTrips)
        }
        switch (store, general) {
        case (.success(let read), .success(let expected)):
            XCTAssertEqual(read?.entity as? Processor, expected.0, file: file, line: line)
            XCTAssertEqual(read?.isCanonical, expected.1, file: file, line: line)
        case (.failure(let error), .failure(let expected)):
            XCTAssertEqual(error as? StoreError, expected as? StoreError, file: file, line: line)
            XCTAssertNotNil(error as? StoreError, "\(error)", file: file, line: line)
        default:
            XCTFail("the store and its general path disagree: \(store) / \(general)", file: file, line: line)
        }
    }

    /// The same value changed in one place: a member removed, replaced by each kind of JSON value, or an
    /// unknown member added, at the top and two levels down (the agreement's clauses, each clause).
    private func variants(of value: JSONValue, depth: Int = 0) -> [JSONValue] {
        let replacements: [JSONValue] = [.null, .int(3), .double(2.5), .double(30), .string("okänd"), .string("signed"), .bool(true),
                                          .object([:]), .array([]), .array([.null]), .object(["x": .int(1)]), .object(["status": .string("present")])]
        var result: [JSONValue] = []
        switch value {
        case .object(let members):
            result.append(.object(members.merging(["okändNyckel": .string("x")]) { old, _ in old }))
            result.append(.object(members.merging(["okändNyckel": .null]) { old, _ in old }))
            for (key, member) in members {
                var removed = members
                removed[key] = nil
                result.append(.object(removed))
                for replacement in replacements {
                    var changed = members
                    changed[key] = replacement
                    result.append(.object(changed))
                }
                if depth < 3 {
                    for inner in variants(of: member, depth: depth + 1) {
                        var changed = members
                        changed[key] = inner
                        result.append(.object(changed))
                    }
                }
            }
        default:
            break
        }
        return result
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
        var random = SeededGenerator(seed: 28)
        let pieces: [[UInt8]] = [[0x22], [0x5C], [0x7B], [0x7D], [0x5B], [0x5D], [0x2C], [0x3A], Array("null".utf8), Array("1.5".utf8)]
        for _ in 0..<1_000 {
            var bytes = seed
            let place = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: bytes[place] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.remove(at: place)
            case 2: bytes.insert(bytes[place], at: place)
            default: bytes.insert(contentsOf: pieces[Int.random(in: 0..<pieces.count, using: &random)], at: place)
            }
            broken.append(bytes)
        }
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
