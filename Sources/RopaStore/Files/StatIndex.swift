import Foundation
import RopaJSON
import RopaModel
#if canImport(Glibc)
import Glibc
#endif

/// `.ropa-index`: for each tracked file, its stat data (size, modification and change time, inode) beside
/// the SHA-256 of its content as last read or written, as git's index keeps them. A file whose stat data
/// still match need not be read and hashed to know it is unchanged: a save in a register of 10 000 files
/// then reads only the files it touches.
///
/// Local to one machine (ignored by git: a clone has other inodes and change times anyway) and trusted for
/// speed only: a missing, damaged or foreign index is an empty one, rebuilt by the next command that reads
/// the files. An entry never names a file to open; it only answers for a path the register listed.
public struct StatIndex: Equatable, Sendable {
    public typealias Stat = FileIO.Fingerprint

    public struct Entry: Equatable, Sendable {
        public let stat: Stat
        public let hash: String

        public init(stat: Stat, hash: String) {
            self.stat = stat
            self.hash = hash
        }
    }

    public var entries: [String: Entry]
    /// When the files were looked at, on the file system's clock (see `cutoff(at:)`): an entry whose file
    /// was modified or changed at or after it may have changed again within the same tick, unseen (git's
    /// racy timestamps), and is hashed again.
    public var cutoff: Int64

    public init(entries: [String: Entry] = [:], cutoff: Int64 = 0) {
        self.entries = entries
        self.cutoff = cutoff
    }

    /// The hash of the file at `path` when the index vouches for it: same stat data, and modified well
    /// before the index looked at it.
    public func hash(of path: String, stat: Stat) -> String? {
        guard let entry = entries[path], entry.stat == stat,
              stat.modified < cutoff, stat.changed < cutoff else { return nil }
        return entry.hash
    }

    /// The cutoff for files looked at from now on: the file system's coarse clock (the one file times are
    /// taken from, so a later write cannot get an earlier time), rounded down to the second and one second
    /// earlier still, for file systems that keep times in whole or even seconds.
    public static func cutoffNow() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME_COARSE, &now)
        return (Int64(now.tv_sec) - 1) * 1_000_000_000
    }

    // MARK: The file

    static let header = "ropa-index 1"

    /// The index in `folder`, or an empty one when it is missing, damaged or of another format.
    public static func read(folder: String) -> StatIndex {
        let path = "\(folder)/\(RegisterLayout.statIndexFile)"
        guard FileIO.kind(path) == .file, let bytes = try? FileIO.read(path) else { return StatIndex() }
        return parse(bytes) ?? StatIndex()
    }

    /// Writes the index beside the register's files. Not synced to disk: after a crash it is at worst
    /// damaged, and then rebuilt. Failing to write it only costs speed, so failures are ignored.
    public func write(folder: String) {
        let path = "\(folder)/\(RegisterLayout.statIndexFile)"
        let wasSyncing = FileIO.syncsToDisk
        defer { FileIO.syncsToDisk = wasSyncing }
        FileIO.syncsToDisk = false
        try? FileIO.writeAtomically(bytes(), to: path)
    }

    /// `ropa-index 1 CUTOFF`, then one line per file, `HASH SIZE MODIFIED CHANGED INODE PATH`, sorted by
    /// path, and a last line with the FNV-1a checksum of everything before it.
    public func bytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(entries.count * 128 + 64)
        out.append(contentsOf: "\(StatIndex.header) \(cutoff)\n".utf8)
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            out.append(contentsOf: "\(entry.hash) \(entry.stat.size) \(entry.stat.modified) \(entry.stat.changed) \(entry.stat.inode) \(path)\n".utf8)
        }
        out.append(contentsOf: "\(StatIndex.checksum(out[...]))\n".utf8)
        return out
    }

    /// Reads the index's bytes; nil when anything is out of place.
    public static func parse(_ bytes: [UInt8]) -> StatIndex? {
        // The checksum line: the last line, after the body.
        guard bytes.last == UInt8(ascii: "\n") else { return nil }
        let beforeLast = bytes.index(before: bytes.endIndex)
        let bodyEnd = bytes[..<beforeLast].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        guard bodyEnd > 0, String(decoding: bytes[bodyEnd..<beforeLast], as: UTF8.self) == "\(checksum(bytes[..<bodyEnd]))" else { return nil }
        var lines = bytes[..<bodyEnd].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { return nil }
        let headerFields = first.split(separator: UInt8(ascii: " "))
        guard headerFields.count == 3, String(decoding: headerFields[0], as: UTF8.self) + " " + String(decoding: headerFields[1], as: UTF8.self) == header,
              let cutoff = Int64(String(decoding: headerFields[2], as: UTF8.self)) else { return nil }
        var entries: [String: Entry] = [:]
        entries.reserveCapacity(lines.count)
        for line in lines.dropFirst() {
            let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 5, omittingEmptySubsequences: false)
            guard fields.count == 6, fields[0].count == 64, fields[0].allSatisfy(isLowerHex),
                  let size = Int64(String(decoding: fields[1], as: UTF8.self)),
                  let modified = Int64(String(decoding: fields[2], as: UTF8.self)),
                  let changed = Int64(String(decoding: fields[3], as: UTF8.self)),
                  let inode = UInt64(String(decoding: fields[4], as: UTF8.self)), !fields[5].isEmpty else { return nil }
            entries[String(decoding: fields[5], as: UTF8.self)] = Entry(stat: Stat(size: size, modified: modified, changed: changed, inode: inode),
                                                                        hash: String(decoding: fields[0], as: UTF8.self))
        }
        return StatIndex(entries: entries, cutoff: cutoff)
    }

    private static func isLowerHex(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
    }

    /// FNV-1a (64 bits) in hex: enough to notice a torn or damaged index, which is all it is for.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
