import Foundation
import RopaHash
import RopaJSON
import RopaModel
#if canImport(Glibc)
import Glibc
#endif

/// `.ropa-history`: the versions of the register in their order, each with its label, and the heads, as
/// they were last found by reading every record. `ropa log -n 20` then reads the twenty records it shows,
/// not the ten thousand of a long history (the order and the numbers depend on every record's parents).
///
/// Local to one machine (ignored by git) and trusted for speed only, like `.ropa-index`. It answers only
/// for the versions folder it was written for: that folder's inode (a clone, a copy or a file that came
/// with the register never matches) and exactly the records it holds then (their number and a sum of
/// their names; a record's name is the hash of its content, so the same names are the same records).
/// Anything else (missing, damaged, another folder, a record added by a save or a git pull) and the index
/// is brought up to date from the new records, or the history is read whole. Every record shown is still
/// read and checked against its name; `verify` checks them all.
struct HistoryIndex: Equatable {
    struct Entry: Equatable {
        let hash: String
        let label: String

        /// The version's number: the label up to its short hash (`2·a6c5` → 2).
        var number: Int? { Int(label.prefix { $0 != "·" }) }
    }

    /// The count of the record names in a versions folder and two sums of their hex digits: what tells a
    /// folder of other records from the one the index was written for, without a set of ten thousand names.
    struct NameSum: Equatable {
        var count = 0
        var high: UInt64 = 0
        var low: UInt64 = 0

        /// Adds a name: 64 lower-case hex digits (checked by the caller).
        mutating func add(_ name: UnsafeRawBufferPointer) {
            var high: UInt64 = 0, low: UInt64 = 0
            for position in 0..<16 { high = high << 4 | HistoryIndex.hexValue(name[position]) }
            for position in 16..<32 { low = low << 4 | HistoryIndex.hexValue(name[position]) }
            count += 1
            self.high &+= high
            self.low &+= low
        }

        mutating func add(_ hash: String) {
            var hash = hash
            hash.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        }
    }

    /// The inode of the versions folder the index describes.
    var folderInode: UInt64
    var names: NameSum
    /// Every version, in version order (parents first).
    var entries: [Entry]
    /// The versions no other builds on, newest first.
    var heads: [String]

    static let header = "ropa-history 1"

    /// The index of a whole, valid history read from `folder`'s versions folder, whose inode is `inode`.
    init(_ history: History, folderInode inode: UInt64) {
        folderInode = inode
        names = NameSum()
        entries = []
        entries.reserveCapacity(history.count)
        for version in history.versions {
            entries.append(Entry(hash: version.hash, label: version.label))
            names.add(version.hash)
        }
        heads = history.heads
    }

    init(folderInode: UInt64, names: NameSum, entries: [Entry], heads: [String]) {
        self.folderInode = folderInode
        self.names = names
        self.entries = entries
        self.heads = heads
    }

    // MARK: The versions folder

