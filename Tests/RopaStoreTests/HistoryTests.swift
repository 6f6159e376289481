import Foundation
import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

final class HistoryTests: SavedRegisterTestCase {
    func testEverySaveIsAVersionChainedToItsParent() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        var register = try store.load()
        register.activities[0].name = "Kundtjänst"
        let second = try XCTUnwrap(try store.save(register, message: "rename", author: "Alice"))
        XCTAssertEqual(second.version.number, 2)
        XCTAssertEqual(second.changedFiles, 1)
        let history = try RegisterStore(folder: folder).history
        XCTAssertEqual(history.versions.map(\.record.message), ["first", "rename"])
        XCTAssertEqual(history.versions[1].record.parents, [history.versions[0].hash])
        XCTAssertEqual(history.versions[1].record.author, "Alice")
        XCTAssertTrue(history.versions[1].record.time.hasSuffix("Z"))
        XCTAssertEqual(history.verify(), [])
    }

    func testSavingAnUnchangedRegisterWritesNoVersionAndIdenticalBytes() throws {
        let folder = try saved()
        let before = Fixtures.snapshot(folder)
        let store = try RegisterStore(folder: folder)
        XCTAssertNil(try store.save(try store.load(), message: "nothing", author: "A"))
        XCTAssertEqual(Fixtures.snapshot(folder), before)
    }

    func testHistoryGrowsWithTheChangeNotTheRegister() throws {
        var register = Fixtures.cleanRegister()
        // Random letters, so that the first version's pack stays large although packs are compressed.
        var random = SeededGenerator(seed: 7)
        for index in 0..<200 {
            let description = String((0..<500).map { _ in Character(UnicodeScalar(UInt8(97 + random.next() % 26))) })
            register.securityMeasures.append(SecurityMeasure(id: "atgard-\(index)", name: "Åtgärd \(index)", description: description))
        }
        let folder = try saved(register)
        let store = try RegisterStore(folder: folder)
        let sizeBefore = folderSize("\(folder)/history")
        for round in 0..<10 {
            register.activities[0].notes = "ändring \(round)"
            try store.save(register, message: "r\(round)", author: "A")
        }
        let growth = folderSize("\(folder)/history") - sizeBefore
        XCTAssertGreaterThan(sizeBefore, 100_000)
        XCTAssertLessThan(growth, 10 * 4_000, "ten one-field saves should add about ten small objects and records")
    }

    func testRestoreMakesAnOldStateTheNewHeadWithoutRewritingHistory() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        var register = try store.load()
        register.activities[0].retention[0].text = "60 dagar"
        try store.save(register, message: "shorter", author: "A")
        let restored = try XCTUnwrap(try store.restore("1", message: nil, author: "B"))
        XCTAssertEqual(restored.version.number, 3)
        XCTAssertEqual(restored.version.record.message, "Restore version 1")
        XCTAssertEqual(try RegisterStore(folder: folder).load(), Fixtures.cleanRegister())
        XCTAssertEqual(store.history.count, 3)
        XCTAssertEqual(try store.register(at: "2").activities[0].retention[0].text, "60 dagar")
        XCTAssertThrowsError(try store.restore("9", message: nil, author: "B"))
    }

    func testVersionsCanBeNamedByHashPrefix() throws {
        let folder = try saved()
        let history = try RegisterStore(folder: folder).history
        let hash = try XCTUnwrap(history.head)
        XCTAssertEqual(try history.resolve(String(hash.prefix(8))), hash)
        XCTAssertEqual(try history.resolve("1"), hash)
        XCTAssertThrowsError(try history.resolve("abc"))
    }

    func testDeletedEntityIsRecordedAndRestorable() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        var register = try store.load()
        register.securityMeasures = []
        register.activities[0].securityMeasureIds = []
        try store.save(register, message: "drop", author: "A")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(folder)/security-measures/behorighetsstyrning.json"))
        try store.restore("1", message: nil, author: "A")
        XCTAssertTrue(FileManager.default.fileExists(atPath: "\(folder)/security-measures/behorighetsstyrning.json"))
    }

    func testVerifyDetectsATamperedRecord() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        let hash = try XCTUnwrap(store.history.head)
        let path = store.history.recordPath(hash)
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"first\"", with: "\"forged\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try RegisterStore(folder: folder), "every command but verify refuses it")
        let problems = try History(folder: folder).verify()
        XCTAssertEqual(problems.count, 1)
        XCTAssertTrue(problems[0].contains("does not match its hash"), problems[0])
        let swedish = try History(folder: folder).verify(.sv)
        XCTAssertTrue(swedish[0].contains("innehållet stämmer inte med dess hash"), swedish[0])
    }

    func testVerifyDetectsATamperedObjectAndAMissingVersion() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        var register = try store.load()
        register.activities[0].owner = "Ny ägare"
        try store.save(register, message: "owner", author: "A")
        let first = store.history.versions[0]
        let object = try XCTUnwrap(first.record.changes["activities/kundservice.json"])
        // A letter of a purpose changed inside the first version's pack, where the text (said once in the
        // register) is stored as it is (LZ4 literals): the chunk still decodes, to different bytes.
        let packPath = store.history.packPath(first.hash)
        var pack = try XCTUnwrap(FileManager.default.contents(atPath: packPath))
        let data = try XCTUnwrap(pack.range(of: Data("\ndata\n".utf8))).upperBound
        let text = try XCTUnwrap(pack.range(of: Data("gningar".utf8), in: data..<pack.count)).lowerBound
        pack[text + 1] = UInt8(ascii: "N")
        try pack.write(to: URL(fileURLWithPath: packPath))
        // Later objects of the chunk that copy the changed letter are changed too.
        let problems = try RegisterStore(folder: folder).history.verify()
        XCTAssertTrue(problems.contains { $0.contains("version 1") && $0.contains("object \(object.prefix(12)) does not match its hash") }, "\(problems)")
        XCTAssertTrue(problems.allSatisfy { $0.hasPrefix("version 1 ") && $0.contains("does not match its hash") }, "\(problems)")
        try FileManager.default.removeItem(atPath: store.history.recordPath(first.hash))
        // Verify reports what every other command refuses.
        XCTAssertThrowsError(try RegisterStore(folder: folder))
        XCTAssertTrue(try RegisterStore(folder: folder, checkingHistory: false).history.verify().contains { $0.contains("parent") && $0.contains("missing") })
        XCTAssertTrue(try History(folder: folder).verify(.sv).contains { $0.contains("saknas i historiken") })
    }

    func testHandEditIsReportedAsUnrecorded() throws {
        let folder = try saved()
        let path = "\(folder)/activities/kundservice.json"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Kundservicechef", with: "Någon annan")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try RegisterStore(folder: folder).unrecordedChanges(), ["activities/kundservice.json"])
    }

    func testFilesAreOwnerOnly() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        var register = try store.load()
        register.activities[0].owner = "X"
        try store.save(register, message: "m", author: "A")
        for path in ["activities/kundservice.json", "history/versions", ".gitignore"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: "\(folder)/\(path)")
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
            XCTAssertEqual(mode & 0o077, 0, "\(path) is readable by others: \(String(mode, radix: 8))")
        }
    }

    private func folderSize(_ path: String) -> Int {
        Fixtures.snapshot(path).values.reduce(0) { $0 + $1.count }
    }
}

final class HistoryNumberingTests: XCTestCase {
    /// Saves number each new version next without numbering the others again; reading the history from
    /// disk gives the same numbers, order and heads.
    func testAppendingKeepsTheNumberingAFreshReadGives() throws {
        var register = Fixtures.cleanRegister()
        let folder = try Fixtures.savedRegister(register)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try RegisterStore(folder: folder)
        _ = try store.load()
        let numbering = store.history.numbering
        for round in 0..<5 {
            register.activities[0].notes = "ändring \(round)"
            try store.save(register, message: "r\(round)", author: "A", time: Date(timeIntervalSince1970: 1_700_000_000 - Double(round) * 86_400))
        }
        XCTAssertEqual(store.history.numbering, numbering, "each save was numbered next, not the whole history again")
        let fresh = try History(folder: folder)
        XCTAssertEqual(store.history.ordered, fresh.ordered)
        XCTAssertEqual(store.history.heads, fresh.heads)
        XCTAssertEqual(store.history.versions, fresh.versions)
    }
}
