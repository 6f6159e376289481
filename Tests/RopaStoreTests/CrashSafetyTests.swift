import Foundation
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// A save interrupted between its steps opens at the old or the new version, never a mix.
final class CrashSafetyTests: SavedRegisterTestCase {
    private func twoVersions() throws -> (folder: String, old: Register, new: Register, oldFiles: [String: Data]) {
        let folder = try saved()
        let oldFiles = Fixtures.snapshot(folder).filter { !$0.key.hasPrefix("history/") }
        let store = try RegisterStore(folder: folder)
        let old = try store.load()
        var new = old
        new.activities[0].name = "Kundtjänst"
        new.processors[0].agreement.reviewDue = "2027-09-01"
        new.securityMeasures.append(SecurityMeasure(id: "kryptering", name: "Kryptering"))
        try store.save(new, message: "second", author: "A")
        return (folder, old, new, oldFiles)
    }

    private func writeJournal(_ folder: String, _ hash: String) throws {
        try Data("\(hash)\n".utf8).write(to: URL(fileURLWithPath: "\(folder)/.ropa-journal"))
    }

    /// Crash after the version record was written but before any register file was: readers show the new
    /// version without writing anything; the next writer rolls forward.
    func testCrashAfterTheRecordRollsForward() throws {
        let (folder, _, new, oldFiles) = try twoVersions()
        let head = try XCTUnwrap(try RegisterStore(folder: folder).history.head)
        for (path, data) in oldFiles { try data.write(to: URL(fileURLWithPath: "\(folder)/\(path)")) }
        try? FileManager.default.removeItem(atPath: "\(folder)/security-measures/kryptering.json")
        try writeJournal(folder, head)
        let before = Fixtures.snapshot(folder)
        let reader = try RegisterStore(folder: folder)
        XCTAssertEqual(try reader.load(), new)
        XCTAssertEqual(reader.pendingJournal, .interrupted(version: head))
        XCTAssertEqual(Fixtures.snapshot(folder), before, "a reader never writes")
        var next = new
        next.activities[0].owner = "Efter"
        let writer = try RegisterStore(folder: folder)
        XCTAssertNotNil(try writer.edit(message: "after", author: "A") { $0 = next })
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(folder)/.ropa-journal"))
        XCTAssertEqual(try RegisterStore(folder: folder).load(), next)
        XCTAssertEqual(try RegisterStore(folder: folder).unrecordedChanges(), [])
    }

    /// Crash halfway through writing the register files: roll forward.
    func testCrashBetweenFilesRollsForward() throws {
        let (folder, _, new, oldFiles) = try twoVersions()
        let head = try XCTUnwrap(try RegisterStore(folder: folder).history.head)
        let activity = "activities/kundservice.json"
        try XCTUnwrap(oldFiles[activity]).write(to: URL(fileURLWithPath: "\(folder)/\(activity)"))
        try writeJournal(folder, head)
        XCTAssertEqual(try RegisterStore(folder: folder).load(), new)
        let writer = try RegisterStore(folder: folder)
        try writer.lockForSession()
        XCTAssertEqual(try writer.load(), new, "a writer finishes the save")
        writer.unlock()
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(folder)/.ropa-journal"))
        XCTAssertEqual(try RegisterStore(folder: folder).unrecordedChanges(), [])
    }

    /// Crash before the version record: the files were never touched and the old version stands.
    func testCrashBeforeTheRecordKeepsTheOldVersion() throws {
        let folder = try saved()
        let before = try RegisterStore(folder: folder).load()
        try writeJournal(folder, String(repeating: "a", count: 64))
        let store = try RegisterStore(folder: folder)
        XCTAssertEqual(try store.load(), before)
        XCTAssertEqual(store.history.count, 1)
        XCTAssertEqual(store.pendingJournal, .notRecorded(version: String(repeating: "a", count: 64)))
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(folder)/.ropa-journal"), "a reader never writes")
        var changed = before
        changed.activities[0].owner = "Efter kraschen"
        XCTAssertNotNil(try store.save(changed, message: "next", author: "A"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(folder)/.ropa-journal"))
        XCTAssertEqual(store.history.verify(), [])
    }

    /// While another process holds the lock mid-save, a reader sees the version being written.
    func testReaderDuringAnotherSaveSeesTheNewVersion() throws {
        let (folder, _, new, oldFiles) = try twoVersions()
        let head = try XCTUnwrap(try RegisterStore(folder: folder).history.head)
        for (path, data) in oldFiles { try data.write(to: URL(fileURLWithPath: "\(folder)/\(path)")) }
        try writeJournal(folder, head)
        let lock = try RegisterLock.acquire(folder: folder)
        defer { lock.release() }
        XCTAssertEqual(try RegisterStore(folder: folder).load(), new)
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(folder)/.ropa-journal"), "the reader must not touch the files")
    }

    func testSecondWriterIsToldWhoHoldsTheLock() throws {
        let folder = try saved()
        let lock = try RegisterLock.acquire(folder: folder)
        XCTAssertThrowsError(try RegisterLock.acquire(folder: folder)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("being edited by"), text)
            XCTAssertTrue(text.contains("pid \(getpid())"), text)
        }
        lock.release()
        XCTAssertNoThrow(try RegisterLock.acquire(folder: folder).release())
    }
}
