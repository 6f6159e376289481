import Foundation
import RopaJSON
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// `.ropa-history`: the versions' order, labels and heads, so that `log -n` reads only the records it shows;
/// trusted for speed only, and only for the versions folder it was written for.
final class HistoryIndexTests: SavedRegisterTestCase {
    private let start = Date(timeIntervalSince1970: 1_900_000_000)

    /// A register with `count` versions, each changing the first activity's owner.
    private func register(versions count: Int) throws -> String {
        let folder = try saved(time: start)
        for number in 2...max(2, count) where number <= count {
            try RegisterStore(folder: folder).edit(message: "v\(number)", author: "A", time: start.addingTimeInterval(Double(number))) {
                $0.activities[0].owner = "Ägare \(number)"
            }
        }
        return folder
    }

    private func indexPath(_ folder: String) -> String { "\(folder)/\(RegisterLayout.historyIndexFile)" }

    /// What the whole history lists, newest first: the reference `newest` must agree with.
    private func fullList(_ folder: String) throws -> [Version] {
        try History(folder: folder).versions.reversed()
    }

    func testTheNewestVersionsAreThoseTheWholeHistoryListsAndTheIndexIsWritten() throws {
        let folder = try register(versions: 6)
        XCTAssertEqual(FileIO.entryKind(indexPath(folder)), .missing)
        let first = try History.newest(3, folder: folder)
        XCTAssertEqual(first.versions, Array(try fullList(folder).prefix(3)))
        XCTAssertEqual(first.versions.map(\.label), ["6", "5", "4"])
        XCTAssertEqual(first.count, 6)
        XCTAssertEqual(FileIO.entryKind(indexPath(folder)), .file, "written after the whole history was read")
        let second = try History.newest(3, folder: folder)
        XCTAssertEqual(second, first)
        XCTAssertEqual(try History.newest(100, folder: folder).versions, try fullList(folder))
    }

    func testWithTheIndexOnlyTheRecordsShownAreRead() throws {
        let folder = try register(versions: 5)
        _ = try History.newest(2, folder: folder)
        // The oldest record made unreadable in place (same name): the whole history is refused, but the two
        // newest are listed from the index without reading it. `ropa verify` reads every record and says so.
        let history = try History(folder: folder)
        let oldest = try XCTUnwrap(history.versions.first?.hash)
        try Data("{ broken".utf8).write(to: URL(fileURLWithPath: history.recordPath(oldest)))
        XCTAssertThrowsError(try RegisterStore(folder: folder))
        XCTAssertEqual(try History.newest(2, folder: folder).versions.map(\.label), ["5", "4"])
        XCTAssertThrowsError(try History(folder: folder))
    }

