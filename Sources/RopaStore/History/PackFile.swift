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

    /// How many times its size a pack may decode to, beyond one chunk.
    static let maximumExpansion = 32

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
        _ = try reader.word()
        guard let version = reader.number(try reader.word(endingLine: true)) else { throw reader.damaged() }
        guard version <= Self.formatVersion else {
            throw StoreError.history(path: path, problem: LocalizedText(.packNewerFormat, "\(version)", "\(Self.formatVersion)"))
        }
        guard version == Self.formatVersion else { throw reader.damaged() }

        // Counts are bounded by what the file could hold (an object's line takes at least 71 bytes, a
        // chunk's 4), so a damaged count cannot make room for more than the file.
        let objectCount = try reader.count(named: "objects", atMost: bytes.count / 71)
        var entries: [String: Entry] = [:]
        var order: [String] = []
        entries.reserveCapacity(objectCount)
        order.reserveCapacity(objectCount)
        for _ in 0..<objectCount {
            let hash = try reader.word()
            guard let name = reader.hash(hash), let chunk = reader.number(try reader.word()), let offset = reader.number(try reader.word()),
                  let length = reader.number(try reader.word(endingLine: true)), entries[name] == nil else { throw reader.damaged() }
            entries[name] = Entry(chunk: chunk, offset: offset, length: length)
            order.append(name)
        }

        let chunkCount = try reader.count(named: "chunks", atMost: bytes.count / 4)
        var sizes: [(compressed: Int, decoded: Int)] = []
        sizes.reserveCapacity(chunkCount)
        for _ in 0..<chunkCount {
            guard let compressed = reader.number(try reader.word()), let decoded = reader.number(try reader.word(endingLine: true)),
                  compressed > 0, decoded <= Self.maximumDecodedChunk else { throw reader.damaged() }
            sizes.append((compressed, decoded))
        }
        guard reader.matches(try reader.word(endingLine: true), "data") else { throw reader.damaged() }
        // Bounded work per byte: register JSON compresses a few times, so a pack whose chunks claim to decode
        // to far more than that is crafted (a 6.6 MB pack once made `verify` decode for 11 s), and refused
        // before anything is decoded. One file of repeated bytes may compress far better: the allowance of
        // one whole chunk covers it.
        let decodedTotal = sizes.reduce(0) { $0 + $1.decoded }
        guard decodedTotal <= Self.maximumExpansion * bytes.count + Self.maximumDecodedChunk else { throw reader.damaged() }

        var chunks: [Chunk] = []
        var start = reader.position
        for size in sizes {
            guard size.compressed <= bytes.count - start else { throw reader.damaged() }
            chunks.append(Chunk(start: start, compressedSize: size.compressed, decodedSize: size.decoded))
            start += size.compressed
        }
        // The file ends with the last chunk: anything after it means the header does not describe the file.
        guard start == bytes.count else { throw reader.damaged() }
        for entry in entries.values {
            guard entry.chunk < chunks.count, entry.offset <= chunks[entry.chunk].decodedSize,
                  entry.length <= chunks[entry.chunk].decodedSize - entry.offset else { throw reader.damaged() }
        }
        self.entries = entries
        self.order = order
        self.chunks = chunks
    }

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

    /// Reads the header a word at a time: words are separated by one space, lines end with a newline.
    private struct HeaderReader {
        let bytes: [UInt8]
        let path: String
        var position = 0
        var lineNumber = 1

        /// The next word, which must be followed by a space, or by a newline when it ends its line.
        mutating func word(endingLine: Bool = false) throws -> Range<Int> {
            let start = position
            let separator = endingLine ? UInt8(ascii: "\n") : UInt8(ascii: " ")
            while position < bytes.count, bytes[position] != UInt8(ascii: " "), bytes[position] != UInt8(ascii: "\n") {
                position += 1
            }
            guard position < bytes.count, position > start, bytes[position] == separator else { throw damaged() }
            position += 1
            if endingLine { lineNumber += 1 }
            return start..<position - 1
        }

        /// A line `<name> <count>`, the count no larger than `limit`.
        mutating func count(named name: String, atMost limit: Int) throws -> Int {
            guard matches(try word(), name), let count = number(try word(endingLine: true)), count <= limit else { throw damaged() }
            return count
        }

        func matches(_ word: Range<Int>, _ text: String) -> Bool {
            bytes[word].elementsEqual(text.utf8)
        }

        /// A decimal count or size: digits only, no sign, small enough to be an offset in memory.
        func number(_ word: Range<Int>) -> Int? {
            guard word.count <= 12 else { return nil }
            var value = 0
            for byte in bytes[word] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }

        /// An object's hash: 64 lower-case hexadecimal digits.
        func hash(_ word: Range<Int>) -> String? {
            guard word.count == 64, bytes[word].allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
            return String(decoding: bytes[word], as: UTF8.self)
        }

        func damaged() -> StoreError {
            StoreError.history(path: path, problem: LocalizedText(.packHeaderDamaged, "\(lineNumber)"))
        }
    }
}