    /// What the versions folder holds: its inode and the sum of its record names; nil when it holds a
    /// JSON file whose name is not a version's hash (the full read says what is wrong) or cannot be read.
    static func look(at versionsFolder: String) -> (inode: UInt64, names: NameSum)? {
        guard let directory = opendir(versionsFolder) else { return nil }
        defer { closedir(directory) }
        var info = stat()
        guard fstat(dirfd(directory), &info) == 0 else { return nil }
        var names = NameSum()
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name) ?? 19
        while let entry = readdir(directory) {
            // The name in place, not copied out of the entry: a history of 10 000 versions is 10 000 entries.
            let start = UnsafeRawPointer(entry) + nameOffset
            let name = UnsafeRawBufferPointer(start: start, count: strlen(start.assumingMemoryBound(to: CChar.self)))
            // What `History` reads: stored JSON files; hidden files are writes in progress.
            guard name.count > 5, name[0] != UInt8(ascii: "."), name[(name.count - 5)...].elementsEqual(".json".utf8) else { continue }
            guard name.count == 69, name[..<64].allSatisfy(isLowerHex) else { return nil }
            names.add(name)
        }
        return (UInt64(info.st_ino), names)
    }

    // MARK: The file

    /// The index in `folder`, or nil when it is missing, damaged or of another format.
    static func read(folder: String) -> HistoryIndex? {
        let path = "\(folder)/\(RegisterLayout.historyIndexFile)"
        guard FileIO.entryKind(path) == .file, let bytes = try? FileIO.read(path) else { return nil }
        return parse(bytes)
    }

    /// Writes the index beside the register's files, not synced: after a crash it is at worst damaged, and
    /// then rebuilt. Failing to write it only costs speed, so failures are ignored.
    func write(folder: String) {
        try? FileIO.writeAtomically(bytes(), to: "\(folder)/\(RegisterLayout.historyIndexFile)", syncing: false)
    }

    /// `ropa-history 1 INODE COUNT HIGH LOW`, a line of the heads, one line per version `HASH LABEL`, and a
    /// last line with the FNV-1a checksum of everything before it.
    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.count * 76 + heads.count * 65 + 128)
        out.append(contentsOf: "\(HistoryIndex.header) \(folderInode) \(names.count) \(names.high) \(names.low)\n".utf8)
        out.append(contentsOf: heads.joined(separator: " ").utf8)
        out.append(UInt8(ascii: "\n"))
        for entry in entries {
            out.append(contentsOf: entry.hash.utf8)
            out.append(UInt8(ascii: " "))
            out.append(contentsOf: entry.label.utf8)
            out.append(UInt8(ascii: "\n"))
        }
        out.append(contentsOf: StatIndex.checksum(out[...]).utf8)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// Reads the index's bytes; nil when anything is out of place.
    static func parse(_ bytes: [UInt8]) -> HistoryIndex? {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> HistoryIndex? {
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        guard let bodyEnd = StatIndex.checkedBodyEnd(bytes) else { return nil }
        var position = 0
        func line() -> Slice<UnsafeBufferPointer<UInt8>>? {
            guard position < bodyEnd else { return nil }
            let start = position
            while bytes[position] != newline { position += 1 }
            position += 1
            return bytes[start..<(position - 1)]
        }
        guard let first = line(), let headLine = line() else { return nil }
        let fields = String(decoding: first, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: false)
        guard fields.count == 6, "\(fields[0]) \(fields[1])" == header, let inode = UInt64(fields[2]), let count = Int(fields[3]),
              let high = UInt64(fields[4]), let low = UInt64(fields[5]), count >= 0 else { return nil }
        let heads = headLine.split(separator: space).map { String(decoding: $0, as: UTF8.self) }
        guard heads.allSatisfy(RegisterLayout.isVersionHash) else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        while let line = line() {
            // 64 hex digits, a space, and a label: a number, maybe a middle dot and a short hash.
            guard line.count > 65, line.count < 65 + 64, line[line.startIndex + 64] == space,
                  line[line.startIndex..<(line.startIndex + 64)].allSatisfy(isLowerHex),
                  isLabel(line[(line.startIndex + 65)...]) else { return nil }
            entries.append(Entry(hash: String(decoding: line[line.startIndex..<(line.startIndex + 64)], as: UTF8.self),
                                 label: String(decoding: line[(line.startIndex + 65)...], as: UTF8.self)))
        }
        guard entries.count == count else { return nil }
        return HistoryIndex(folderInode: inode, names: NameSum(count: count, high: high, low: low), entries: entries, heads: heads)
    }

    /// Whether bytes are a version's label: a number from 1, maybe followed by `·` and hex digits.
    private static func isLabel(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let digits = bytes.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard !digits.isEmpty, digits.count <= 18, digits.first != UInt8(ascii: "0") else { return false }
        let rest = bytes[digits.endIndex...]
        if rest.isEmpty { return true }
        // U+00B7 MIDDLE DOT in UTF-8.
        guard rest.count > 2, rest[rest.startIndex] == 0xC2, rest[rest.startIndex + 1] == 0xB7 else { return false }
        return rest.dropFirst(2).allSatisfy(isLowerHex)
    }

    static func isLowerHex(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
    }

    static func hexValue(_ byte: UInt8) -> UInt64 {
        byte <= UInt8(ascii: "9") ? UInt64(byte &- UInt8(ascii: "0")) : UInt64(byte &- UInt8(ascii: "a") &+ 10)
    }
}

// MARK: The newest versions through the index

extension HistoryIndex {
    /// The newest `count` versions, newest first, when the index answers for the versions folder (brought
    /// up to date first when saves only added versions on top of its heads); nil when the history must be
    /// read whole. Every record returned was read and checked against its name.
    static func newest(_ count: Int, folder: String) -> RecentVersions? {
        let versionsFolder = "\(folder)/\(RegisterLayout.versionsFolder)"
        guard let index = current(folder: folder) else { return nil }
        var versions: [Version] = []
        versions.reserveCapacity(min(count, index.entries.count))
        for entry in index.entries.suffix(count).reversed() {
            guard let number = entry.number, let record = readRecord(entry.hash, in: versionsFolder) else { return nil }
            versions.append(Version(number: number, hash: entry.hash, record: record, label: entry.label))
        }
        return RecentVersions(versions: versions, heads: index.heads, count: index.entries.count)
    }

