/// Reads a ZIP archive (APPNOTE 6.3.x) held in memory: the central directory, and each entry's bytes, stored
/// (method 0) or deflated (method 8), checked against its CRC-32.
///
/// Archives come from elsewhere, so the reader is defensive: every offset and length is checked against the
/// archive, entry names are only ever compared (never used as paths), sizes are bounded per entry and in
/// total, an entry may not claim to expand more than DEFLATE can, and encrypted, ZIP64, multi-disk and
/// duplicate-name archives are refused with an error that says so.
public struct ZipReader: Sendable {
    /// Where an archive is damaged, for the reader's message (worded by the caller, in its language).
    public enum Part: Equatable, Sendable {
        case centralDirectory, centralDirectoryEntry
        case localHeader(of: String)
        case data(of: String)
    }

    /// What an archive uses that ropa does not read.
    public enum Feature: Equatable, Sendable {
        case zip64, severalDisks
        case encryption(of: String)
        case compressionMethod(Int, of: String)
    }

    public enum Failure: Error, Equatable, Sendable {
        /// No end-of-central-directory record: not a ZIP archive.
        case notAnArchive
        /// A record that does not fit in the archive, or does not start with its signature.
        case damaged(Part)
        /// ZIP64, encryption, several disks or a compression method other than stored and deflate.
        case unsupported(Feature)
        /// An entry or the whole archive would expand beyond the limits.
        case tooLarge(name: String)
        /// The same name twice: readers would disagree on which entry counts.
        case duplicateName(String)
        /// The entry's bytes do not match its CRC-32.
        case checksum(name: String)
        case inflate(name: String, Inflate.Failure)
    }

    public struct Entry: Equatable, Sendable {
        public let name: String
        public let method: UInt16
        public let crc: UInt32
        public let compressedSize: Int
        public let size: Int
        let localHeaderOffset: Int
    }

    /// At most this many bytes per entry once expanded (an XLSX sheet of ten thousand rows is a few MiB).
    public static let maximumEntrySize = 256 << 20
    /// At most this many bytes for all entries together.
    public static let maximumTotalSize = 1 << 30
    public static let maximumEntries = 10_000
    /// DEFLATE cannot expand more than about 1 032 times; a claim beyond this is a lie.
    static let maximumRatio = 1_100

    public let entries: [Entry]
    private let bytes: [UInt8]
    private let byName: [String: Int]

    public init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        guard bytes.count >= 22 else { throw .notAnArchive }
        // The end record is the last 22 bytes, or is followed by a comment of at most 65 535 bytes.
        var end = -1
        var candidate = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while candidate >= lowest {
            if Self.read32(bytes, candidate) == 0x0605_4B50, candidate + 22 + Int(Self.read16(bytes, candidate + 20)) == bytes.count {
                end = candidate
                break
            }
            candidate -= 1
        }
        guard end >= 0 else { throw .notAnArchive }
        let disk = Self.read16(bytes, end + 4), directoryDisk = Self.read16(bytes, end + 6)
        let count = Int(Self.read16(bytes, end + 10)), countOnDisk = Int(Self.read16(bytes, end + 8))
        let directorySize = Int(Self.read32(bytes, end + 12)), directoryOffset = Int(Self.read32(bytes, end + 16))
        if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF { throw .unsupported(.zip64) }
        guard disk == 0, directoryDisk == 0, count == countOnDisk else { throw .unsupported(.severalDisks) }
        guard count <= Self.maximumEntries else { throw .tooLarge(name: "") }
        guard directoryOffset + directorySize <= end else { throw .damaged(.centralDirectory) }

        var entries: [Entry] = []
        var byName: [String: Int] = [:]
        var offset = directoryOffset
        var total = 0
        for _ in 0..<count {
            guard offset + 46 <= end, Self.read32(bytes, offset) == 0x0201_4B50 else { throw .damaged(.centralDirectoryEntry) }
            let flags = Self.read16(bytes, offset + 8)
            let method = Self.read16(bytes, offset + 10)
            let crc = Self.read32(bytes, offset + 16)
            let compressedSize = Int(Self.read32(bytes, offset + 20)), size = Int(Self.read32(bytes, offset + 24))
            let nameLength = Int(Self.read16(bytes, offset + 28)), extraLength = Int(Self.read16(bytes, offset + 30))
            let commentLength = Int(Self.read16(bytes, offset + 32))
            let localOffset = Int(Self.read32(bytes, offset + 42))
            let nameStart = offset + 46
            guard nameStart + nameLength + extraLength + commentLength <= end else { throw .damaged(.centralDirectoryEntry) }
            let name = String(decoding: bytes[nameStart..<nameStart + nameLength], as: UTF8.self)
            if flags & 1 != 0 { throw .unsupported(.encryption(of: name)) }
            if compressedSize == 0xFFFF_FFFF || size == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF { throw .unsupported(.zip64) }
            guard method == 0 || method == 8 else { throw .unsupported(.compressionMethod(Int(method), of: name)) }
            guard size <= Self.maximumEntrySize else { throw .tooLarge(name: name) }
            guard method == 8 ? size <= max(compressedSize, 1) * Self.maximumRatio : size == compressedSize else { throw .tooLarge(name: name) }
            total += size
            guard total <= Self.maximumTotalSize else { throw .tooLarge(name: name) }
            guard localOffset + 30 <= directoryOffset else { throw .damaged(.localHeader(of: name)) }
            if byName[name] != nil { throw .duplicateName(name) }
            byName[name] = entries.count
            entries.append(Entry(name: name, method: method, crc: crc, compressedSize: compressedSize, size: size, localHeaderOffset: localOffset))
            offset = nameStart + nameLength + extraLength + commentLength
        }
        self.entries = entries
        self.byName = byName
    }

    public func contains(_ name: String) -> Bool { byName[name] != nil }

    /// The entry's bytes, expanded and checked; nil when the archive has no entry of that name.
    public func data(_ name: String) throws(Failure) -> [UInt8]? {
        guard let index = byName[name] else { return nil }
        let entry = entries[index]
        let header = entry.localHeaderOffset
        guard Self.read32(bytes, header) == 0x0403_4B50 else { throw .damaged(.localHeader(of: name)) }
        let start = header + 30 + Int(Self.read16(bytes, header + 26)) + Int(Self.read16(bytes, header + 28))
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { throw .damaged(.data(of: name)) }
        let stored = Array(bytes[start..<start + entry.compressedSize])
        let data: [UInt8]
        if entry.method == 0 {
            data = stored
        } else {
            do {
                data = try Inflate.inflate(stored, limit: entry.size)
            } catch {
                throw .inflate(name: name, error)
            }
        }
        guard data.count == entry.size, CRC32.checksum(data) == entry.crc else { throw .checksum(name: name) }
        return data
    }

    private static func read16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func read32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