    func testARecordShownIsCheckedAgainstItsName() throws {
        let folder = try register(versions: 3)
        _ = try History.newest(2, folder: folder)
        let history = try History(folder: folder)
        let head = try XCTUnwrap(history.head)
        let path = history.recordPath(head)
        let forged = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"v3\"", with: "\"forged\"")
        try Data(forged.utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try History.newest(2, folder: folder)) { error in
            XCTAssertTrue("\(error)".contains(head), "the whole history is read and refused: \(error)")
        }
    }

    func testSavesAfterTheIndexAreAddedWithoutReadingTheRest() throws {
        let folder = try register(versions: 3)
        _ = try History.newest(1, folder: folder)
        for number in 4...5 {
            try RegisterStore(folder: folder).edit(message: "v\(number)", author: "A", time: start.addingTimeInterval(Double(number))) {
                $0.activities[0].owner = "Ägare \(number)"
            }
        }
        let oldest = try XCTUnwrap(try History(folder: folder).versions.first?.hash)
        let reference = try fullList(folder)
        try Data("{ broken".utf8).write(to: URL(fileURLWithPath: try History(folder: folder).recordPath(oldest)))
        let newest = try History.newest(3, folder: folder)
        XCTAssertEqual(newest.versions, Array(reference.prefix(3)))
        XCTAssertEqual(newest.heads, [reference[0].hash])
        XCTAssertEqual(HistoryIndex.read(folder: folder)?.entries.count, 5, "brought up to date")
    }

    func testTwoBranchesMergedInAreNumberedAsTheWholeHistoryNumbersThem() throws {
        let folder = try register(versions: 2)
        let other = try Fixtures.temporaryFolder()
        try FileManager.default.removeItem(atPath: other)
        try FileManager.default.copyItem(atPath: folder, toPath: other)
        folders.append(other)
        _ = try History.newest(2, folder: folder)
        try RegisterStore(folder: folder).edit(message: "mine", author: "A", time: start.addingTimeInterval(10)) { $0.activities[0].owner = "Min" }
        try RegisterStore(folder: other).edit(message: "theirs", author: "B", time: start.addingTimeInterval(11)) { $0.activities[0].notes = "Deras" }
        // As a git merge brings them: the other branch's record and pack.
        let theirs = try XCTUnwrap(try History(folder: other).head)
        for relative in ["history/versions/\(theirs).json", "history/packs/\(theirs).pack"] where FileIO.entryKind("\(other)/\(relative)") == .file {
            try FileManager.default.copyItem(atPath: "\(other)/\(relative)", toPath: "\(folder)/\(relative)")
        }
        let reference = try fullList(folder)
        let newest = try History.newest(3, folder: folder)
        XCTAssertEqual(newest.versions, Array(reference.prefix(3)))
        XCTAssertEqual(newest.versions.map(\.label).filter { $0.hasPrefix("3·") }.count, 2, "two versions 3, each with its hash")
        XCTAssertEqual(newest.heads.count, 2)
        XCTAssertEqual(try History.newest(3, folder: folder), newest, "and the same from the rewritten index")
    }

    func testAnIndexOfAnotherFolderOrDamagedIsNotUsed() throws {
        let folder = try register(versions: 4)
        _ = try History.newest(4, folder: folder)
        var index = try XCTUnwrap(HistoryIndex.read(folder: folder))
        // Forged: the order turned around, with a correct checksum.
        index.entries.reverse()
        let copy = try Fixtures.temporaryFolder()
        try FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: folder, toPath: copy)
        folders.append(copy)
        index.write(folder: copy)
        XCTAssertEqual(try History.newest(4, folder: copy).versions, try fullList(copy), "another versions folder: read whole")
        index.write(folder: folder)
        var bytes = try FileIO.read(indexPath(folder))
        bytes[bytes.count / 2] ^= 1
        try Data(bytes).write(to: URL(fileURLWithPath: indexPath(folder)))
        XCTAssertEqual(try History.newest(4, folder: folder).versions, try fullList(folder), "damaged: read whole")
        XCTAssertEqual(HistoryIndex.read(folder: folder)?.entries.map(\.hash), try fullList(folder).reversed().map(\.hash), "and rewritten")
    }

    func testARecordRemovedOrAddedByHandIsNoticed() throws {
        let folder = try register(versions: 3)
        _ = try History.newest(3, folder: folder)
        let history = try History(folder: folder)
        try FileManager.default.removeItem(atPath: history.recordPath(try XCTUnwrap(history.versions.first?.hash)))
        XCTAssertThrowsError(try History.newest(1, folder: folder), "a missing parent: the whole history is read and refused")
    }

    func testASavedRegisterIgnoresTheIndexInGitAndAnOldGitignoreIsUpdated() throws {
        let folder = try register(versions: 1)
        let ignored = try String(contentsOfFile: "\(folder)/.gitignore", encoding: .utf8)
        XCTAssertTrue(ignored.split(separator: "\n").contains(".ropa-history"), ignored)
        let old = RegisterLayout.earlierGitignoreContents[0]
        try Data(old.utf8).write(to: URL(fileURLWithPath: "\(folder)/.gitignore"))
        try RegisterStore(folder: folder).edit(message: "m", author: "A", time: start.addingTimeInterval(5)) { $0.activities[0].owner = "Ny" }
        XCTAssertEqual(try String(contentsOfFile: "\(folder)/.gitignore", encoding: .utf8), RegisterLayout.gitignoreContent)
        let own = "# mine\n*.bak\n"
        try Data(own.utf8).write(to: URL(fileURLWithPath: "\(folder)/.gitignore"))
        try RegisterStore(folder: folder).edit(message: "m2", author: "A", time: start.addingTimeInterval(6)) { $0.activities[0].owner = "Nyare" }
        XCTAssertEqual(try String(contentsOfFile: "\(folder)/.gitignore", encoding: .utf8), own, "the user's own is kept")
    }
}
