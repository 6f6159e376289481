import Foundation
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// `.ropa-index` keeps, beside its head, which version wrote each file and what the newest versions
/// replaced (`PathLineage`): saves bring it forward exactly as the whole history would work it out, and a
/// restore or an import's sheet version then finds a file last written long before it without reading back
/// to that version's record. A lineage that disagrees with the records read is not believed.
final class PathLineageTests: SavedRegisterTestCase {
    private let time = Date(timeIntervalSince1970: 1_900_000_000)

    private func at(_ minutes: Int) -> Date { time + Double(minutes) * 60 }

    private func set(_ folder: String, _ id: String, _ text: String, minutes: Int) throws {
        _ = try RegisterStore(folder: folder, deferringHistory: true)
            .set([try FieldAssignment.parse(text)], ofEntity: id, message: text, author: "A", time: at(minutes))
    }

    private func restore(_ folder: String, _ reference: String, deferring: Bool, minutes: Int) throws -> RegisterStore.SaveResult? {
        try RegisterStore(folder: folder, deferringHistory: deferring).restore(reference, message: nil, author: "A", time: at(minutes))
    }

    private func head(_ folder: String) throws -> String {
        try XCTUnwrap(try History(folder: folder).head)
    }

    /// The register's files and history, without the local caches.
    private func shared(_ folder: String) -> [String: Data] {
        contents(folder).filter { $0.key != RegisterLayout.historyIndexFile }
    }

    /// Version 1, then `others` changes of a processor, then `changes` of the activity "kundservice": a
    /// version before the activity's changes has it as version 1 wrote it, `others` records back.
    private func longAgo(others: Int = 70, changes: Int = 1) throws -> String {
        let folder = try saved(time: time)
        for minute in 1...others { try set(folder, "arendesystem", "service=Drift \(minute)", minutes: minute) }
        for change in 1...changes { try set(folder, "kundservice", "owner=Ägare \(change)", minutes: others + change) }
        return folder
    }

    // MARK: Kept by saves

