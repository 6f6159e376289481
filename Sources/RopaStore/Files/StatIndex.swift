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
        /// The version whose record wrote the object `hash`, when known: the pack to read it from.
        public let writer: String?

        public init(stat: Stat, hash: String, writer: String? = nil) {
            self.stat = stat
            self.hash = hash
            self.writer = writer
        }
    }

    public var entries: [String: Entry]
    /// When the files were looked at, on the file system's clock (see `cutoff(at:)`): an entry whose file
    /// was modified or changed at or after it may have changed again within the same tick, unseen (git's
    /// racy timestamps), and is hashed again.
    public var cutoff: Int64
    /// The version whose files the entries are, path for path and hash for hash, when the command that wrote
    /// the index had compared them with it (or had just recorded it): a save on top of that version, while it
    /// is still the only head, knows the head's files without reading the history (see `HistoryIndex`).
    /// Says nothing of the files on disk: those are vouched for by their stat data, entry by entry.
    public var head: String?
    /// What the index keeps of the history behind `head` (see `PathLineage`); only beside a head.
    public var lineage: PathLineage?

    public init(entries: [String: Entry] = [:], cutoff: Int64 = 0, head: String? = nil, lineage: PathLineage? = nil) {
        self.entries = entries
        self.cutoff = cutoff
        self.head = head
        self.lineage = lineage
    }

    /// The hash of the file at `path` when the index vouches for it: same stat data, and modified well
    /// before the index looked at it.
    public func hash(of path: String, stat: Stat) -> String? {
        vouchedEntry(of: path, stat: stat)?.hash
    }

    /// The entry of the file at `path` when the index vouches for it (see `hash(of:stat:)`).
    func vouchedEntry(of path: String, stat: Stat) -> Entry? {
        guard let entry = entries[path], entry.stat == stat,
              stat.modified < cutoff, stat.changed < cutoff else { return nil }
        return entry
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

    static let header = "ropa-index 2"
    /// The format before the lineage: its entries are read as they are.
    static let headerWithoutLineage = "ropa-index 1"

    /// The index in `folder`, or an empty one when it is missing, damaged or of another format.
    public static func read(folder: String) -> StatIndex {
        let path = "\(folder)/\(RegisterLayout.statIndexFile)"
        guard FileIO.kind(path) == .file, let bytes = try? FileIO.read(path) else { return StatIndex() }
        return parse(bytes) ?? StatIndex()
    }

    /// Writes the index beside the register's files, its lines in `order` (paths without an entry are
    /// skipped; entries not in `order` follow, sorted). Not synced to disk: after a crash it is at worst
    /// damaged, and then rebuilt. Failing to write it only costs speed, so failures are ignored.
    public func write(folder: String, order: [String]? = nil) {
        let path = "\(folder)/\(RegisterLayout.statIndexFile)"
        try? FileIO.writeAtomically(bytes(order: order), to: path, syncing: false)
    }

    /// `ropa-index 2 CUTOFF [HEAD]`; `v VERSION` for each version that wrote a file's object; one line per
    /// file, `HASH SIZE MODIFIED CHANGED INODE WRITER PATH`, WRITER the number (from 0) of its `v` line or `-`;
    /// beside a head its lineage: for each version kept `r VERSION` and one `p OBJECT WRITER PATH` per path
    /// it replaced (`p - - PATH`: the path was absent); and a last line with the FNV-1a checksum of
    /// everything before it. Written through a pointer into a buffer of the largest size the lines can take:
    /// appending 10 000 lines field by field was a tenth of a save.
    public func bytes(order: [String]? = nil) -> [UInt8] {
        var lines: [(path: String, entry: Entry)] = []
        lines.reserveCapacity(entries.count)
        for path in order ?? [] {
            guard let entry = entries[path] else { continue }
            lines.append((path, entry))
        }
        if lines.count < entries.count {
            let listed = Set(order ?? [])
            for (path, entry) in entries.filter({ !listed.contains($0.key) }).sorted(by: { $0.key < $1.key }) { lines.append((path, entry)) }
        }
        let header = StatIndex.header.utf8
        // Each writer numbered once, in the order the lines name them.
        var writers: [String] = []
        var writerNumbers: [String: Int] = [:]
        var lineWriters: [Int] = []
        lineWriters.reserveCapacity(lines.count)
        // Most files share a few writers, and a writer read from the index is one string shared by its
        // files: comparing with the last one is cheaper than hashing 64 characters again.
        var last: (writer: String, number: Int)?
        for line in lines {
            guard let writer = line.entry.writer else {
                lineWriters.append(-1)
                continue
            }
            if let last, last.writer == writer {
                lineWriters.append(last.number)
            } else if let number = writerNumbers[writer] {
                last = (writer, number)
                lineWriters.append(number)
            } else {
                writerNumbers[writer] = writers.count
                last = (writer, writers.count)
                lineWriters.append(writers.count)
                writers.append(writer)
            }
        }
        // A hash, six separators, five numbers of at most 20 digits and a sign, the path, a newline.
        var capacity = header.count + 24 + 17 + 65 + writers.count * 67
        for line in lines { capacity += line.entry.hash.utf8.count + 7 + 5 * 21 + line.path.utf8.count }
        var out = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            var at = base
            func put<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
                for byte in bytes {
                    at.pointee = byte
                    at += 1
                }
            }
            func put(_ byte: UInt8) {
                at.pointee = byte
                at += 1
            }
            func put(_ text: String) {
                var text = text
                text.withUTF8 { utf8 in
                    if let source = utf8.baseAddress { at.update(from: source, count: utf8.count) }
                    at += utf8.count
                }
            }
            func decimal(_ number: Int64) {
                if number < 0 { put(UInt8(ascii: "-")) }
                unsignedDecimal(number.magnitude)
            }
            func unsignedDecimal(_ number: UInt64) {
                // Least significant digit first into the end of a 20-digit slot, then moved to the front.
                var magnitude = number
                var digits = 0
                var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)
                withUnsafeMutableBytes(of: &scratch) { slot in
                    repeat {
                        digits += 1
                        slot[24 - digits] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                        magnitude /= 10
                    } while magnitude > 0
                    for index in (24 - digits)..<24 { put(slot[index]) }
                }
            }
            put(header)
            put(UInt8(ascii: " "))
            decimal(cutoff)
            if let head {
                put(UInt8(ascii: " "))
                put(head)
            }
            put(UInt8(ascii: "\n"))
            for writer in writers {
                put(UInt8(ascii: "v"))
                put(UInt8(ascii: " "))
                put(writer)
                put(UInt8(ascii: "\n"))
            }
            for ((path, entry), writer) in zip(lines, lineWriters) {
                put(entry.hash)
                put(UInt8(ascii: " "))
                decimal(entry.stat.size)
                put(UInt8(ascii: " "))
                decimal(entry.stat.modified)
                put(UInt8(ascii: " "))
                decimal(entry.stat.changed)
                put(UInt8(ascii: " "))
                unsignedDecimal(entry.stat.inode)
                put(UInt8(ascii: " "))
                if writer < 0 { put(UInt8(ascii: "-")) } else { unsignedDecimal(UInt64(writer)) }
                put(UInt8(ascii: " "))
                put(path)
                put(UInt8(ascii: "\n"))
            }
            initialized = at - base
        }
        if head != nil, let lineage { appendLineage(lineage, to: &out) }
        out.append(contentsOf: StatIndex.checksum(out[...]).utf8)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// The lineage's lines.
    private func appendLineage(_ lineage: PathLineage, to out: inout [UInt8]) {
        for replaced in lineage.replaced {
            out.append(contentsOf: "r \(replaced.version)\n".utf8)
            for (path, state) in replaced.states.sorted(by: { $0.key < $1.key }) {
                out.append(contentsOf: "p \(state?.object ?? "-") \(state?.writer ?? "-") \(path)\n".utf8)
            }
        }
    }

    /// Reads the index's bytes; nil when anything is out of place.
    public static func parse(_ bytes: [UInt8]) -> StatIndex? {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> StatIndex? {
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        guard let bodyEnd = checkedBodyEnd(bytes) else { return nil }
        var position = 0
        /// The bytes up to the next `terminator` (which is passed over), or nil at the end of the body.
        func field(until terminator: UInt8) -> Slice<UnsafeBufferPointer<UInt8>>? {
            let start = position
            while position < bodyEnd && bytes[position] != terminator {
                if bytes[position] == newline { return nil }
                position += 1
            }
            guard position < bodyEnd else { return nil }
            position += 1
            return bytes[start..<(position - 1)]
        }
        func number(until terminator: UInt8) -> UInt64? {
            guard let digits = field(until: terminator), !digits.isEmpty, digits.count <= 20 else { return nil }
            var value: UInt64 = 0
            for digit in digits {
                guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
                let (tens, overflowed) = value.multipliedReportingOverflow(by: 10)
                let (sum, carried) = tens.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
                if overflowed || carried { return nil }
                value = sum
            }
            return value
        }
        func signed(until terminator: UInt8) -> Int64? {
            let negative = position < bodyEnd && bytes[position] == UInt8(ascii: "-")
            if negative { position += 1 }
            return number(until: terminator).flatMap { $0 <= UInt64(Int64.max) ? (negative ? -Int64($0) : Int64($0)) : nil }
        }
        /// The cutoff, ended by a newline or by the space before the head.
        func signedField() -> Int64? {
            let start = position
            while position < bodyEnd && bytes[position] != space && bytes[position] != newline { position += 1 }
            guard position < bodyEnd else { return nil }
            let terminator = bytes[position]
            position = start
            return signed(until: terminator)
        }
        guard let name = field(until: space), let version = field(until: space) else { return nil }
        let format = String(decoding: name, as: UTF8.self) + " " + String(decoding: version, as: UTF8.self)
        guard format == header || format == headerWithoutLineage, let cutoff = signedField() else { return nil }
        var head: String?
        if bytes[position - 1] == space {
            guard let named = field(until: newline), named.count == 64, named.allSatisfy(isLowerHex) else { return nil }
            head = String(decoding: named, as: UTF8.self)
        }
        let withWriters = format == header
        // An index of the format before writers were kept vouches for its files' hashes, not for the head's
        // history: read without a head, the next save works the lineage out from the history once.
        if !withWriters { head = nil }
        func hexName(until terminator: UInt8) -> String? {
            guard let hash = field(until: terminator), hash.count == 64, hash.allSatisfy(isLowerHex) else { return nil }
            return String(decoding: hash, as: UTF8.self)
        }
        var writers: [String] = []
        while withWriters && position + 1 < bodyEnd && bytes[position] == UInt8(ascii: "v") && bytes[position + 1] == space {
            position += 2
            guard let writer = hexName(until: newline) else { return nil }
            writers.append(writer)
        }
        var entries: [String: Entry] = [:]
        while position < bodyEnd && isLowerHex(bytes[position]) {
            guard let hash = field(until: space), hash.count == 64, hash.allSatisfy(isLowerHex),
                  let size = signed(until: space), let modified = signed(until: space), let changed = signed(until: space),
                  let inode = number(until: space) else { return nil }
            var writer: String?
            if withWriters {
                if position + 1 < bodyEnd && bytes[position] == UInt8(ascii: "-") && bytes[position + 1] == space {
                    position += 2
                } else {
                    guard let number = number(until: space), number < UInt64(writers.count) else { return nil }
                    writer = writers[Int(number)]
                }
            }
            guard let path = field(until: newline), !path.isEmpty else { return nil }
            entries[String(decoding: path, as: UTF8.self)] = Entry(stat: Stat(size: size, modified: modified, changed: changed, inode: inode),
                                                                   hash: String(decoding: hash, as: UTF8.self), writer: writer)
        }
        guard position < bodyEnd else { return StatIndex(entries: entries, cutoff: cutoff, head: head) }
        // The lineage: only beside a head.
        guard head != nil else { return nil }
        var replaced: [PathLineage.Replaced] = []
        while position < bodyEnd {
            guard bytes[position] == UInt8(ascii: "r"), position + 1 < bodyEnd, bytes[position + 1] == space else { return nil }
            position += 2
            guard let replacing = hexName(until: newline) else { return nil }
            var states: [String: PathLineage.State?] = [:]
            while position + 1 < bodyEnd && bytes[position] == UInt8(ascii: "p") && bytes[position + 1] == space {
                position += 2
                guard let object = field(until: space), let writer = field(until: space), let path = field(until: newline), !path.isEmpty else { return nil }
                let name = String(decoding: path, as: UTF8.self)
                if object.elementsEqual("-".utf8) && writer.elementsEqual("-".utf8) {
                    states[name] = .some(nil)
                } else {
                    guard object.count == 64, object.allSatisfy(isLowerHex), writer.count == 64, writer.allSatisfy(isLowerHex) else { return nil }
                    states[name] = PathLineage.State(object: String(decoding: object, as: UTF8.self), writer: String(decoding: writer, as: UTF8.self))
                }
            }
            replaced.append(PathLineage.Replaced(version: replacing, states: states))
        }
        guard replaced.count <= PathLineage.depth else { return nil }
        return StatIndex(entries: entries, cutoff: cutoff, head: head, lineage: PathLineage(replaced: replaced))
    }

    private static func isLowerHex(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
    }

    /// FNV-1a (64 bits) in hex: enough to notice a torn or damaged index, which is all it is for.
    /// Where the body of a local cache file ends, when its last line is the checksum of the body before it;
    /// nil for a file damaged or cut short.
    static func checkedBodyEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let newline = UInt8(ascii: "\n")
        guard bytes.count > 1, bytes[bytes.count - 1] == newline else { return nil }
        var bodyEnd = bytes.count - 1
        while bodyEnd > 0 && bytes[bodyEnd - 1] != newline { bodyEnd -= 1 }
        guard bodyEnd > 0, bytes[bodyEnd..<(bytes.count - 1)].elementsEqual(checksum(bytes[..<bodyEnd]).utf8) else { return nil }
        return bodyEnd
    }

    static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
