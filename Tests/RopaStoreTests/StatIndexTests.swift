import Foundation
import RopaHash
import RopaJSON
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// `.ropa-index`: stat data beside each file's hash, trusted for speed only.
final class StatIndexTests: SavedRegisterTestCase {
    private let activity = "activities/kundservice.json"
    private let forged = String(repeating: "f", count: 64)

    private func stat(_ size: Int64, modified: Int64 = 10, changed: Int64 = 10, inode: UInt64 = 7) -> StatIndex.Stat {
        StatIndex.Stat(size: size, modified: modified, changed: changed, inode: inode)
    }

    func testTheIndexReadsBackAsWritten() throws {
        let index = StatIndex(entries: ["register.json": .init(stat: stat(120), hash: String(repeating: "a", count: 64)),
                                        "activities/å ä.json": .init(stat: stat(9, modified: -3, changed: 4, inode: UInt64.max), hash: forged)],
                              cutoff: 1_700_000_000_000_000_000)
        XCTAssertEqual(StatIndex.parse(index.bytes()), index)
    }

    func testADamagedIndexIsAnEmptyOne() throws {
        let index = StatIndex(entries: [activity: .init(stat: stat(120), hash: forged)], cutoff: 50)
        var bytes = index.bytes()
        XCTAssertNotNil(StatIndex.parse(bytes))
        bytes[20] ^= 0x01
        XCTAssertNil(StatIndex.parse(bytes), "a changed byte")
        XCTAssertNil(StatIndex.parse(Array(index.bytes().dropLast(10))), "a torn write")
        XCTAssertNil(StatIndex.parse(Array("ropa-index 3 50\n".utf8)), "another format")
        XCTAssertNil(StatIndex.parse([]), "empty")

        let folder = try saved()
        try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/.ropa-index"))
        XCTAssertEqual(StatIndex.read(folder: folder), StatIndex())
    }

    func testAnEntryVouchesOnlyForTheSameStatDataSeenBeforeTheCutoff() {
        let index = StatIndex(entries: [activity: .init(stat: stat(120), hash: forged)], cutoff: 11)
        XCTAssertEqual(index.hash(of: activity, stat: stat(120)), forged)
        XCTAssertNil(index.hash(of: activity, stat: stat(121)), "size")
        XCTAssertNil(index.hash(of: activity, stat: stat(120, modified: 9)), "modification time")
        XCTAssertNil(index.hash(of: activity, stat: stat(120, changed: 9)), "change time")
        XCTAssertNil(index.hash(of: activity, stat: stat(120, inode: 8)), "inode")
        XCTAssertNil(index.hash(of: "activities/annan.json", stat: stat(120)), "another path")
        // Modified in the tick the index looked at the file: it may have changed again unseen (racy git).
        let racy = StatIndex(entries: index.entries, cutoff: 10)
        XCTAssertNil(racy.hash(of: activity, stat: stat(120)))
    }

    /// An index whose stat data match is believed without reading the file: a forged hash shows through.
    /// Any change of the file's stat data (even with its old size and time put back) makes it read again.
    func testAScanReadsOnlyFilesWhoseStatDataMoved() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        let head = try store.history.manifest(at: try XCTUnwrap(store.history.head))
        let scanned = try store.scanWorkingTree(head: try XCTUnwrap(store.history.head), files: head, known: StatIndex.read(folder: folder))
        XCTAssertEqual(scanned.hashes, head, "a first scan hashes every file")
        XCTAssertEqual(scanned.differing, [])
        XCTAssertTrue(scanned.indexChanged)

        var trusting = scanned.index
        trusting.cutoff = Int64.max
        trusting.entries[activity] = StatIndex.Entry(stat: try XCTUnwrap(trusting.entries[activity]).stat, hash: forged)
        // With a forged entry the entries are no longer the head's files.
        trusting.head = nil
        trusting.write(folder: folder)
        let believed = try store.scanWorkingTree(head: try XCTUnwrap(store.history.head), files: head, known: StatIndex.read(folder: folder))
        XCTAssertEqual(believed.hashes[activity], forged)
        XCTAssertEqual(believed.differing, [activity])
        XCTAssertFalse(believed.indexChanged, "nothing was read")
        XCTAssertNil(believed.read[activity])

        // Same size and modification time, other content: the change time gives it away.
        let path = "\(folder)/\(activity)"
        var info = Glibc.stat()
        XCTAssertEqual(lstat(path, &info), 0)
        var bytes = try FileIO.read(path)
        let original = bytes
        bytes[bytes.count - 3] = bytes[bytes.count - 3] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var times = [info.st_atim, info.st_mtim]
        XCTAssertEqual(utimensat(AT_FDCWD, path, &times, 0), 0)
        let reread = try store.scanWorkingTree(head: try XCTUnwrap(store.history.head), files: head, known: StatIndex.read(folder: folder))
        XCTAssertEqual(reread.hashes[activity], SHA256.hex(bytes))
        XCTAssertEqual(reread.differing, [activity])
        XCTAssertNotEqual(SHA256.hex(bytes), SHA256.hex(original))
    }

    func testAnIndexNewerThanItsFilesIsNotBelievedForFilesModifiedAtItsCutoff() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        let head = try store.history.manifest(at: try XCTUnwrap(store.history.head))
        var racy = try store.scanWorkingTree(head: try XCTUnwrap(store.history.head), files: head, known: StatIndex.read(folder: folder)).index
        racy.cutoff = 0
        racy.entries[activity] = StatIndex.Entry(stat: try XCTUnwrap(racy.entries[activity]).stat, hash: forged)
        racy.write(folder: folder)
        XCTAssertEqual(try store.scanWorkingTree(head: try XCTUnwrap(store.history.head), files: head, known: StatIndex.read(folder: folder)).hashes[activity], head[activity])
    }

    func testTheIndexIsKeptOutOfGit() throws {
        let folder = try saved()
        let ignored = try String(contentsOfFile: "\(folder)/.gitignore", encoding: .utf8)
        XCTAssertTrue(ignored.split(separator: "\n").contains(".ropa-index"), ignored)
    }
}
