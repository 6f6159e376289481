import Foundation
import RopaJSON
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// A store opened with `deferringHistory` (`ropa set`, `commit`, `review --mark-reviewed`) saves on top of
/// the only head without reading the history when `.ropa-history` and the head named in `.ropa-index`
/// answer for it, and records exactly what a save that reads the whole history records; when the caches do
/// not answer (missing, damaged, stale, another head) the history is read whole.
final class CachedHeadSaveTests: SavedRegisterTestCase {
    private let time = Date(timeIntervalSince1970: 1_900_000_000)

    private func deferredSet(_ folder: String, _ text: String, minutes: Double = 0) throws -> RegisterStore.SaveResult? {
        try RegisterStore(folder: folder, deferringHistory: true)
            .set([try FieldAssignment.parse(text)], ofEntity: "kundservice", message: text, author: "A", time: time + minutes * 60)
    }

    private func fullSet(_ folder: String, _ text: String, minutes: Double = 0) throws -> RegisterStore.SaveResult? {
        let assignment = try FieldAssignment.parse(text)
        return try RegisterStore(folder: folder).edit(author: "A", time: time + minutes * 60) { edit in
            edit.register = try FieldAssignment.apply([assignment], toEntity: "kundservice", in: edit.files).register
            edit.message = text
        }
    }

    /// The register's files and history, without the local caches.
    private func shared(_ folder: String) -> [String: Data] {
        contents(folder).filter { $0.key != RegisterLayout.historyIndexFile }
    }

    private func cachedHead(_ folder: String) throws -> String? {
        StatIndex.parse(try FileIO.read("\(folder)/\(RegisterLayout.statIndexFile)"))?.head
    }

    func testSavesOnTopOfTheCachedHeadRecordWhatSavesReadingTheHistoryRecord() throws {
        let folder = try saved()
        let full = try twin(folder)
        for (minute, text) in ["owner=Ett", "owner=Två", "name=Kundtjänst"].enumerated() {
            let cached = try XCTUnwrap(try deferredSet(folder, text, minutes: Double(minute)))
            let whole = try XCTUnwrap(try fullSet(full, text, minutes: Double(minute)))
            XCTAssertEqual(cached.version.hash, whole.version.hash, text)
            XCTAssertEqual(cached.version.label, whole.version.label, text)
            XCTAssertEqual(try cachedHead(folder), cached.version.hash, "the index names the new head")
            XCTAssertEqual(HistoryIndex.read(folder: folder)?.heads, [cached.version.hash], "the history's index has it on top")
        }
        XCTAssertEqual(shared(folder), shared(full))
        let reopened = try RegisterStore(folder: folder)
        XCTAssertEqual(reopened.history.verify(), [])
        XCTAssertEqual(try reopened.unrecordedChanges(), [])
        XCTAssertEqual(try History.newest(5, folder: folder), try History.newest(5, folder: full), "log -n through the index")
    }

    /// The point of the caches: with them answering, no record but the head's is read. A record changed in
    /// place (which `verify` and every full read refuse) shows it: the save does not see it.
    func testASaveOnTopOfTheCachedHeadReadsNoOtherRecord() throws {
        let folder = try saved()
        _ = try deferredSet(folder, "owner=Ett")
        try withTheFirstRecordChanged(in: folder) {
            XCTAssertNotNil(try deferredSet(folder, "owner=Två", minutes: 1), "saved without reading the first record")
        }
        XCTAssertEqual(try RegisterStore(folder: folder).history.verify(), [])
    }

