import Foundation
import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// A save reuses the bytes of entities it has read or written before, and a save right after a save
/// records only what differs: the versions and files must be exactly those a fresh store would write.
final class IncrementalSaveTests: SavedRegisterTestCase {
    /// The tracked files on disk, and the head's files in the history, are the canonical encoding.
    private func assertMatchesEncoding(_ register: Register, _ folder: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try RegisterCodec.encode(register)
        let store = try RegisterStore(folder: folder)
        XCTAssertEqual(try store.readFiles(), expected, file: file, line: line)
        let head = try XCTUnwrap(store.history.head, file: file, line: line)
        XCTAssertEqual(try store.history.files(at: head), expected, file: file, line: line)
        XCTAssertEqual(store.history.verify(), [], file: file, line: line)
    }

    func testSavesAfterSavesRecordWhatAFreshStoreRecords() throws {
        var register = Fixtures.cleanRegister()
        // Both first versions at one time: on a loaded machine the two saves can fall in different seconds.
        let start = Date(timeIntervalSince1970: 1_799_999_000)
        let kept = try saved(register, time: start)
        let fresh = try saved(register, time: start)
        let store = try RegisterStore(folder: kept)
        _ = try store.load()
        var steps: [(String, (inout Register) -> Void)] = [
            ("rename", { $0.activities[0].name = "Kundtjänst" }),
            ("add", { $0.activities.append(Activity(id: "ny", name: "Ny behandling", status: .draft)) }),
            ("move", { $0.activities.reverse() }),
            ("edit two kinds", { $0.activities[1].notes = "x"; $0.processors[0].service = "Drift" }),
            ("settings", { $0.settings.dueSoonDays = 45 }),
            ("organisation", { $0.organisation.notes = "Ny" }),
            ("reference data", { $0.countryList = CountryList(asOf: "2026-01-01", source: "test", countries: [Country(code: "SE", name: "Sweden", eea: true)]) }),
            ("no reference data", { $0.countryList = nil }),
            ("remove", { $0.activities.removeAll { $0.id == "ny" } }),
            ("remove a measure", { $0.securityMeasures = [] }),
        ]
        steps.append(("nothing", { _ in }))
        for (message, change) in steps {
            change(&register)
            let incremental = try store.save(register, message: message, author: "A", time: Date(timeIntervalSince1970: 1_800_000_000))
            let freshStore = try RegisterStore(folder: fresh)
            _ = try freshStore.load()
            let full = try freshStore.save(register, message: message, author: "A", time: Date(timeIntervalSince1970: 1_800_000_000))
            XCTAssertEqual(incremental?.version.hash, full?.version.hash, message)
            XCTAssertEqual(incremental?.changedFiles, full?.changedFiles, message)
            try assertMatchesEncoding(register, kept)
            XCTAssertEqual(Fixtures.snapshot(kept), Fixtures.snapshot(fresh), message)
        }
    }

    func testDuplicateIdsAreSavedAsBefore() throws {
        var register = Fixtures.cleanRegister()
        let folder = try saved(register)
        let store = try RegisterStore(folder: folder)
        _ = try store.load()
        var copy = register.activities[0]
        copy.notes = "the second of two"
        register.activities.append(copy)
        try store.save(register, message: "duplicate", author: "A")
        register.activities[1].notes = "changed again"
        try store.save(register, message: "again", author: "A")
        XCTAssertEqual(try RegisterStore(folder: folder).readFiles(), try RegisterCodec.encode(register))
    }

    /// A hand edit that only changed the form of a file: `commit` records nothing and makes it canonical again.
    func testAFileThatIsNotCanonicalIsRewrittenByCommit() throws {
        let register = Fixtures.cleanRegister()
        let folder = try saved(register)
        let path = "\(folder)/activities/\(register.activities[0].id).json"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "\n  \"dataSources\": [],", with: "").replacingOccurrences(of: "\": ", with: "\" : ")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let store = try RegisterStore(folder: folder)
        let loaded = try store.load()
        XCTAssertEqual(loaded, register)
        XCTAssertNil(try store.commit(message: "same", author: "A"), "only the form changed: no version")
        try assertMatchesEncoding(register, folder)
    }

    /// A save refuses an edit made outside ropa (it would fold it into its own version); `commit` records it.
    func testAnEditMadeOutsideRopaIsRefusedBySaveAndRecordedByCommit() throws {
        let register = Fixtures.cleanRegister()
        let folder = try saved(register)
        let path = "\(folder)/activities/\(register.activities[0].id).json"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Kundservice och kontakt", with: "Kundtjänst")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let store = try RegisterStore(folder: folder)
        let loaded = try store.load()
        XCTAssertThrowsError(try store.save(loaded, message: "folds the hand edit", author: "A")) { error in
            guard case .unrecordedChanges(_, let files)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(files, ["activities/kundservice.json"])
            XCTAssertTrue("\(error)".contains("ropa commit"), "\(error)")
        }
        let result = try XCTUnwrap(try store.commit(message: "record the hand edit", author: "A"))
        XCTAssertEqual(result.changedFiles, 1)
        try assertMatchesEncoding(loaded, folder)
    }
}
