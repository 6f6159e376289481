import Foundation
import RopaJSON
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// `set`, `commit` and `restore` that read only the files they touch record exactly the version, and leave
/// exactly the files, that reading, checking and saving the whole register does.
final class TouchedFileSaveTests: SavedRegisterTestCase {
    // After the fixtures' first versions, which are dated now: a version is never older than its parent.
    private let time = Date(timeIntervalSince1970: 1_900_000_000)
    private let activity = "activities/kundservice.json"

    private func fullSet(_ folder: String, _ assignments: [FieldAssignment], _ id: String, message: String) throws -> RegisterStore.SaveResult? {
        try RegisterStore(folder: folder).edit(author: "A", time: time) { edit in
            edit.register = try FieldAssignment.apply(assignments, toEntity: id, in: edit.files).register
            edit.message = message
        }
    }

    private func assertSame(_ touched: String, _ full: String, file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(contents(touched), contents(full), file: file, line: line)
        let store = try RegisterStore(folder: touched)
        XCTAssertEqual(store.history.verify(), [], file: file, line: line)
        XCTAssertEqual(try store.unrecordedChanges(), [], file: file, line: line)
    }

    func testSetRecordsWhatAFullSaveRecords() throws {
        let folder = try saved()
        let full = try twin(folder)
        let assignments = try ["name=Kundtjänst", "purposes.svara.lawfulBasis=contract", "retention.arenden.period.amount=30"].map(FieldAssignment.parse)
        let outcome = try RegisterStore(folder: folder).setTouched(assignments, ofEntity: "kundservice", message: "m", author: "A", time: time)
        guard case .saved(let result) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertEqual(result.changedFiles, 1)
        XCTAssertEqual(Array(result.version.record.changes.keys), [activity])
        let expected = try XCTUnwrap(try fullSet(full, assignments, "kundservice", message: "m"))
        XCTAssertEqual(result.version.hash, expected.version.hash)
        try assertSame(folder, full)
        XCTAssertEqual(try RegisterStore(folder: folder).load().activities[0].purposes[0].lawfulBasis, .contract)
    }

    func testSetOfTheOrganisationByItsIdOrByName() throws {
        let folder = try saved()
        let full = try twin(folder)
        let assignment = try FieldAssignment.parse("contact.phone=0470-999 99")
        guard case .saved = try RegisterStore(folder: folder).setTouched([assignment], ofEntity: "organisation", message: "m", author: "A", time: time) else {
            return XCTFail("not saved")
        }
        _ = try fullSet(full, [assignment], "organisation", message: "m")
        try assertSame(folder, full)
        XCTAssertEqual(try RegisterStore(folder: folder).setTouched([assignment], ofEntity: "organisation", message: "m", author: "A", time: time),
                       .nothingToSave)
    }

    func testARefusedSetThrowsWhatAFullSetThrowsAndChangesNothing() throws {
        let folder = try saved()
        let full = try twin(folder)
        let before = contents(folder)
        for (text, id) in [("purposes.svara.lawfulBasis=gissning", "kundservice"), ("name=X", "finns-inte"), ("okand=1", "kundservice")] {
            let assignment = try FieldAssignment.parse(text)
            var touchedError = "", fullError = ""
            XCTAssertThrowsError(try RegisterStore(folder: folder).setTouched([assignment], ofEntity: id, message: "m", author: "A")) { touchedError = "\($0)" }
            XCTAssertThrowsError(try fullSet(full, [assignment], id, message: "m")) { fullError = "\($0)" }
            XCTAssertEqual(touchedError, fullError, text)
            XCTAssertEqual(contents(folder), before, text)
        }
    }

    func testFilesChangedOutsideRopaOrAnInterruptedSaveTakeTheFullSave() throws {
        let folder = try saved()
        let assignment = try FieldAssignment.parse("name=Ny")
        let handEdited = try twin(folder)
        let path = "\(handEdited)/processors/arendesystem.json"
        try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Ärendesystem AB", with: "Ärendesystem Nord AB")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let before = contents(handEdited)
        XCTAssertEqual(try RegisterStore(folder: handEdited).setTouched([assignment], ofEntity: "kundservice", message: "m", author: "A"), .needsFullSave)
        XCTAssertEqual(contents(handEdited), before)

        let interrupted = try twin(folder)
        // A journal naming a recorded version: a save was killed after its commit point.
        let head = try XCTUnwrap(try RegisterStore(folder: interrupted).history.head)
        try Data("\(head)\n".utf8).write(to: URL(fileURLWithPath: "\(interrupted)/.ropa-journal"))
        XCTAssertEqual(try RegisterStore(folder: interrupted).setTouched([assignment], ofEntity: "kundservice", message: "m", author: "A"), .needsFullSave)
        XCTAssertEqual(try RegisterStore(folder: interrupted).restoreTouched("1", message: nil, author: "A"), .needsFullSave)
    }

