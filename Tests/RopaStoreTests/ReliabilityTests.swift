import Foundation
import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// Nothing lost, nothing silently changed: edits under an open store, full disks, stale locks,
/// recovery files, and the rebase of unsaved edits.
final class ReliabilityTests: SavedRegisterTestCase {
    func testSaveRefusesToOverwriteFilesChangedOnDisk() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        var register = try store.load()
        // Another program edits the activity after we read it.
        let path = "\(folder)/activities/kundservice.json"
        let theirs = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Kundservicechef", with: "Git pull")
        try theirs.write(toFile: path, atomically: true, encoding: .utf8)
        register.activities[0].notes = "min ändring"
        let before = Fixtures.snapshot(folder)
        XCTAssertThrowsError(try store.save(register, message: "m", author: "A")) { error in
            guard case .changedOnDisk(_, let files)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(files, ["activities/kundservice.json"])
            XCTAssertTrue("\(error)".contains("nothing overwritten"))
        }
        XCTAssertEqual(Fixtures.snapshot(folder), before)
    }

    func testSaveNoticesAddedFilesAndNewVersionsButNotAMereTouch() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        let register = try store.load()
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: "\(folder)/organisation.json")
        XCTAssertEqual(try store.changedOnDisk(), [], "same content, newer time: not a change")
        let other = try RegisterStore(folder: folder)
        var changed = try other.load()
        changed.activities[0].owner = "Någon annan"
        try other.save(changed, message: "other", author: "B")
        XCTAssertEqual(try store.changedOnDisk(), ["activities/kundservice.json", "history/versions"])
        XCTAssertThrowsError(try store.save(register, message: "m", author: "A"))
    }

    func testFullDiskAtEveryWriteLeavesOldOrNewVersion() throws {
        for failingWrite in 0..<12 {
            let folder = try saved()
            var register = try RegisterStore(folder: folder).load()
            register.activities[0].name = "Ny"
            register.securityMeasures.append(SecurityMeasure(id: "kryptering", name: "Kryptering"))
            let store = try RegisterStore(folder: folder)
            _ = try store.load()
            FileIO.$writing.withValue(FailingWrites.failing(write: failingWrite + 1, with: ENOSPC)) {
                do {
                    try store.save(register, message: "m", author: "A")
                } catch {
                    XCTAssertTrue("\(error)".contains("No space left on device"), "\(error)")
                }
            }
            let reopened = try RegisterStore(folder: folder)
            let loaded = try reopened.load()
            XCTAssertTrue(loaded == Fixtures.cleanRegister() || loaded == register, "write \(failingWrite): a mix")
            XCTAssertEqual(reopened.history.verify(), [], "write \(failingWrite)")
            XCTAssertEqual(try reopened.unrecordedChanges(), [], "write \(failingWrite)")
            register.activities[0].owner = "Efter \(failingWrite)"
            XCTAssertNotNil(try reopened.save(register, message: "next", author: "A"), "the next save works")
        }
    }

    func testAStaleLockOfADeadProcessIsTakenOver() throws {
        let folder = try saved()
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile) else {
            throw XCTSkip("python3 is needed to hold a lock from another process")
        }
        let lockPath = "\(folder)/.ropa-lock"
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: python)
        holder.arguments = ["-c", """
            import fcntl, time, sys
            f = open(sys.argv[1], 'w'); fcntl.flock(f, fcntl.LOCK_EX)
            f.write('ghost@elsewhere pid 4242 since 2026-01-01T00:00:00Z\\n'); f.flush()
            open(sys.argv[1] + '.held', 'w').close(); time.sleep(60)
            """, lockPath]
        try holder.run()
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: lockPath + ".held") && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        XCTAssertThrowsError(try RegisterLock.acquire(folder: folder)) { error in
            XCTAssertTrue("\(error)".contains("ghost@elsewhere pid 4242 since 2026-01-01T00:00:00Z"), "\(error)")
        }
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        let lock = try RegisterLock.acquire(folder: folder)
        lock.release()
        XCTAssertFalse(FileManager.default.fileExists(atPath: lockPath), "released locks leave no file")
    }

    func testRecoveryFileRoundTripsAndIsPrivate() throws {
        let folder = try saved()
        var register = Fixtures.cleanRegister()
        register.activities[0].name = "Osparad\u{1B}[0m ändring"
        try RecoveryFile(time: "2026-06-01T10:00:00Z", head: "abc", register: register).write(to: folder)
        let read = try XCTUnwrap(try RecoveryFile.read(from: folder))
        XCTAssertEqual(read.register, register)
        XCTAssertEqual(read.time, "2026-06-01T10:00:00Z")
        let mode = (try FileManager.default.attributesOfItem(atPath: RecoveryFile.path(in: folder))[.posixPermissions] as? NSNumber)?.intValue ?? 0
        XCTAssertEqual(mode & 0o077, 0)
        XCTAssertEqual(try RegisterStore(folder: folder).unrecordedChanges(), [], "the recovery file is not part of the register")
        try RecoveryFile.remove(from: folder)
        XCTAssertNil(try RecoveryFile.read(from: folder))
    }

    func testRebaseReappliesMyEditsAndReportsConflicts() {
        let base = Fixtures.cleanRegister()
        var mine = base
        mine.activities[0].owner = "Jag"
        mine.securityMeasures.append(SecurityMeasure(id: "kryptering", name: "Kryptering"))
        mine.jointControllers = []
        mine.processors[1].service = "Min tjänst"
        var theirs = base
        theirs.activities.append(Activity(id: "ny-fran-git", name: "Från git"))
        theirs.processors[1].service = "Deras tjänst"
        let result = RegisterRebase.rebase(mine: mine, base: base, onto: theirs)
        XCTAssertEqual(result.register.activity("kundservice")?.owner, "Jag")
        XCTAssertNotNil(result.register.activity("ny-fran-git"), "their addition kept")
        XCTAssertNotNil(result.register.securityMeasure("kryptering"), "my addition kept")
        XCTAssertTrue(result.register.jointControllers.isEmpty, "my deletion applied")
        XCTAssertEqual(result.register.processor("molnleverantor")?.service, "Min tjänst")
        XCTAssertEqual(result.conflicts, ["Processor 'Moln Inc.'"])
        XCTAssertEqual(RegisterRebase.rebase(mine: base, base: base, onto: theirs).register, theirs)
    }
}

final class PathTests: XCTestCase {
    func testPathHelpersNeverTrap() {
        XCTAssertEqual(FileIO.parentFolder(of: "a"), ".")
        XCTAssertEqual(FileIO.parentFolder(of: "/a"), "/")
        XCTAssertEqual(FileIO.parentFolder(of: "x/y.json"), "x")
        XCTAssertEqual(FileIO.parentFolder(of: "x/y/"), "x")
        XCTAssertEqual(FileIO.parentFolder(of: "/"), "/")
        XCTAssertEqual(FileIO.fileName(of: "x/y.json"), "y.json")
        XCTAssertEqual(FileIO.fileName(of: "a"), "a")
    }
}