    /// The index when it answers for the versions folder of the register in `folder` (its inode, and exactly
    /// the records it holds), brought up to date and written again when saves only added versions on top of
    /// its heads; nil when the history must be read whole.
    static func current(folder: String) -> HistoryIndex? {
        let versionsFolder = "\(folder)/\(RegisterLayout.versionsFolder)"
        guard let looked = look(at: versionsFolder), var index = read(folder: folder), index.folderInode == looked.inode else { return nil }
        if index.names != looked.names {
            guard let updated = index.adding(recordsIn: versionsFolder), updated.names == looked.names else { return nil }
            index = updated
            index.write(folder: folder)
        }
        return index
    }

    /// The index with a version a save recorded on top of its only head, numbered next.
    func appending(_ hash: String) -> HistoryIndex? {
        guard heads.count == 1, let head = entries.last, head.hash == heads[0], let number = head.number else { return nil }
        var result = self
        result.entries.append(Entry(hash: hash, label: "\(number + 1)"))
        result.names.add(hash)
        result.heads = [hash]
        return result
    }

    /// The index with the records that are in the folder but not in it, each placed as a save places its
    /// version: on top of every head. Nil when a record was removed, cannot be read, or was not written on
    /// top of the heads (a git merge of two branches): then numbering needs every record.
    func adding(recordsIn versionsFolder: String) -> HistoryIndex? {
        guard let listed = try? FileIO.list(versionsFolder) else { return nil }
        let known = Set(entries.map(\.hash))
        var added: [String: VersionRecord] = [:]
        var present = 0
        for name in listed where RegisterLayout.isStoredJSON(name) {
            let hash = String(name.dropLast(5))
            if known.contains(hash) {
                present += 1
            } else {
                guard let record = HistoryIndex.readRecord(hash, in: versionsFolder) else { return nil }
                added[hash] = record
            }
        }
        guard present == entries.count else { return nil }
        var result = self
        var headNumbers: [String: Int] = [:]
        for entry in entries.reversed() where heads.contains(entry.hash) {
            headNumbers[entry.hash] = entry.number
            if headNumbers.count == heads.count { break }
        }
        while !added.isEmpty {
            let heads = Set(result.heads)
            guard let (hash, _) = added.first(where: { Set($0.value.parents) == heads && $0.value.parents.count == heads.count }) else { return nil }
            // One more than every version: each is an ancestor of a head, and numbers grow from parent to child.
            let number = (result.heads.compactMap { headNumbers[$0] }.max() ?? 0) + 1
            added[hash] = nil
            result.entries.append(Entry(hash: hash, label: "\(number)"))
            result.names.add(hash)
            result.heads = [hash]
            headNumbers = [hash: number]
        }
        return result
    }

    /// A version record read from its file and checked: its content is what its name says, it decodes, and
    /// it names only paths a register has and hashes for its parents and objects.
    static func readRecord(_ hash: String, in versionsFolder: String) -> VersionRecord? {
        let path = "\(versionsFolder)/\(hash).json"
        guard let bytes = try? FileIO.read(path), SHA256.hex(bytes) == hash,
              let record = try? VersionRecord.read(bytes, path: path),
              History.problems(of: record, hash: hash).isEmpty else { return nil }
        return record
    }
}

/// The newest versions of a register, as `ropa log -n` shows them.
public struct RecentVersions: Equatable, Sendable {
    /// Newest first.
    public let versions: [Version]
    /// The versions no other version builds on, newest first.
    public let heads: [String]
    /// How many versions the history has.
    public let count: Int
}

extension History {
    /// The newest `count` versions of the register in `folder`, newest first, as `versions` lists them.
    /// When `.ropa-history` answers for the versions folder only those records are read (each checked
    /// against its name); else the history is read whole, refused as `requireValid` refuses it, and the
    /// index written for the next time.
    public static func newest(_ count: Int, folder: String) throws -> RecentVersions {
        for relative in [RegisterLayout.historyFolder, RegisterLayout.packsFolder, RegisterLayout.objectsFolder] {
            _ = try RegisterFolderCheck.isFolder(folder, relative)
        }
        if try RegisterFolderCheck.isFolder(folder, RegisterLayout.versionsFolder),
           let recent = HistoryIndex.newest(count, folder: folder) {
            return recent
        }
        let history = try History(folder: folder)
        try history.requireValid()
        history.writeIndex()
        return RecentVersions(versions: history.versions.suffix(count).reversed(), heads: history.heads, count: history.count)
    }

    /// Writes `.ropa-history` for this history when it is whole (every record valid and numbered) and the
    /// versions folder still holds exactly the records read.
    public func writeIndex() {
        guard invalid.isEmpty, ordered.count == records.count, (try? requireValid()) != nil,
              let looked = HistoryIndex.look(at: "\(folder)/\(RegisterLayout.versionsFolder)") else { return }
        let index = HistoryIndex(self, folderInode: looked.inode)
        guard index.names == looked.names else { return }
        index.write(folder: folder)
    }
}