    /// Sets on three entities, hand edits committed (a file removed and put back), restores: after each save
    /// the index's lineage is the one worked out from the whole history, past the number of versions kept.
    func testSavesKeepTheLineageTheWholeHistoryGives() throws {
        let folder = try saved(time: time)
        let processor = "\(folder)/processors/molnleverantor.json"
        let kept = try Data(contentsOf: URL(fileURLWithPath: processor))
        var random = SeededGenerator(seed: 30)
        for step in 1...(PathLineage.depth + 8) {
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<5:
                let id = ["kundservice", "arendesystem", "linkedin"].randomElement(using: &random) ?? "kundservice"
                try set(folder, id, id == "kundservice" ? "owner=Ägare \(step)" : "name=Namn \(step)", minutes: step)
            case 5..<7:
                // Removed, or put back as it was (a restore may have done either).
                if FileManager.default.fileExists(atPath: processor) {
                    try FileManager.default.removeItem(atPath: processor)
                } else {
                    try kept.write(to: URL(fileURLWithPath: processor))
                }
                _ = try RegisterStore(folder: folder, deferringHistory: true).commit(message: "Hand \(step)", author: "B", time: at(step))
            default:
                let count = try History(folder: folder).count
                _ = try restore(folder, "\(Int.random(in: 1...count, using: &random))", deferring: true, minutes: step)
            }
            let index = StatIndex.read(folder: folder)
            let history = try History(folder: folder)
            XCTAssertEqual(index.head, history.head, "step \(step)")
            let lineage = try XCTUnwrap(index.lineage, "step \(step)")
            let worked = try XCTUnwrap(history.lineage(at: try head(folder)))
            XCTAssertEqual(lineage, worked.lineage, "step \(step)")
            XCTAssertEqual(lineage.replaced.count, min(PathLineage.depth, history.count), "step \(step)")
            XCTAssertEqual(index.entries.compactMapValues(\.writer), worked.writers, "step \(step)")
        }
    }

    // MARK: Used by walks

    /// A restore of version 71, which has the activity as version 1 wrote it: through the lineage no record
    /// before version 72 is read (the first, changed in place, would refuse the whole history), and what is
    /// recorded is what a restore reading the whole history records.
    func testARestoreFindsAFileLastWrittenLongBeforeWithoutReadingBack() throws {
        let folder = try longAgo()
        let whole = try twin(folder)
        let cached = try withTheFirstRecordChanged(in: folder) { try restore(folder, "71", deferring: true, minutes: 200) }
        let expected = try restore(whole, "71", deferring: false, minutes: 200)
        XCTAssertNotNil(cached)
        XCTAssertEqual(cached?.version.hash, expected?.version.hash)
        XCTAssertEqual(shared(folder).filter { $0.key != ".ropa-index" }, shared(whole).filter { $0.key != ".ropa-index" })
    }

    /// An import's sheet version (`RegisterVersions.part(at:)`) more records back than a partial edit walks:
    /// the activity as that version has it, read through the lineage.
    func testAPartialEditFindsTheSheetVersionsFileThroughTheLineage() throws {
        let folder = try longAgo()
        let expected = try RegisterStore(folder: folder).register(at: "71").activities.first { $0.id == "kundservice" }
        XCTAssertNotNil(expected)
        var seen: Activity?
        let outcome = try withTheFirstRecordChanged(in: folder) {
            try RegisterStore(folder: folder, deferringHistory: true)
                .editPartTouched(RegisterPart(wholeKinds: [], ids: ["kundservice"]), author: "A", time: at(300)) { _, versions in
                    let version = try XCTUnwrap(versions.version("71"))
                    seen = try versions.part(at: version.hash).register.activities.first { $0.id == "kundservice" }
                    return .refused
                }
        }
        guard case .refused = outcome else { return XCTFail("the edit was not the one asked for: \(outcome)") }
        XCTAssertEqual(seen, expected)
        XCTAssertNotEqual(seen?.owner, "Ägare 1", "the version before the activity's change")
    }

    /// A lineage whose newest version says it replaced other than what the version before it wrote describes
    /// another history: it is not believed, not even for what the older version replaced (here made to name
    /// another file's object), and the walk reads back instead.
    func testALineageThatDisagreesWithTheRecordsIsNotBelieved() throws {
        let folder = try longAgo(changes: 2)
        let whole = try twin(folder)
        var index = StatIndex.read(folder: folder)
        var lineage = try XCTUnwrap(index.lineage)
        let path = "activities/kundservice.json", other = "processors/molnleverantor.json"
        let count = lineage.replaced.count
        let older = lineage.replaced[count - 2], newer = lineage.replaced[count - 1]
        let elsewhere = try XCTUnwrap(try History(folder: folder).manifest(at: try head(folder))[other])
        let first = try XCTUnwrap(index.entries[other]?.writer)
        lineage.replaced[count - 2] = PathLineage.Replaced(version: older.version, states: [path: PathLineage.State(object: elsewhere, writer: first)])
        lineage.replaced[count - 1] = PathLineage.Replaced(version: newer.version, states: [path: PathLineage.State(object: elsewhere, writer: first)])
        index.lineage = lineage
        index.write(folder: folder)
        XCTAssertEqual(StatIndex.read(folder: folder).lineage, lineage)

        let cached = try restore(folder, "71", deferring: true, minutes: 200)
        let expected = try restore(whole, "71", deferring: false, minutes: 200)
        XCTAssertEqual(cached?.version.hash, expected?.version.hash)
        XCTAssertEqual(shared(folder).filter { $0.key != ".ropa-index" }, shared(whole).filter { $0.key != ".ropa-index" })
    }

    // MARK: In the file

    func testTheLineageIsWrittenAndReadBackAndADamagedOneIsNoIndex() throws {
        let folder = try longAgo(others: 3)
        let index = StatIndex.read(folder: folder)
        XCTAssertNotNil(index.lineage)
        XCTAssertTrue(index.entries.values.allSatisfy { $0.writer != nil })
        XCTAssertEqual(StatIndex.parse(index.bytes()), index)
        // In another order of the lines, the same index.
        XCTAssertEqual(StatIndex.parse(index.bytes(order: Array(index.entries.keys.sorted().reversed()))), index)

        // No head: no lineage written. A file whose writer is not known is written without one.
        var headless = index
        headless.head = nil
        XCTAssertNil(try XCTUnwrap(StatIndex.parse(headless.bytes())).lineage)
        var unknownWriter = index
        let path = "activities/kundservice.json"
        let entry = try XCTUnwrap(index.entries[path])
        unknownWriter.entries[path] = StatIndex.Entry(stat: entry.stat, hash: entry.hash)
        XCTAssertEqual(StatIndex.parse(unknownWriter.bytes()), unknownWriter)

        // Lines damaged with the checksum made to match: not an index.
        let text = String(decoding: index.bytes(), as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast(2)
        func checked(_ lines: [String]) -> [UInt8] {
            let body = Array((lines.joined(separator: "\n") + "\n").utf8)
            return body + Array((StatIndex.checksum(body) + "\n").utf8)
        }
        XCTAssertEqual(StatIndex.parse(checked(lines)), index, "the lines as written")
        let writerLine = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("v ") })
        let fileLine = try XCTUnwrap(lines.firstIndex { $0.split(separator: " ").count == 7 })
        let replacedLine = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("p ") })
        var fields = lines[fileLine].split(separator: " ").map(String.init)
        fields[5] = "99999"
        for (position, damaged) in [(writerLine, "v " + String(repeating: "g", count: 64)), (fileLine, fields.joined(separator: " ")),
                                    (replacedLine, "p 12 - activities/x.json"), (replacedLine, "q " + lines[replacedLine].dropFirst(2))] {
            var copy = lines
            copy[position] = damaged
            XCTAssertNil(StatIndex.parse(checked(copy)), damaged)
        }
        // An index of the format before writers: its files are read, without a head (the next save works the
        // lineage out from the history).
        var old = ["ropa-index 1 " + lines[0].split(separator: " ").dropFirst(2).joined(separator: " ")]
        for line in lines.dropFirst() where line.split(separator: " ").count == 7 {
            var fields = line.split(separator: " ").map(String.init)
            fields.remove(at: 5)
            old.append(fields.joined(separator: " "))
        }
        let read = try XCTUnwrap(StatIndex.parse(checked(old)))
        XCTAssertEqual(read.entries.mapValues(\.hash), index.entries.mapValues(\.hash))
        XCTAssertNil(read.head)
        XCTAssertNil(read.lineage)
    }

    /// Any bytes behind a matching checksum (a hostile folder can bring one) are an index or none, never a
    /// crash or a hang: random bytes changed, inserted and removed, the checksum made to match each time.
    func testDamagedIndexesWithMatchingChecksumsAreReadOrRefused() throws {
        let folder = try longAgo(others: 3, changes: 2)
        let written = StatIndex.read(folder: folder).bytes()
        var body = Array(written.prefix(written.count - 17))
        let alphabet = Array("0123456789abcdefvrpw- \n".utf8)
        var random = SeededGenerator(seed: 4)
        var refused = 0
        for _ in 0..<3_000 {
            var damaged = body
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let position = Int.random(in: 0..<damaged.count, using: &random)
                let byte = alphabet.randomElement(using: &random) ?? 0
                switch Int.random(in: 0..<3, using: &random) {
                case 0: damaged[position] = byte
                case 1: damaged.insert(byte, at: position)
                default: damaged.remove(at: position)
                }
            }
            if StatIndex.parse(damaged + Array((StatIndex.checksum(damaged) + "\n").utf8)) == nil { refused += 1 }
        }
        XCTAssertGreaterThan(refused, 0)
        body = Array(written.prefix(written.count - 17))
        XCTAssertNotNil(StatIndex.parse(body + Array((StatIndex.checksum(body) + "\n").utf8)))
    }
}
