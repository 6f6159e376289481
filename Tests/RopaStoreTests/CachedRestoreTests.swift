import Foundation
import RopaJSON
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// `ropa restore` (a store opened with `deferringHistory`) resolves the version through `.ropa-history` and
/// works out its files from the head's and the records since it, reading no other record; what it records
/// is exactly what a restore reading the whole history records. When the caches or the records since the
/// version do not answer (a damaged index, an object stored by an earlier version), the history is read whole.
final class CachedRestoreTests: SavedRegisterTestCase {
    private let time = Date(timeIntervalSince1970: 1_900_000_000)

    private func set(_ folder: String, _ text: String, minutes: Double) throws {
        _ = try RegisterStore(folder: folder, deferringHistory: true)
            .set([try FieldAssignment.parse(text)], ofEntity: "kundservice", message: text, author: "A", time: time + minutes * 60)
    }

    private func restore(_ folder: String, _ reference: String, deferring: Bool, minutes: Double) throws -> RegisterStore.SaveResult? {
        try RegisterStore(folder: folder, deferringHistory: deferring)
            .restore(reference, message: nil, author: "A", time: time + minutes * 60, language: .sv)
    }

    private func shared(_ folder: String) -> [String: Data] {
        contents(folder).filter { $0.key != RegisterLayout.historyIndexFile }
    }

    private func assertSameFiles(_ folder: String, _ other: String, _ message: String, file: StaticString = #filePath, line: UInt = #line) {
        let (mine, theirs) = (shared(folder), shared(other))
        let differing = Set(mine.keys).union(theirs.keys).filter { mine[$0] != theirs[$0] }.sorted()
        XCTAssertEqual(differing, [], message, file: file, line: line)
    }

    /// A register of six versions, the caches written by the last save.
    private func history() throws -> String {
        let folder = try saved(time: time)
        for (minute, text) in ["owner=Ett", "owner=Två", "name=Kundtjänst", "owner=Ett", "description=Ny text"].enumerated() {
            try set(folder, text, minutes: Double(minute + 1))
        }
        return folder
    }

    /// The same restores through the caches and through the whole history: the same versions, labels,
    /// messages and files, for references by number, by hash prefix and by number and hash.
    func testRestoreThroughTheCachesRecordsWhatRestoreReadingTheHistoryRecords() throws {
        let folder = try history()
        let full = try twin(folder)
        let versions = try RegisterStore(folder: folder).history.versions
        let references = ["5", "2", String(versions[2].hash.prefix(8)), "1", "\(versions[3].number)·\(versions[3].hash.prefix(6))", "6"]
        for (minute, reference) in references.enumerated() {
            let cached = try restore(folder, reference, deferring: true, minutes: Double(10 + minute))
            let whole = try restore(full, reference, deferring: false, minutes: Double(10 + minute))
            XCTAssertEqual(cached?.version.hash, whole?.version.hash, reference)
            XCTAssertEqual(cached?.version.label, whole?.version.label, reference)
            XCTAssertEqual(cached?.version.record.message, whole?.version.record.message, reference)
            assertSameFiles(folder, full, reference)
        }
        XCTAssertEqual(try RegisterStore(folder: folder).history.verify(), [])
        XCTAssertEqual(try RegisterStore(folder: folder).unrecordedChanges(), [])
        // A reference no version answers to is refused as the whole history refuses it.
        for reference in ["99", "abcdef12", "2·ffff"] {
            let cached = Result { try restore(folder, reference, deferring: true, minutes: 30) }
            let whole = Result { try restore(full, reference, deferring: false, minutes: 30) }
            guard case .failure(let cachedError) = cached, case .failure(let wholeError) = whole else { return XCTFail(reference) }
            XCTAssertEqual(cachedError as? StoreError, wholeError as? StoreError, reference)
            XCTAssertNotNil(cachedError as? StoreError, reference)
        }
    }