    /// Caches that do not answer for the register as it is never decide what is recorded: the history is read
    /// whole, and the version goes on top of the real head.
    func testCachesThatDoNotAnswerForTheHeadTakeTheWholeHistory() throws {
        let folder = try saved()
        let full = try twin(folder)
        func both(_ text: String, _ minute: Double, file: StaticString = #filePath, line: UInt = #line) throws {
            let cached = try XCTUnwrap(try deferredSet(folder, text, minutes: minute), file: file, line: line)
            let whole = try XCTUnwrap(try fullSet(full, text, minutes: minute), file: file, line: line)
            XCTAssertEqual(cached.version.hash, whole.version.hash, text, file: file, line: line)
            XCTAssertEqual(cached.version.label, whole.version.label, text, file: file, line: line)
        }
        // No caches yet, then caches written by the first save.
        try both("owner=Ett", 0)
        // A version another store recorded: the index still names the old head.
        for target in [folder, full] { _ = try fullSet(target, "owner=Två", minutes: 1) }
        XCTAssertNotEqual(try cachedHead(folder), try RegisterStore(folder: folder).history.head)
        try both("owner=Tre", 2)
        // A damaged history index, then one that names another head.
        try Data("ropa-history 1 skräp\n".utf8).write(to: URL(fileURLWithPath: "\(folder)/\(RegisterLayout.historyIndexFile)"))
        try both("owner=Fyra", 3)
        var index = try XCTUnwrap(StatIndex.parse(try FileIO.read("\(folder)/\(RegisterLayout.statIndexFile)")))
        index.head = try RegisterStore(folder: folder).history.ordered.first
        index.write(folder: folder)
        try both("owner=Fem", 4)
        // A version's files the index does not vouch for (one file hand-edited and recorded by a full commit).
        XCTAssertEqual(shared(folder), shared(full))
        XCTAssertEqual(try RegisterStore(folder: folder).history.verify(), [])
    }

    /// A write failing at any step of a save on top of the cached head leaves the old or the new version,
    /// caches that never name a version that was not recorded, and the next save works.
    func testAFailedWriteAtAnyStepLeavesTheOldOrTheNewVersionAndTrueCaches() throws {
        let original = try saved()
        _ = try deferredSet(original, "owner=Före")
        for failingWrite in 0..<8 {
            let folder = try twin(original)
            // The twin has another versions folder: prime its caches as the first save there does.
            _ = try deferredSet(folder, "owner=Före igen", minutes: 1)
            let head = try XCTUnwrap(try cachedHead(folder))
            FileIO.$writing.withValue(FailingWrites.failing(write: failingWrite + 1, with: ENOSPC)) {
                do {
                    _ = try deferredSet(folder, "owner=Efter", minutes: 2)
                } catch {
                    XCTAssertTrue("\(error)".contains("No space left on device"), "\(error)")
                }
            }
            let reopened = try RegisterStore(folder: folder)
            let owner = try reopened.load().activities[0].owner
            XCTAssertTrue(owner == "Före igen" || owner == "Efter", "write \(failingWrite): \(owner ?? "nil")")
            XCTAssertEqual(reopened.history.verify(), [], "write \(failingWrite)")
            XCTAssertEqual(try reopened.unrecordedChanges(), [], "write \(failingWrite)")
            let named = try cachedHead(folder)
            XCTAssertTrue(named == nil || named == head || named == reopened.history.head, "write \(failingWrite)")
            let next = try XCTUnwrap(try deferredSet(folder, "owner=Sedan \(failingWrite)", minutes: 3), "write \(failingWrite)")
            XCTAssertEqual(next.version.record.parents, [try XCTUnwrap(reopened.history.head)], "write \(failingWrite)")
            XCTAssertEqual(try RegisterStore(folder: folder).history.verify(), [], "write \(failingWrite)")
        }
    }

