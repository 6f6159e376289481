import RopaConcurrency
import RopaModel

/// Makes the bytes of a pack (the format is described at `PackFile`) and proves they read back.
enum PackWriter {
    /// Objects are gathered into chunks of about this many decoded bytes: small enough that reading one
    /// object decompresses little, large enough that neighbouring entity files (which share most of their
    /// keys and many values) compress against each other. It is also LZ4's window.
    static let chunkTarget = 64 * 1024

    /// The pack of `objects`, kept in the order given (callers put files of one kind next to each other);
    /// a hash given twice is stored once. Before returning, the pack is read back and every object compared
    /// with what was given, so a compressor fault fails the save instead of losing history.
    static func encode(_ objects: [(hash: String, bytes: [UInt8])], path: String,
                       compress: @Sendable ([UInt8]) -> [UInt8] = LZ4Block.compress) throws -> [UInt8] {
        var chunkContents: [[UInt8]] = []
        var current: [UInt8] = []
        var currentHasObjects = false
        var objectLines: [String] = []
        var seen = Set<String>()
        for (hash, bytes) in objects where seen.insert(hash).inserted {
            if currentHasObjects, current.count + bytes.count > chunkTarget {
                chunkContents.append(current)
                current = []
            }
            objectLines.append("\(hash) \(chunkContents.count) \(current.count) \(bytes.count)")
            current += bytes
            currentHasObjects = true
        }
        if currentHasObjects { chunkContents.append(current) }

        let blocks = OrderedConcurrentMap.map(chunkContents) { compress($0) }
        var header = "\(PackFile.magic) \(PackFile.formatVersion)\nobjects \(objectLines.count)\n"
        for line in objectLines { header += line + "\n" }
        header += "chunks \(blocks.count)\n"
        for (block, content) in zip(blocks, chunkContents) { header += "\(block.count) \(content.count)\n" }
        header += "data\n"
        var bytes = Array(header.utf8)
        bytes.reserveCapacity(bytes.count + blocks.reduce(0) { $0 + $1.count })
        for block in blocks { bytes += block }

        try check(bytes, holds: objects, path: path)
        return bytes
    }

    /// Reads the pack back and compares every object: cheap next to compressing, and the only thing that
    /// stands between a compressor fault and a history that can no longer be read.
    private static func check(_ bytes: [UInt8], holds objects: [(hash: String, bytes: [UInt8])], path: String) throws {
        let failed = StoreError.history(path: path, problem: LocalizedText(.packCompressionCheckFailed))
        let pack: PackFile
        do {
            pack = try PackFile(bytes: bytes, path: path)
        } catch {
            throw failed
        }
        // Objects come in chunk order, so one decoded chunk at a time is enough.
        var decoded: (index: Int, bytes: [UInt8])?
        for (hash, expected) in objects {
            guard let entry = pack.entry(hash) else { throw failed }
            if decoded?.index != entry.chunk {
                do {
                    decoded = (entry.chunk, try pack.decodedChunk(entry.chunk))
                } catch {
                    throw failed
                }
            }
            guard let chunk = decoded?.bytes, chunk[entry.offset..<entry.offset + entry.length].elementsEqual(expected) else { throw failed }
        }
    }
}