    /// The point of the caches: a record older than the restored version is not read. A record changed in
    /// place (which `verify` and every full read refuse) shows it.
    func testARestoreThroughTheCachesReadsNoRecordOlderThanTheVersion() throws {
        let folder = try history()
        try withTheFirstRecordChanged(in: folder) {
            let restored = try XCTUnwrap(try restore(folder, "5", deferring: true, minutes: 10), "restored without reading the first record")
            XCTAssertEqual(restored.version.label, "7")
            XCTAssertEqual(restored.version.record.message, "Återställ version 5")
        }
        XCTAssertEqual(try RegisterStore(folder: folder).history.verify(), [])
        XCTAssertEqual(try RegisterStore(folder: folder).load().activities[0].owner, "Ett")
    }

    /// Version 4 wrote again what version 2 had (owner=Ett): its pack does not hold the object, which is
    /// found in the pack of version 2, the nearest before it whose record names it (the first record, changed
    /// in place, is not read). A damaged `.ropa-history` answers for nothing: the history is read whole.
    func testAnObjectStoredBeforeIsFoundAndWithoutTheCachesTheWholeHistoryIsRead() throws {
        let folder = try saved(time: time)
        // Saved by stores that read the whole history, which know version 2 stored the object.
        for (minute, text) in ["owner=Ett", "owner=Två", "owner=Ett", "owner=Sex"].enumerated() {
            _ = try RegisterStore(folder: folder)
                .set([try FieldAssignment.parse(text)], ofEntity: "kundservice", message: text, author: "A", time: time + Double(minute + 1) * 60)
        }
        _ = try History.newest(1, folder: folder)
        XCTAssertNotNil(HistoryIndex.current(folder: folder))
        let full = try twin(folder)
        let versions = try RegisterStore(folder: folder).history.versions
        let packed = try XCTUnwrap(try PackFile.read(RegisterStore(folder: folder).history.packPath(versions[1].hash)))
        let object = try XCTUnwrap(versions[3].record.changes["activities/kundservice.json"])
        XCTAssertNotNil(packed.entry(object), "version 2 packed it")
        XCTAssertNil(try? PackFile.read(RegisterStore(folder: folder).history.packPath(versions[3].hash)).entry(object), "version 4 did not")
        let cached = try withTheFirstRecordChanged(in: folder) {
            try XCTUnwrap(try restore(folder, "4", deferring: true, minutes: 10), "restored without reading the first record")
        }
        let whole = try restore(full, "4", deferring: false, minutes: 10)
        XCTAssertEqual(cached.version.hash, whole?.version.hash)
        assertSameFiles(folder, full, "4")
        for (minute, reference) in ["3", "2"].enumerated() {
            if minute == 0 {
                try Data("ropa-history 1 skräp\n".utf8).write(to: URL(fileURLWithPath: "\(folder)/\(RegisterLayout.historyIndexFile)"))
            }
            let cached = try restore(folder, reference, deferring: true, minutes: Double(20 + minute))
            let whole = try restore(full, reference, deferring: false, minutes: Double(20 + minute))
            XCTAssertNotNil(cached, reference)
            XCTAssertEqual(cached?.version.hash, whole?.version.hash, reference)
            assertSameFiles(folder, full, reference)
        }
        XCTAssertEqual(try RegisterStore(folder: folder).history.verify(), [])
    }

    /// The walk gives up past its limit, and for a version that is no first-parent ancestor of the head.
    func testTheWalkAnswersOnlyWithinItsLimitAndAlongFirstParents() throws {
        let folder = try history()
        let store = try RegisterStore(folder: folder)
        let versions = store.history.versions
        let head = try XCTUnwrap(store.history.head)
        let headFiles = try store.history.manifest(at: head)
        let versionsFolder = "\(folder)/\(RegisterLayout.versionsFolder)"
        for version in versions {
            let walk = try XCTUnwrap(HistoryWalk(from: head, headFiles: headFiles, to: version.hash, versionsFolder: versionsFolder))
            XCTAssertEqual(walk.files, try store.history.manifest(at: version.hash), version.label)
        }
        XCTAssertNil(HistoryWalk(from: head, headFiles: headFiles, to: versions[0].hash, versionsFolder: versionsFolder, limit: 3))
        XCTAssertNil(HistoryWalk(from: versions[2].hash, headFiles: headFiles, to: head, versionsFolder: versionsFolder))
    }
}
