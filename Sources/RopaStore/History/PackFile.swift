import RopaJSON
import RopaModel

/// One pack, `history/packs/<version hash>.pack`: the objects a version introduced, compressed in chunks
/// (see docs/FORMAT.md). A short text header says where each object is, so one object is read by
/// decompressing only its chunk:
///
///     ropa-pack 1
///     objects 2
///     <object hash> <chunk> <offset in the decoded chunk> <length>
///     <object hash> <chunk> <offset> <length>
///     chunks 1
///     <compressed size> <decoded size>
///     data
///     <the chunks' LZ4 blocks, one after the other>
///
/// The file comes from disk and from git, so parsing checks every number against the file before use.
struct PackFile {
    static let magic = "ropa-pack"
    static let formatVersion = 1
    /// The largest pack read whole: far above any register's (a pack of 10 000 activities is a few MB),
    /// low enough that a damaged size cannot exhaust memory.
    static let maximumSize = 1 << 30
    /// The largest decoded chunk: a chunk holds one object larger than the chunk target at most, and no
    /// register file is larger than `FileIO.maximumFileSize`.
    static let maximumDecodedChunk = FileIO.maximumFileSize + PackWriter.chunkTarget

    struct Entry: Equatable {
        let chunk: Int
        let offset: Int
        let length: Int
    }

    struct Chunk: Equatable {
        /// Where its block starts in the file.
        let start: Int
        let compressedSize: Int
        let decodedSize: Int
    }

    let path: String
    let entries: [String: Entry]
    /// The hashes in the order the header lists them (the order they were packed).
    let order: [String]
    let chunks: [Chunk]
    private let bytes: [UInt8]

    static func read(_ path: String) throws -> PackFile {
        try PackFile(bytes: try FileIO.read(path, limit: maximumSize), path: path)
    }

    init(bytes: [UInt8], path: String) throws {
        self.path = path
        self.bytes = bytes
        guard bytes.starts(with: Array("\(Self.magic) ".utf8)) else {
            throw StoreError.history(path: path, problem: LocalizedText(.packNotAPack))
        }
        var reader = HeaderReader(bytes: bytes, path: path)
        let first = try reader.line()
        guard first.count == 2 else { throw reader.damaged() }
        guard let version = Int(first[1]) else { throw reader.damaged() }
        guard version <= Self.formatVersion else {
            throw StoreError.history(path: path, problem: LocalizedText(.packNewerFormat, "\(version)", "\(Self.formatVersion)"))
        }
        guard version == Self.formatVersion else { throw reader.damaged() }

        let objectCount = try reader.count(named: "objects", atMost: bytes.count)
        var entries: [String: Entry] = [:]
        var order: [String] = []
        entries.reserveCapacity(objectCount)
        order.reserveCapacity(objectCount)
        var placements: [(hash: String, entry: Entry)] = []
        placements.reserveCapacity(objectCount)
        for _ in 0..<objectCount {
            let fields = try reader.line()
            guard fields.count == 4, Self.isHash(fields[0]), let chunk = Self.number(fields[1]), let offset = Self.number(fields[2]),
                  let length = Self.number(fields[3]), entries[fields[0]] == nil else { throw reader.damaged() }
            let entry = Entry(chunk: chunk, offset: offset, length: length)
            entries[fields[0]] = entry
            order.append(fields[0])
            placements.append((fields[0], entry))
        }

        let chunkCount = try reader.count(named: "chunks", atMost: bytes.count)
        var sizes: [(compressed: Int, decoded: Int)] = []
        sizes.reserveCapacity(chunkCount)
        for _ in 0..<chunkCount {
            let fields = try reader.line()
            guard fields.count == 2, let compressed = Self.number(fields[0]), let decoded = Self.number(fields[1]),
                  compressed > 0, decoded <= Self.maximumDecodedChunk else { throw reader.damaged() }
            sizes.append((compressed, decoded))
        }
        guard try reader.line() == ["data"] else { throw reader.damaged() }

        var chunks: [Chunk] = []
        var start = reader.position
        for size in sizes {
            guard size.compressed <= bytes.count - start else { throw reader.damaged() }
            chunks.append(Chunk(start: start, compressedSize: size.compressed, decodedSize: size.decoded))
            start += size.compressed
        }
        // The file ends with the last chunk: anything after it means the header does not describe the file.
        guard start == bytes.count else { throw reader.damaged() }
        for (_, entry) in placements {
            guard entry.chunk < chunks.count, entry.offset <= chunks[entry.chunk].decodedSize,
                  entry.length <= chunks[entry.chunk].decodedSize - entry.offset else { throw reader.damaged() }
        }
        self.entries = entries
        self.order = order
        self.chunks = chunks
    }

    func contains(_ hash: String) -> Bool { entries[hash] != nil }

    /// The decoded bytes of chunk `index`.
    func decodedChunk(_ index: Int) throws -> [UInt8] {
        let chunk = chunks[index]
        do {
            return try bytes.withUnsafeBufferPointer { buffer in
                try LZ4Block.decompress(UnsafeBufferPointer(rebasing: buffer[chunk.start..<chunk.start + chunk.compressedSize]),
                                        decodedSize: chunk.decodedSize)
            }
        } catch let error as LZ4Block.DecodeError {
            throw StoreError.history(path: path, problem: LocalizedText(.packChunkDamaged, arguments: [.verbatim("\(index)"), error.problem]))
        }
    }

    /// The stored bytes of one object (not yet checked against its hash), or nil if the pack lacks it.
    func object(_ hash: String) throws -> [UInt8]? {
        guard let entry = entries[hash] else { return nil }
        return Self.slice(of: try decodedChunk(entry.chunk), entry)
    }

    static func slice(of chunk: [UInt8], _ entry: Entry) -> [UInt8] {
        Array(chunk[entry.offset..<entry.offset + entry.length])
    }

    static func isHash(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// A decimal count or size: digits only, no sign, small enough to be an offset in memory.
    private static func number(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 12, text.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(text)
    }

    /// Reads the header a line at a time, words split on spaces.
    private struct HeaderReader {
        let bytes: [UInt8]
        let path: String
        var position = 0
        var lineNumber = 0

        mutating func line() throws -> [String] {
            lineNumber += 1
            guard let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) else { throw damaged() }
            let text = String(decoding: bytes[position..<end], as: UTF8.self)
            position = end + 1
            return text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        }

        /// A line `<name> <count>`, the count no larger than `limit` (each counted thing takes at least a byte).
        mutating func count(named name: String, atMost limit: Int) throws -> Int {
            let fields = try line()
            guard fields.count == 2, fields[0] == name, let count = PackFile.number(fields[1]), count <= limit else { throw damaged() }
            return count
        }

        func damaged() -> StoreError {
            StoreError.history(path: path, problem: LocalizedText(.packHeaderDamaged, "\(lineNumber)"))
        }
    }
}
