import Foundation
import RopaHash
import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// A register folder comes from someone else (a clone, a pull, a download): every name and byte in it may
/// be hostile. Each test is one way in which a folder attacked ropa, and the refusal that now meets it.
final class HostileFolderTests: SavedRegisterTestCase {
    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// A register with a second version, for tests that need a parent and a child.
    private func twoVersions() throws -> (folder: String, first: String, second: String) {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        let first = try XCTUnwrap(store.history.head)
        let saved = try XCTUnwrap(try store.edit(message: "second", author: "A") { $0.activities[0].owner = "Andra" })
        return (folder, first, saved.version.hash)
    }

    /// Writes a version record as ropa would (named by its hash), for forging histories.
    @discardableResult
    private func plant(_ record: VersionRecord, in folder: String) throws -> String {
        let bytes = try record.canonicalBytes()
        let hash = SHA256.hex(bytes)
        try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/history/versions/\(hash).json"))
        return hash
    }

    // MARK: 1, 3, 5: confinement

    func testALinkAtTheLockIsNeverWrittenThrough() throws {
        let folder = try saved()
        let victim = try Fixtures.temporaryFolder() + "/victim"
        folders.append(FileIO.parentFolder(of: victim))
        try write("precious\n", to: victim)
        try FileManager.default.createSymbolicLink(atPath: "\(folder)/.ropa-lock", withDestinationPath: victim)
        XCTAssertThrowsError(try RegisterStore(folder: folder).edit(message: "m", author: "A") { $0.activities[0].owner = "X" }) { error in
            XCTAssertTrue("\(error)".contains(".ropa-lock"), "\(error)")
        }
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "precious\n")
        XCTAssertThrowsError(try RegisterLock.acquire(folder: folder))
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "precious\n")
    }

    func testLinkedFilesAndFoldersInsideTheRegisterAreRefusedNamingTheLink() throws {
        let folder = try saved()
        let outside = try Fixtures.temporaryFolder()
        folders.append(outside)
        try write("{}", to: "\(outside)/x.json")
        try FileManager.default.createSymbolicLink(atPath: "\(folder)/activities/x.json", withDestinationPath: "\(outside)/x.json")
        XCTAssertThrowsError(try RegisterStore(folder: folder).load()) { error in
            XCTAssertEqual(error as? StoreError, .symbolicLink(path: "\(folder)/activities/x.json"))
            XCTAssertTrue("\(error)".contains("symbolic link"), "\(error)")
        }
        try FileManager.default.removeItem(atPath: "\(folder)/activities/x.json")

        try FileManager.default.moveItem(atPath: "\(folder)/history", toPath: "\(outside)/history")
        try FileManager.default.createSymbolicLink(atPath: "\(folder)/history", withDestinationPath: "\(outside)/history")
        let before = Fixtures.snapshot(outside)
        XCTAssertThrowsError(try RegisterStore(folder: folder)) { error in
            XCTAssertEqual(error as? StoreError, .symbolicLink(path: "\(folder)/history"))
        }
        XCTAssertEqual(Fixtures.snapshot(outside), before)
    }

    func testAFIFOInTheRegisterIsRefusedWithoutBlocking() throws {
        let folder = try saved()
        let fifo = "\(folder)/history/versions/\(String(repeating: "0", count: 64)).json"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertThrowsError(try RegisterStore(folder: folder)) { error in
            XCTAssertEqual(error as? StoreError, .notARegularFile(path: fifo))
        }
        try FileManager.default.removeItem(atPath: fifo)
        let entity = "\(folder)/activities/fifo.json"
        XCTAssertEqual(mkfifo(entity, 0o600), 0)
        XCTAssertThrowsError(try RegisterStore(folder: folder).load()) { error in
            XCTAssertEqual(error as? StoreError, .notARegularFile(path: entity))
        }
    }

    func testATemporaryNamePlantedAsALinkIsNotFollowedAndLeftoversAreSwept() throws {
        let folder = try Fixtures.temporaryFolder()
        folders.append(folder)
        let victim = "\(folder)/victim"
        try write("precious\n", to: victim)
        let target = "\(folder)/out.md"
        try FileManager.default.createSymbolicLink(atPath: "\(folder)/.out.md.tmp-\(getpid())", withDestinationPath: victim)
        // A leftover of a killed writer (a process that no longer exists).
        let leftover = "\(folder)/.out.md.tmp-2147483646"
        try write("a copy of the register", to: leftover)
        FileIO.sweepTemporaryFiles(of: target)
        try FileIO.writeAtomically(Array("export\n".utf8), to: target)
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "precious\n")
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "export\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover))
        let mode = (try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? NSNumber)?.intValue ?? 0
        XCTAssertEqual(mode & 0o777, 0o600)
    }

    func testInitWorksUnderARestrictiveUmaskAndSweepsKilledInits() throws {
        let parent = try Fixtures.temporaryFolder()
        folders.append(parent)
        let killed = "\(parent)/.r.ropa-init-2147483646-abcd1234"
        try FileManager.default.createDirectory(atPath: killed, withIntermediateDirectories: false)
        try write("{}", to: "\(killed)/register.json")
        let previous = umask(0o177)
        defer { umask(previous) }
        let store = try RegisterStore.create(Fixtures.cleanRegister(), at: "\(parent)/r", message: "first", author: "A")
        umask(previous)
        XCTAssertEqual(try store.load(), Fixtures.cleanRegister())
        XCTAssertFalse(FileManager.default.fileExists(atPath: killed), "a killed init's copy is swept")
        for (path, _) in Fixtures.snapshot("\(parent)/r") {
            let mode = (try FileManager.default.attributesOfItem(atPath: "\(parent)/r/\(path)")[.posixPermissions] as? NSNumber)?.intValue ?? 0
            XCTAssertEqual(mode & 0o077, 0, path)
        }
    }

    // MARK: 2, 11, 12: history is checked on every read

    func testARecordNamingAPathOutsideTheRegisterIsRefusedAndReported() throws {
        let (folder, _, second) = try twoVersions()
        let outside = "\(FileIO.parentFolder(of: folder))/outside-\(UUID().uuidString).txt"
        let object = try XCTUnwrap(try RegisterStore(folder: folder).history.manifest(at: second)["activities/kundservice.json"])
        let forged = VersionRecord(parents: [second], time: "2099-01-01T00:00:00Z", author: "mallory", message: "innocent",
                                   changes: ["../\(FileIO.fileName(of: outside))": object], removed: [], schemaVersion: 1)
        let hash = try plant(forged, in: folder)
        XCTAssertThrowsError(try RegisterStore(folder: folder)) { error in
            XCTAssertTrue("\(error)".contains("\(hash).json"), "names the record: \(error)")
            XCTAssertTrue("\(error)".contains("path no register has"), "\(error)")
        }
        // A planted journal naming it makes no reader create the file either.
        try write("\(hash)\n", to: "\(folder)/.ropa-journal")
        XCTAssertThrowsError(try RegisterStore(folder: folder).load())
        XCTAssertFalse(FileManager.default.fileExists(atPath: outside))
        let problems = try History(folder: folder).verify()
        XCTAssertTrue(problems.contains { $0.contains("path no register has") }, "\(problems)")
    }

    func testARecordEditedToPointAtAnotherObjectIsRefusedByEveryCommand() throws {
        let (folder, first, second) = try twoVersions()
        let history = try History(folder: folder)
        let old = try XCTUnwrap(try history.manifest(at: first)["activities/kundservice.json"])
        let path = history.recordPath(second)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let new = try XCTUnwrap(try history.manifest(at: second)["activities/kundservice.json"])
        try write(text.replacingOccurrences(of: new, with: old), to: path)
        XCTAssertThrowsError(try RegisterStore(folder: folder)) { error in
            XCTAssertTrue("\(error)".contains("does not match its hash"), "\(error)")
        }
        XCTAssertTrue(try History(folder: folder).verify().contains { $0.contains("does not match its hash") })
    }

    func testAVersionOlderThanItsParentAndAMissingParentAreReported() throws {
        let (folder, first, second) = try twoVersions()
        let history = try History(folder: folder)
        var rewritten = try XCTUnwrap(history.records[second])
        rewritten.author = "mallory"
        rewritten.time = "2000-01-01T00:00:00Z"
        try FileManager.default.removeItem(atPath: history.recordPath(second))
        try plant(rewritten, in: folder)
        let problems = try History(folder: folder).verify()
        XCTAssertTrue(problems.contains { $0.contains("dated earlier than its parent") }, "\(problems)")

        // A deleted record in the middle: its child names a parent that is missing.
        let (other, middle, _) = try twoVersions()
        _ = first
        var third = try XCTUnwrap(try History(folder: other).records.values.first { !$0.parents.isEmpty })
        third.message = "third"
        third.parents = [try XCTUnwrap(try History(folder: other).head)]
        third.time = "2099-01-01T00:00:00Z"
        try plant(third, in: other)
        try FileManager.default.removeItem(atPath: "\(other)/history/versions/\(try XCTUnwrap(try History(folder: other).records.first { $0.value.message == "second" }?.key)).json")
        let missing = try History(folder: other).verify()
        XCTAssertTrue(missing.contains { $0.contains("is missing from the history") }, "\(missing)")
        XCTAssertThrowsError(try RegisterStore(folder: other)) { error in
            XCTAssertTrue("\(error)".contains("is missing from the history"), "\(error)")
        }
        _ = middle
    }

    // MARK: 7, 8, 9: failures roll back, journals are checked, hand edits are never folded in

    func testAFailureAfterTheRecordIsRolledBackAndNeverBecomesTheHead() throws {
        let folder = try saved()
        let before = Fixtures.snapshot(folder)
        try FileIO.$writing.withValue(FailingWrites.failing(with: EACCES) { $0.hasSuffix("activities/kundservice.json") }) {
            XCTAssertThrowsError(try RegisterStore(folder: folder).edit(message: "lost", author: "A") {
                $0.activities[0].owner = "Aldrig"
                $0.securityMeasures.append(SecurityMeasure(id: "ny", name: "Ny"))
            })
        }
        XCTAssertEqual(Fixtures.snapshot(folder), before, "record, pack, journal and files all undone")
        let reader = try RegisterStore(folder: folder)
        XCTAssertEqual(reader.history.count, 1)
        XCTAssertEqual(try reader.load(), Fixtures.cleanRegister())
    }

    func testAStaleJournalIsReportedAndNeverApplied() throws {
        let (folder, first, _) = try twoVersions()
        try write("\(first)\n", to: "\(folder)/.ropa-journal")
        let before = Fixtures.snapshot(folder)
        let store = try RegisterStore(folder: folder)
        XCTAssertEqual(try store.load().activities[0].owner, "Andra", "not rolled back to version 1")
        guard case .refused? = store.pendingJournal else { return XCTFail("\(String(describing: store.pendingJournal))") }
        XCTAssertThrowsError(try store.edit(message: "m", author: "A") { $0.activities[0].notes = "x" }) { error in
            guard case .journalRefused? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("not the head"), "\(error)")
        }
        XCTAssertEqual(Fixtures.snapshot(folder), before)
    }

    func testRestoreAndSavesRefuseWhileFilesDifferFromTheHead() throws {
        let (folder, _, _) = try twoVersions()
        let path = "\(folder)/processors/arendesystem.json"
        let edited = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Ärendesystem AB", with: "Handredigerat AB")
        try write(edited, to: path)
        let before = Fixtures.snapshot(folder)
        for attempt in [{ try RegisterStore(folder: folder).restore("1", message: nil, author: "A") },
                        { try RegisterStore(folder: folder).restore("2", message: nil, author: "A") },
                        { try RegisterStore(folder: folder).edit(message: "m", author: "A") { $0.activities[0].owner = "Y" } }] {
            XCTAssertThrowsError(try attempt()) { error in
                XCTAssertEqual(error as? StoreError, .unrecordedChanges(path: folder, files: ["processors/arendesystem.json"]))
            }
            XCTAssertEqual(Fixtures.snapshot(folder), before, "the hand edit is kept")
        }
        let committed = try XCTUnwrap(try RegisterStore(folder: folder).commit(message: "hand edit", author: "A"))
        XCTAssertEqual(committed.changedFiles, 1)
        // The stat cache may be refreshed by a command with nothing to save (what it hashed is kept, by design):
        // when a second ticks between the commit and the restore it is. The register and its history are not.
        let withoutStatCache = { Fixtures.snapshot(folder).filter { $0.key != RegisterLayout.statIndexFile } }
        let head = withoutStatCache()
        XCTAssertNil(try RegisterStore(folder: folder).restore("3", message: nil, author: "A"), "nothing to restore")
        XCTAssertEqual(withoutStatCache(), head, "and nothing written")
    }

    // MARK: 6, 10: one writer at a time, readers see whole saves

    func testAWriterReadsOnlyAfterTakingTheLock() throws {
        let folder = try saved()
        let early = try RegisterStore(folder: folder)
        // Another writer saves after `early` was opened (its history read) but before it edits.
        XCTAssertNotNil(try RegisterStore(folder: folder).edit(message: "other", author: "B") { $0.activities[0].owner = "B" })
        let saved = try XCTUnwrap(try early.edit(message: "mine", author: "A") { $0.activities[0].notes = "A" })
        XCTAssertEqual(saved.version.number, 3)
        let history = try History(folder: folder)
        XCTAssertEqual(history.heads, [saved.version.hash], "one linear history")
        XCTAssertEqual(try RegisterStore(folder: folder).load().activities[0].owner, "B", "B's edit kept")
    }

    func testVerifyBesideSavesNeverSeesAHalfAppliedSave() throws {
        let folder = try saved()
        let done = DispatchSemaphore(value: 0)
        let writer = Thread {
            for round in 0..<40 {
                _ = try? RegisterStore(folder: folder).edit(message: "round \(round)", author: "A") { $0.activities[0].owner = "Ägare \(round)" }
            }
            done.signal()
        }
        writer.start()
        var falseAlarms = 0, checks = 0
        while done.wait(timeout: .now()) == .timedOut {
            let changed = try RegisterStore.readConsistently(folder: folder) { try $0.unrecordedChanges() }
            checks += 1
            if !changed.isEmpty { falseAlarms += 1 }
        }
        XCTAssertGreaterThan(checks, 0)
        XCTAssertEqual(falseAlarms, 0, "\(falseAlarms) of \(checks) reads saw a half-applied save")
    }

    // MARK: 14, 15, 16: values

    func testNumbersOutOfRangeAreRefusedWithoutATrap() throws {
        let folder = try saved()
        let path = "\(folder)/register.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try write(text.replacingOccurrences(of: "\"reviewIntervalMonths\": 12", with: "\"reviewIntervalMonths\": 9223372036854775806"), to: path)
        XCTAssertThrowsError(try RegisterStore(folder: folder).load()) { error in
            XCTAssertTrue("\(error)".contains("reviewIntervalMonths"), "\(error)")
            XCTAssertTrue("\(error)".contains("between 1 and 1200"), "\(error)")
        }
    }

    func testAProcessorsObjectionPeriodOutOfRangeIsRefusedOnReadAndSave() throws {
        let folder = try saved()
        let processor = try XCTUnwrap(Fixtures.cleanRegister().processors.first)
        let path = "\(folder)/processors/\(processor.id).json"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        let planted = original.replacingOccurrences(of: #""objectionPeriodDays": \d+"#, with: #""objectionPeriodDays": -9223372036854775808"#,
                                                    options: .regularExpression)
        XCTAssertNotEqual(planted, original)
        try write(planted, to: path)
        XCTAssertThrowsError(try RegisterStore(folder: folder).load()) { error in
            XCTAssertTrue("\(error)".contains("agreement.objectionPeriodDays"), "\(error)")
        }
        try write(original, to: path)
        let before = Fixtures.snapshot(folder)
        XCTAssertThrowsError(try RegisterStore(folder: folder).edit(message: "m", author: "A") {
            $0.processors[0].agreement.objectionPeriodDays = 9_223_372_036_854_775_807
        }) { error in
            XCTAssertTrue("\(error)".contains("between 0 and 3660"), "\(error)")
        }
        XCTAssertEqual(Fixtures.snapshot(folder), before)
    }

    func testAVersionRecordWithAnInsaneSchemaVersionIsRefusedAndReported() throws {
        let (folder, _, second) = try twoVersions()
        let forged = VersionRecord(parents: [second], time: "2099-01-01T00:00:00Z", author: "mallory", message: "innocent",
                                   changes: [:], removed: [], schemaVersion: Int.min)
        let hash = try plant(forged, in: folder)
        XCTAssertThrowsError(try RegisterStore(folder: folder)) { error in
            XCTAssertTrue("\(error)".contains("\(hash).json"), "names the record: \(error)")
            XCTAssertTrue("\(error)".contains("schema version"), "\(error)")
        }
        let problems = try History(folder: folder).verify()
        XCTAssertTrue(problems.contains { $0.contains("schema version") }, "\(problems)")
    }

    func testAFileOverTheLimitIsRefusedBeforeAnythingIsWritten() throws {
        let folder = try saved()
        let before = Fixtures.snapshot(folder)
        XCTAssertThrowsError(try RegisterStore(folder: folder).edit(message: "m", author: "A") {
            $0.activities[0].notes = String(repeating: "\u{1}", count: 2_900_000)
        }) { error in
            XCTAssertTrue("\(error)".contains("activities/kundservice.json"), "\(error)")
            XCTAssertTrue("\(error)".contains("at most 16 MB"), "\(error)")
        }
        XCTAssertEqual(Fixtures.snapshot(folder), before)
    }

    func testNestedIDsFollowTheEntityIDRule() throws {
        let folder = try saved()
        for bad in ["../../x", "Versaler", "esc\u{1B}"] {
            var register = Fixtures.cleanRegister()
            register.activities[0].dataCategories[0].id = bad
            XCTAssertThrowsError(try RegisterStore(folder: folder).edit(message: "m", author: "A") { $0 = register }) { error in
                XCTAssertTrue("\(error)".contains("dataCategories[0].id"), "\(error)")
            }
        }
        // The same through a session's save after a save (which writes only what changed).
        let session = try RegisterStore(folder: folder)
        var register = try session.load()
        register.activities[0].owner = "Ny"
        XCTAssertNotNil(try session.save(register, message: "owner", author: "A"))
        register.activities[0].dataCategories[0].id = "../../x"
        XCTAssertThrowsError(try session.save(register, message: "id", author: "A")) { error in
            XCTAssertTrue("\(error)".contains("dataCategories[0].id"), "\(error)")
        }
    }
}