    /// A deferring store reads (and checks) the history before anything else it is asked looks at it.
    func testADeferringStoreReadsTheHistoryWhenAMethodNeedsIt() throws {
        let folder = try saved()
        _ = try deferredSet(folder, "owner=Ett")
        let expected = try RegisterStore(folder: folder).history.count
        let loading = try RegisterStore(folder: folder, deferringHistory: true)
        _ = try loading.load()
        XCTAssertEqual(loading.history.count, expected)
        XCTAssertEqual(try RegisterStore(folder: folder, deferringHistory: true).unrecordedChanges(), [])
        XCTAssertEqual(try RegisterStore(folder: folder, deferringHistory: true).register(at: "1").activities.count,
                       try RegisterStore(folder: folder).register(at: "1").activities.count)
        // After a save on top of the cached head, the store reads the history again before using it.
        let store = try RegisterStore(folder: folder, deferringHistory: true)
        _ = try store.set([try FieldAssignment.parse("owner=Två")], ofEntity: "kundservice", message: "m", author: "A", time: time + 60)
        _ = try store.load()
        XCTAssertEqual(store.history.count, expected + 1)
    }

    /// The history of a store that deferred it is read on first use: no caller sees it without its versions,
    /// before any other method read it, or after a save on top of the cached head (which read only the head).
    func testTheHistoryOfADeferringStoreIsReadWhenFirstAskedFor() throws {
        let folder = try saved()
        _ = try deferredSet(folder, "owner=Ett")
        let whole = try RegisterStore(folder: folder).history
        let deferring = try RegisterStore(folder: folder, deferringHistory: true)
        XCTAssertEqual(deferring.history.count, whole.count)
        XCTAssertEqual(deferring.history.versions.map(\.hash), whole.versions.map(\.hash))
        XCTAssertEqual(deferring.history.head, whole.head)

        let saving = try RegisterStore(folder: folder, deferringHistory: true)
        let saved = try XCTUnwrap(try saving.set([try FieldAssignment.parse("owner=Två")], ofEntity: "kundservice", message: "m",
                                                 author: "A", time: time + 60))
        XCTAssertEqual(saving.history.count, whole.count + 1)
        XCTAssertEqual(saving.history.head, saved.version.hash)
        XCTAssertEqual(saving.history.versions.map(\.hash), try RegisterStore(folder: folder).history.versions.map(\.hash))
    }

    /// A save that records nothing (the value was already there) or hands over to the full save still keeps
    /// what it hashed, with the head it found: the next command does not hash the register again.
    func testASaveThatRecordsNothingStillWritesTheIndexItBuilt() throws {
        let folder = try saved()
        _ = try deferredSet(folder, "owner=Ett")
        for store in [try RegisterStore(folder: folder, deferringHistory: true), try RegisterStore(folder: folder)] {
            try FileManager.default.removeItem(atPath: "\(folder)/\(RegisterLayout.statIndexFile)")
            XCTAssertNil(try store.set([try FieldAssignment.parse("owner=Ett")], ofEntity: "kundservice", message: "m", author: "A", time: time))
            let index = try XCTUnwrap(StatIndex.parse(try FileIO.read("\(folder)/\(RegisterLayout.statIndexFile)")))
            XCTAssertEqual(index.entries.count, try RegisterStore(folder: folder).readFiles().count)
            XCTAssertEqual(index.head, try RegisterStore(folder: folder).history.head)
        }
    }

    func testTheIndexKeepsItsHeadThroughItsFile() throws {
        let head = String(repeating: "ab", count: 32)
        let entry = StatIndex.Entry(stat: FileIO.Fingerprint(size: 1, modified: 2, changed: 3, inode: 4), hash: String(repeating: "0", count: 64))
        for index in [StatIndex(entries: ["organisation.json": entry], cutoff: -5, head: head), StatIndex(entries: ["organisation.json": entry], cutoff: 7)] {
            XCTAssertEqual(StatIndex.parse(index.bytes()), index)
        }
        // An index of an earlier ropa (no head) still vouches for its files.
        let earlier = Array("ropa-index 1 7\n".utf8)
        XCTAssertEqual(StatIndex.parse(earlier + Array(StatIndex.checksum(earlier).utf8) + [10]), StatIndex(cutoff: 7))
        let badHead = Array("ropa-index 1 7 xyz\n".utf8)
        XCTAssertNil(StatIndex.parse(badHead + Array(StatIndex.checksum(badHead).utf8) + [10]))
    }
}
