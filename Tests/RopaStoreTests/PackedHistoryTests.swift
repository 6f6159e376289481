import Foundation
import RopaHash
import RopaJSON
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// Histories whose objects are in packs (one per version, compressed): every version reads back as saved,
/// registers with loose objects from before packs keep working, damage is reported, and merges and crashes
/// leave nothing unreadable.
final class PackedHistoryTests: SavedRegisterTestCase {
    private func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Several saves, each kept with the files it wrote: a fresh read of the history gives every version's
    /// files back byte for byte, from packs only.
    func testEveryVersionReadsBackAsSavedFromPacks() throws {
        var register = Fixtures.cleanRegister()
        let folder = try saved(register)
        let store = try RegisterStore(folder: folder)
        _ = try store.load()
        var expected: [String: RegisterFiles] = [try XCTUnwrap(store.history.head): try RegisterCodec.encode(register)]
        for round in 0..<6 {
            register.activities[0].notes = "ändring \(round)"
            if round % 2 == 0 { register.securityMeasures.append(SecurityMeasure(id: "atgard-\(round)", name: "Åtgärd \(round)")) }
            if round == 5 { register.securityMeasures.removeAll { $0.id == "atgard-0" } }
            let result = try XCTUnwrap(try store.save(register, message: "r\(round)", author: "A"))
            expected[result.version.hash] = try RegisterCodec.encode(register)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(folder)/\(RegisterLayout.objectsFolder)"), "saves write no loose objects")
        let history = try History(folder: folder)
        XCTAssertEqual(history.count, 7)
        XCTAssertEqual(names(in: "\(folder)/\(RegisterLayout.packsFolder)"), history.ordered.map { "\($0).pack" }.sorted())
        for (hash, files) in expected {
            XCTAssertEqual(try history.files(at: hash), files, "version \(history.version(hash)?.number ?? 0)")
            for (path, object) in try history.manifest(at: hash) {
                XCTAssertEqual(try history.object(object), files[path], path)
            }
        }
        XCTAssertEqual(history.verify(), [])
    }

    /// What a diff reads: exactly the files whose objects differ, as in each version, and so the same
    /// changes as comparing every file.
    func testDifferingFilesAreTheFilesThatDiffer() throws {
        var register = Fixtures.cleanRegister()
        let folder = try saved(register)
        let store = try RegisterStore(folder: folder)
        _ = try store.load()
        register.activities[0].notes = "ny"
        try store.save(register, message: "notes", author: "A")
        register.securityMeasures = []
        register.activities[0].securityMeasureIds = []
        try store.save(register, message: "drop", author: "A")
        let history = try History(folder: folder)
        let versions: [String?] = [nil] + history.ordered
        for from in versions {
            for to in history.ordered {
                let all = try from.map { try history.files(at: $0) } ?? [:]
                let target = try history.files(at: to)
                let differing = try history.differingFiles(from: from, to: to)
                XCTAssertEqual(differing.before, all.filter { target[$0.key] != $0.value })
                XCTAssertEqual(differing.after, target.filter { all[$0.key] != $0.value })
                XCTAssertEqual(StructuralDiff.changes(from: differing.before, to: differing.after), StructuralDiff.changes(from: all, to: target))
            }
        }
        XCTAssertEqual(try history.differingFiles(from: history.ordered[0], to: history.ordered[1]).after.keys.sorted(), ["activities/kundservice.json"])
    }

    /// A restore trusts the hashes of what it read because every object was checked as it was read: an
    /// object changed in its pack stops the restore, and no version records the changed bytes.
    func testARestoreOfAChangedObjectIsRefused() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        var register = try store.load()
        register.activities[0].owner = "Ny ägare"
        try store.save(register, message: "owner", author: "A")
        let path = store.history.packPath(store.history.ordered[0])
        var pack = try XCTUnwrap(FileManager.default.contents(atPath: path))
        let data = try XCTUnwrap(pack.range(of: Data("\ndata\n".utf8))).upperBound
        let text = try XCTUnwrap(pack.range(of: Data("gningar".utf8), in: data..<pack.count)).lowerBound
        pack[text + 1] = UInt8(ascii: "N")
        try pack.write(to: URL(fileURLWithPath: path))
        let reopened = try RegisterStore(folder: folder)
        _ = try reopened.load()
        XCTAssertThrowsError(try reopened.restore("1", message: nil, author: "A")) { error in
            XCTAssertTrue("\(error)".contains("does not match its hash"), "\(error)")
        }
        XCTAssertEqual(try History(folder: folder).count, 2)
    }