    func testCommitRecordsHandEditsAsAFullCommitDoes() throws {
        let folder = try saved()
        // Hand edits: a name changed in a file written in another form, a new measure, a removed transfer.
        let path = "\(folder)/\(activity)"
        let edited = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Kundservice och kontakt", with: "Kundtjänst")
            .replacingOccurrences(of: "\n  ", with: "\n    ")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        try Data("{\"id\": \"kryptering\", \"name\": \"Kryptering\"}".utf8).write(to: URL(fileURLWithPath: "\(folder)/security-measures/kryptering.json"))
        try FileManager.default.removeItem(atPath: "\(folder)/transfers/overforing-usa.json")
        let full = try twin(folder)

        let outcome = try RegisterStore(folder: folder).commitTouched(message: "handpåläggning", author: "A", time: time)
        guard case .saved(let result) = outcome else { return XCTFail("\(outcome)") }
        XCTAssertEqual(result.changedFiles, 3)
        // Read first: the store then takes the full commit path.
        let store = try RegisterStore(folder: full)
        _ = try store.load()
        let expected = try XCTUnwrap(try store.commit(message: "handpåläggning", author: "A", time: time))
        XCTAssertEqual(result.version.hash, expected.version.hash)
        try assertSame(folder, full)
        XCTAssertEqual(try RegisterStore(folder: folder).commitTouched(message: "igen", author: "A"), .nothingToSave)
    }

    func testCommitOfABrokenFileIsRefusedAsAFullCommitRefusesIt() throws {
        let folder = try saved()
        try Data("{\"id\": \"kundservice\", \"name\": \"X\", \"role\": \"gissning\"}".utf8).write(to: URL(fileURLWithPath: "\(folder)/\(activity)"))
        let full = try twin(folder)
        let before = contents(folder)
        var touchedError = "", fullError = ""
        XCTAssertThrowsError(try RegisterStore(folder: folder).commitTouched(message: "m", author: "A")) { touchedError = "\($0)" }
        let store = try RegisterStore(folder: full)
        XCTAssertThrowsError(try store.commit(message: "m", author: "A")) { fullError = "\($0)" }
        XCTAssertEqual(touchedError, fullError.replacingOccurrences(of: full, with: folder))
        XCTAssertEqual(contents(folder), before)
    }

