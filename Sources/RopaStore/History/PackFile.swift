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
    /// Where each object is, by its hash.
    private let entries: [ObjectKey: Entry]
    /// The hashes in the order the header lists them (the order they were packed).
    private let keys: [ObjectKey]
    let chunks: [Chunk]
    private let bytes: [UInt8]

    static func read(_ path: String) throws -> PackFile {
        try PackFile(bytes: try FileIO.read(path, limit: maximumSize), path: path)
    }

    init(bytes: [UInt8], path: String) throws {
        self.path = path
        self.bytes = bytes
        // The header is read through a pointer: bounds are checked by the reader against the file's length.
        let header = try bytes.withUnsafeBufferPointer { try Header(parsing: $0, path: path) }
        entries = header.entries
        keys = header.keys
        chunks = header.chunks
    }

    /// How many objects the pack holds.
    var count: Int { keys.count }

    /// The hashes in the order the header lists them.
    var order: [String] { keys.map(\.hex) }

    /// The objects in the order the header lists them, each hash with where it is.
    var listed: [(hash: String, entry: Entry)] { keys.compactMap { key in entries[key].map { (key.hex, $0) } } }

    /// Where object `hash` is; nil when the pack lacks it (or `hash` is no object's hash).
    func entry(_ hash: String) -> Entry? {
        ObjectKey(hex: hash).flatMap { entries[$0] }
    }

    /// What the header says, every number checked against the file.
    private struct Header {
        var entries: [ObjectKey: Entry] = [:]
        var keys: [ObjectKey] = []
        var chunks: [Chunk] = []

        init(parsing bytes: UnsafeBufferPointer<UInt8>, path: String) throws {
            guard bytes.starts(with: Array("\(PackFile.magic) ".utf8)) else {
                throw StoreError.history(path: path, problem: LocalizedText(.packNotAPack))
            }
            var reader = HeaderReader(bytes: bytes, path: path)
            _ = try reader.word()
            guard let version = reader.number(try reader.word(endingLine: true)) else { throw reader.damaged() }
            guard version <= PackFile.formatVersion else {
                throw StoreError.history(path: path, problem: LocalizedText(.packNewerFormat, "\(version)", "\(PackFile.formatVersion)"))
            }
            guard version == PackFile.formatVersion else { throw reader.damaged() }

            // Counts are bounded by what the file could hold (an object's line takes at least 71 bytes, a
            // chunk's 4), so a damaged count cannot make room for more than the file.
            let objectCount = try reader.count(named: "objects", atMost: bytes.count / 71)
            entries.reserveCapacity(objectCount)
            keys.reserveCapacity(objectCount)
            for _ in 0..<objectCount {
                guard let key = reader.hash(), let chunk = reader.number(try reader.word()),
                      let offset = reader.number(try reader.word()), let length = reader.number(try reader.word(endingLine: true)),
                      entries.updateValue(Entry(chunk: chunk, offset: offset, length: length), forKey: key) == nil else { throw reader.damaged() }
                keys.append(key)
            }

            let chunkCount = try reader.count(named: "chunks", atMost: bytes.count / 4)
            var sizes: [(compressed: Int, decoded: Int)] = []
            sizes.reserveCapacity(chunkCount)
            for _ in 0..<chunkCount {
                guard let compressed = reader.number(try reader.word()), let decoded = reader.number(try reader.word(endingLine: true)),
                      compressed > 0, decoded <= PackFile.maximumDecodedChunk else { throw reader.damaged() }
                sizes.append((compressed, decoded))
            }
            guard reader.matches(try reader.word(endingLine: true), "data") else { throw reader.damaged() }
            // Bounded work per byte: register JSON compresses a few times, so a pack whose chunks claim to decode
            // to far more than that is crafted (a 6.6 MB pack once made `verify` decode for 11 s), and refused
            // before anything is decoded. One file of repeated bytes may compress far better: the allowance of
            // one whole chunk covers it.
            let decodedTotal = sizes.reduce(0) { $0 + $1.decoded }
            guard decodedTotal <= PackFile.maximumExpansion * bytes.count + PackFile.maximumDecodedChunk else { throw reader.damaged() }

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
        }
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
        guard let entry = entry(hash) else { return nil }
        return Self.slice(of: try decodedChunk(entry.chunk), entry)
    }

    static func slice(of chunk: [UInt8], _ entry: Entry) -> [UInt8] {
        Array(chunk[entry.offset..<entry.offset + entry.length])
    }

    /// Reads the header a word at a time: words are separated by one space, lines end with a newline.
    private struct HeaderReader {
        let bytes: UnsafeBufferPointer<UInt8>
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

        /// The next word when it is an object's hash (64 lower-case hexadecimal digits) followed by a space;
        /// nil (the header is damaged) for any other word.
        mutating func hash() -> ObjectKey? {
            guard bytes.count - position > 64, bytes[position + 64] == UInt8(ascii: " "),
                  let key = ObjectKey(hex: UnsafeBufferPointer(rebasing: bytes[position..<position + 64])) else { return nil }
            position += 65
            return key
        }

        func damaged() -> StoreError {
            StoreError.history(path: path, problem: LocalizedText(.packHeaderDamaged, "\(lineNumber)"))
        }
    }
}