    /// A pack holds only what its version introduced: a restore brings back stored objects and writes no pack.
    func testARestoreWritesNoPackAndPacksHoldOnlyNewObjects() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        var register = try store.load()
        register.activities[0].owner = "Ny ägare"
        let second = try XCTUnwrap(try store.save(register, message: "owner", author: "A"))
        let pack = try PackFile.read(store.history.packPath(second.version.hash))
        XCTAssertEqual(Set(pack.order), Set(second.version.record.changes.values))
        XCTAssertEqual(pack.count, 1)
        let restored = try XCTUnwrap(try store.restore("1", message: nil, author: "A"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: store.history.packPath(restored.version.hash)))
        XCTAssertEqual(try RegisterStore(folder: folder).load(), Fixtures.cleanRegister())
        XCTAssertEqual(try History(folder: folder).verify(), [])
    }

    /// A register from before packs (the seed registers keep loose objects) reads as before, and its new
    /// versions go into packs beside the loose objects, which are left as they are.
    func testLooseObjectsFromBeforePacksAndNewPacksReadTogether() throws {
        let folder = try Fixtures.temporaryFolder()
        folders.append(folder)
        try FileManager.default.removeItem(atPath: folder)
        try FileManager.default.copyItem(atPath: "\(Fixtures.repositoryRoot)/Data/ist-group", toPath: folder)
        let looseBefore = Fixtures.snapshot("\(folder)/\(RegisterLayout.objectsFolder)")
        XCTAssertFalse(looseBefore.isEmpty)
        // The seed's first version is loose objects; the legal review's corrections (version 2) are a pack.
        let packsBefore = names(in: "\(folder)/\(RegisterLayout.packsFolder)").count
        let first = try RegisterStore(folder: folder).register(at: "1")

        let store = try RegisterStore(folder: folder)
        let versionsBefore = store.history.count
        var register = try store.load()
        register.activities[0].notes = "Ny anteckning"
        try store.save(register, message: "packed 1", author: "A")
        register.securityMeasures.append(SecurityMeasure(id: "kryptering-i-vila", name: "Kryptering i vila"))
        try store.save(register, message: "packed 2", author: "A")

        XCTAssertEqual(Fixtures.snapshot("\(folder)/\(RegisterLayout.objectsFolder)"), looseBefore, "loose objects are neither moved nor added to")
        XCTAssertEqual(names(in: "\(folder)/\(RegisterLayout.packsFolder)").count, packsBefore + 2)
        let reopened = try RegisterStore(folder: folder)
        XCTAssertEqual(reopened.history.count, versionsBefore + 2)
        XCTAssertEqual(try reopened.register(at: "1"), first)
        XCTAssertEqual(try reopened.history.files(at: try reopened.history.resolve("\(versionsBefore + 2)")), try RegisterCodec.encode(register))
        XCTAssertEqual(reopened.history.verify(), [])
        XCTAssertEqual(try reopened.unrecordedChanges(), [])
        // A restore of the first version reads loose objects only, and records them without a pack.
        try reopened.restore("1", message: nil, author: "A")
        XCTAssertEqual(try RegisterStore(folder: folder).load(), first)
        XCTAssertEqual(names(in: "\(folder)/\(RegisterLayout.packsFolder)").count, packsBefore + 2)
    }

    /// One changed byte inside a pack's compressed data or its header: `verify` names the pack, in English
    /// and Swedish, and reading the version fails with the same error instead of returning wrong files.
    func testVerifyReportsAChangedPackByte() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        let first = try XCTUnwrap(store.history.head)
        let path = store.history.packPath(first)
        let original = try XCTUnwrap(FileManager.default.contents(atPath: path))
        let dataStart = try XCTUnwrap(original.range(of: Data("\ndata\n".utf8))).upperBound

        var random = SeededGenerator(seed: 5)
        var reported = 0
        for _ in 0..<40 {
            var damaged = original
            let position = dataStart + Int(random.next() % UInt64(original.count - dataStart))
            damaged[position] ^= UInt8(1 + random.next() % 255)
            try damaged.write(to: URL(fileURLWithPath: path))
            let history = try History(folder: folder)
            let problems = history.verify()
            XCTAssertFalse(problems.isEmpty, "byte \(position) changed without notice")
            guard let problem = problems.first else { continue }
            XCTAssertTrue(problem.contains("version 1"), problem)
            XCTAssertTrue(problem.contains("does not match its hash") || problem.contains("\(first).pack: history: chunk 0 of the pack is damaged"), problem)
            let swedish = history.verify(.sv).first ?? ""
            XCTAssertTrue(swedish.contains("stämmer inte med sin hash") || swedish.contains("block 0 i paketet är skadat"), swedish)
            XCTAssertThrowsError(try history.files(at: first)) { error in
                XCTAssertTrue(error is StoreError, "\(error)")
            }
            reported += 1
        }
        XCTAssertEqual(reported, 40)

        var header = original
        header[try XCTUnwrap(original.range(of: Data("\nchunks ".utf8))).lowerBound + 8] = UInt8(ascii: "9")
        try header.write(to: URL(fileURLWithPath: path))
        let problems = try History(folder: folder).verify()
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems[0].contains("header is damaged"), problems[0])
        XCTAssertTrue(try History(folder: folder).verify(.sv)[0].contains("paketets huvud är skadat"))

        try FileManager.default.removeItem(atPath: path)
        XCTAssertTrue(try History(folder: folder).verify().contains { $0.contains("missing object") })
    }

    /// Damaged or hostile packs, parsed and read: every one ends in a `StoreError`, never a crash.
    func testDamagedPacksAreRefusedWithAnError() throws {
        let objects: [(hash: String, bytes: [UInt8])] = (0..<30).map { index in
            let bytes = Array("{\n  \"id\": \"aktivitet-\(index)\",\n  \"name\": \"Aktivitet \(index)\"\n}\n".utf8)
            return (SHA256.hex(bytes), bytes)
        }
        let pack = try PackWriter.encode(objects, path: "p")
        XCTAssertEqual(try PackFile(bytes: pack, path: "p").count, 30)
        var random = SeededGenerator(seed: 11)
        for _ in 0..<2_000 {
            var damaged = pack
            for _ in 0...Int(random.next() % 3) {
                damaged[Int(random.next() % UInt64(damaged.count))] = UInt8(truncatingIfNeeded: random.next())
            }
            if random.next() % 6 == 0 { damaged.removeLast(Int(random.next() % UInt64(damaged.count))) }
            do {
                let parsed = try PackFile(bytes: damaged, path: "p")
                for hash in parsed.order { _ = try parsed.object(hash) }
            } catch {
                XCTAssertTrue(error is StoreError, "\(error)")
            }
        }
        for text in ["", "ropa-pack", "ropa-pack 2\n", "ropa-pack 1\nobjects 99999999999999\n", "zip\n",
                     "ropa-pack 1\nobjects 0\nchunks 1\n5 99999999999\ndata\nabcde"] {
            XCTAssertThrowsError(try PackFile(bytes: Array(text.utf8), path: "p"), text) { error in
                XCTAssertTrue(error is StoreError, "\(error)")
            }
        }
        XCTAssertThrowsError(try PackFile(bytes: Array("ropa-pack 2\n".utf8), path: "p")) { error in
            XCTAssertTrue("\(error)".contains("pack format 2 is newer"), "\(error)")
        }
    }

    /// The check after compressing: a compressor that loses a byte fails the save before anything is written.
    func testAPackThatDoesNotReadBackIsNeverWritten() throws {
        let bytes = Array("{\n  \"id\": \"x\"\n}\n".utf8)
        let objects = [(hash: SHA256.hex(bytes), bytes: bytes)]
        XCTAssertThrowsError(try PackWriter.encode(objects, path: "p/x.pack") { LZ4Block.compress(Array($0.dropLast())) }) { error in
            XCTAssertEqual(error as? StoreError, .history(path: "p/x.pack", problem: LocalizedText(.packCompressionCheckFailed)))
            XCTAssertTrue((error as? StoreError)?.description(.sv).contains("inget skrevs") ?? false)
        }
        XCTAssertThrowsError(try PackWriter.encode(objects, path: "p/x.pack") { block in
            var changed = LZ4Block.compress(block)
            changed[changed.count - 2] ^= 1
            return changed
        })
    }

    /// Many objects, many chunks: objects larger than a chunk get a chunk of their own, and every object
    /// reads back through a chunk of its own.
    func testLargePacksSpreadObjectsOverChunks() throws {
        var random = SeededGenerator(seed: 3)
        var objects: [(hash: String, bytes: [UInt8])] = []
        for index in 0..<400 {
            let size = index % 50 == 0 ? 100_000 : Int(random.next() % 3_000)
            let bytes = (0..<size).map { _ in UInt8(97 + random.next() % 8) }
            objects.append((SHA256.hex(bytes), bytes))
        }
        let pack = try PackFile(bytes: try PackWriter.encode(objects, path: "p"), path: "p")
        XCTAssertGreaterThan(pack.chunks.count, 15)
        XCTAssertTrue(pack.chunks.allSatisfy { $0.decodedSize <= PackWriter.chunkTarget || $0.decodedSize == 100_000 })
        for (hash, bytes) in objects { XCTAssertEqual(try pack.object(hash), bytes) }
    }

    /// Two copies of a register each save (as on two git branches); their folders merged by copying files
    /// (what git does: every history file is new on one side) read everything, and the merge saves.
    func testCopiesMergedByCopyingFilesReadEverything() throws {
        var base = Fixtures.cleanRegister()
        var second = base.activities[0]
        second.id = "nyhetsbrev"
        second.name = "Nyhetsbrev"
        base.activities.append(second)
        let alice = try saved(base)
        let bob = try Fixtures.temporaryFolder()
        folders.append(bob)
        try FileManager.default.removeItem(atPath: bob)
        try FileManager.default.copyItem(atPath: alice, toPath: bob)

        let aliceStore = try RegisterStore(folder: alice)
        var aliceRegister = try aliceStore.load()
        aliceRegister.activities[0].name = "Kundtjänst"
        let aliceVersion = try XCTUnwrap(try aliceStore.save(aliceRegister, message: "Alice", author: "Alice")).version.hash
        let bobStore = try RegisterStore(folder: bob)
        var bobRegister = try bobStore.load()
        bobRegister.activities[1].owner = "Marknadschef"
        bobRegister.securityMeasures.append(SecurityMeasure(id: "loggning", name: "Loggning"))
        let bobVersion = try XCTUnwrap(try bobStore.save(bobRegister, message: "Bob", author: "Bob")).version.hash

        // Bob's history files go to Alice's folder; none of them exists there already.
        for relative in [RegisterLayout.versionsFolder, RegisterLayout.packsFolder] {
            for name in names(in: "\(bob)/\(relative)") where !FileManager.default.fileExists(atPath: "\(alice)/\(relative)/\(name)") {
                try FileManager.default.copyItem(atPath: "\(bob)/\(relative)/\(name)", toPath: "\(alice)/\(relative)/\(name)")
            }
        }
        XCTAssertEqual(names(in: "\(alice)/\(RegisterLayout.packsFolder)").count, 3)
        // The working files as a merge would leave them: Alice's activity and Bob's changes.
        for path in ["activities/nyhetsbrev.json", "security-measures/loggning.json"] {
            try? FileManager.default.removeItem(atPath: "\(alice)/\(path)")
            try FileManager.default.copyItem(atPath: "\(bob)/\(path)", toPath: "\(alice)/\(path)")
        }

        let merged = try RegisterStore(folder: alice)
        XCTAssertEqual(Set(merged.history.heads), [aliceVersion, bobVersion])
        XCTAssertEqual(try merged.register(at: bobVersion), bobRegister)
        XCTAssertEqual(try merged.register(at: aliceVersion), aliceRegister)
        let register = try merged.load()
        XCTAssertEqual(register.activity("kundservice")?.name, "Kundtjänst")
        XCTAssertEqual(register.activity("nyhetsbrev")?.owner, "Marknadschef")
        let merge = try XCTUnwrap(try merged.save(register, message: "Merge", author: "Bob"))
        XCTAssertEqual(merge.version.record.parents.count, 2)
        let history = try History(folder: alice)
        XCTAssertEqual(history.verify(), [])
        XCTAssertEqual(try RegisterCodec.decode(try history.files(at: merge.version.hash), folder: alice), register)
    }

    /// The pack is written, then the save fails before its record: the failure is rolled back (no orphan pack,
    /// no journal), the register stays at the old version, and the next save works.
    func testAFailureBeforeTheRecordIsRolledBackWithItsPack() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder)
        let old = try store.load()
        var new = old
        new.activities[0].owner = "Efter kraschen"
        try FileIO.$writing.withValue(FailingWrites.failing(with: ENOSPC) { $0.contains("/\(RegisterLayout.versionsFolder)/") }) {
            XCTAssertThrowsError(try store.save(new, message: "lost", author: "A"))
        }
        XCTAssertEqual(names(in: "\(folder)/\(RegisterLayout.packsFolder)").count, 1, "the failed save's pack was removed")

        let reopened = try RegisterStore(folder: folder)
        XCTAssertEqual(try reopened.load(), old)
        XCTAssertEqual(reopened.history.count, 1)
        XCTAssertEqual(reopened.history.verify(), [])
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(folder)/\(RegisterLayout.journalFile)"))
        // What a save killed while writing its pack would leave: the next save clears it.
        let leftover = "\(folder)/\(RegisterLayout.historyFolder)/.\(String(repeating: "c", count: 64)).pack.tmp-99999"
        try Data("ropa-pack 1\nobj".utf8).write(to: URL(fileURLWithPath: leftover))
        new.activities[0].owner = "Nästa"
        let next = try XCTUnwrap(try reopened.save(new, message: "next", author: "A"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: leftover))
        XCTAssertEqual(try History(folder: folder).files(at: next.version.hash), try RegisterCodec.encode(new))
        XCTAssertEqual(try History(folder: folder).verify(), [])
        XCTAssertEqual(names(in: "\(folder)/\(RegisterLayout.packsFolder)").count, 2)
    }
}