    func testAChangedSettingsFileTakesTheFullCommit() throws {
        let folder = try saved()
        let path = "\(folder)/register.json"
        try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"reviewIntervalMonths\": 12", with: "\"reviewIntervalMonths\": 6")
            .write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try RegisterStore(folder: folder).commitTouched(message: "m", author: "A"), .needsFullSave)
    }

    func testRestoreRecordsWhatAFullRestoreRecords() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        var register = try store.load()
        register.activities[0].name = "Kundtjänst"
        register.transfers = []
        register.activities[0].transferIds = []
        register.securityMeasures.append(SecurityMeasure(id: "kryptering", name: "Kryptering"))
        try store.save(register, message: "second", author: "A", time: time)
        let full = try twin(folder)

        let outcome = try RegisterStore(folder: folder).restoreTouched("1", message: nil, author: "A", time: time, language: .sv)
        guard case .saved(let result) = outcome else { return XCTFail("\(outcome)") }
        let fullStore = try RegisterStore(folder: full)
        _ = try fullStore.load()
        let expected = try XCTUnwrap(try fullStore.restore("1", message: nil, author: "A", time: time, language: .sv))
        XCTAssertEqual(result.version.hash, expected.version.hash)
        XCTAssertEqual(result.version.record.message, expected.version.record.message)
        try assertSame(folder, full)
        XCTAssertEqual(try RegisterStore(folder: folder).load(), Fixtures.cleanRegister())
        XCTAssertEqual(try RegisterStore(folder: folder).restoreTouched("3", message: nil, author: "A"), .nothingToSave)
        XCTAssertThrowsError(try RegisterStore(folder: folder).restoreTouched("9", message: nil, author: "A"))
    }

    /// A write failing at any step (as a full disk would) leaves the old or the new version, and the next
    /// save works: the same writes in the same order as a full save.
    func testAFailedWriteAtAnyStepLeavesTheOldOrTheNewVersion() throws {
        let original = try saved()
        let assignment = try FieldAssignment.parse("owner=Efter")
        for failingWrite in 0..<8 {
            let folder = try twin(original)
            FileIO.$writing.withValue(FailingWrites.failing(write: failingWrite + 1, with: ENOSPC)) {
                do {
                    _ = try RegisterStore(folder: folder).setTouched([assignment], ofEntity: "kundservice", message: "m", author: "A")
                } catch {
                    XCTAssertTrue("\(error)".contains("No space left on device"), "\(error)")
                }
            }
            let reopened = try RegisterStore(folder: folder)
            let owner = try reopened.load().activities[0].owner
            XCTAssertTrue(owner == "Kundservicechef" || owner == "Efter", "write \(failingWrite): \(owner ?? "nil")")
            XCTAssertEqual(reopened.history.verify(), [], "write \(failingWrite)")
            XCTAssertEqual(try reopened.unrecordedChanges(), [], "write \(failingWrite)")
            let next = try FieldAssignment.parse("owner=Sedan \(failingWrite)")
            guard case .saved = try RegisterStore(folder: folder).setTouched([next], ofEntity: "kundservice", message: "n", author: "A") else {
                return XCTFail("write \(failingWrite): the next save must work")
            }
        }
    }

    func testADamagedIndexIsRebuiltAndNeverChangesWhatIsRecorded() throws {
        let folder = try saved()
        let full = try twin(folder)
        try Data("ropa-index 1 99999999999999999999\nskräp\n".utf8).write(to: URL(fileURLWithPath: "\(folder)/.ropa-index"))
        let assignment = try FieldAssignment.parse("owner=Ny ägare")
        guard case .saved = try RegisterStore(folder: folder).setTouched([assignment], ofEntity: "kundservice", message: "m", author: "A", time: time) else {
            return XCTFail("not saved")
        }
        _ = try fullSet(full, [assignment], "kundservice", message: "m")
        try assertSame(folder, full)
        let rebuilt = try FileIO.read("\(folder)/.ropa-index")
        XCTAssertNotNil(StatIndex.parse(rebuilt))
        XCTAssertEqual(StatIndex.parse(rebuilt)?.entries.count, try RegisterStore(folder: folder).readFiles().count)
    }

    /// A full save (import, review) and a full commit take the hashes of unchanged files from the index and
    /// record exactly what they record without one, hand edits included.
    func testFullSavesWithAVouchingIndexRecordWhatTheyRecordWithout() throws {
        let folder = try saved()
        let full = try twin(folder)
        for target in [folder, full] {
            let assignment = try FieldAssignment.parse("owner=Före")
            guard case .saved = try RegisterStore(folder: target).setTouched([assignment], ofEntity: "kundservice", message: "m", author: "A", time: time) else {
                return XCTFail("not saved")
            }
        }
        // The index vouches for every file (as it does for files older than a second).
        var index = try XCTUnwrap(StatIndex.parse(try FileIO.read("\(folder)/.ropa-index")))
        index.cutoff = Int64.max
        index.write(folder: folder)
        try FileManager.default.removeItem(atPath: "\(full)/.ropa-index")
        var results: [RegisterStore.SaveResult] = []
        for target in [folder, full] {
            let path = "\(target)/processors/molnleverantor.json"
            try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Moln Inc.", with: "Moln Nord Inc.")
                .write(toFile: path, atomically: false, encoding: .utf8)
            let store = try RegisterStore(folder: target)
            _ = try store.load()
            results.append(try XCTUnwrap(try store.commit(message: "hand", author: "A", time: time)))
            results.append(try XCTUnwrap(try RegisterStore(folder: target).edit(message: "n", author: "A", time: time) { register in
                register.activities[0].name = "Kundtjänst"
            }))
        }
        XCTAssertEqual(results[0].version.hash, results[2].version.hash)
        XCTAssertEqual(results[1].version.hash, results[3].version.hash)
        XCTAssertEqual(results[0].changedFiles, 1)
        try assertSame(folder, full)
    }

    /// Only files decoded completely on their own, at paths of the layout, take the touched-file path: a
    /// path from the history that leaves the register never does.
    func testOnlyEntityFilesAtLayoutPathsAreSavedAlone() {
        XCTAssertTrue(RegisterStore.isDecodedAlone("activities/kundservice.json"))
        XCTAssertTrue(RegisterStore.isDecodedAlone("organisation.json"))
        XCTAssertFalse(RegisterStore.isDecodedAlone("register.json"))
        XCTAssertFalse(RegisterStore.isDecodedAlone("reference/countries.json"))
        XCTAssertFalse(RegisterStore.isDecodedAlone("activities/../../utanfor.json"))
        XCTAssertFalse(RegisterStore.isDecodedAlone("activities/sub/x.json"))
        XCTAssertFalse(RegisterStore.isDecodedAlone("/etc/activities/x.json"))
    }
}
