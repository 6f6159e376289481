/// Writes a ZIP archive (APPNOTE 6.3.x, the subset ECMA-376 packages need) into memory: entries in the
/// order they are added, each stored with its CRC-32, then the central directory.
///
/// Office files (XLSX, DOCX) are ZIP packages of XML parts. Entries carry a fixed timestamp so that the same
/// register always gives the same bytes. Sizes beyond 4 GiB (ZIP64) are refused, not written wrong.
public struct ZipWriter: Sendable {
    public enum Failure: Error, Equatable, Sendable {
        /// An entry or the archive would need ZIP64, which this writer does not produce.
        case tooLarge(name: String)
        /// The same name twice: readers would disagree on which entry counts.
        case duplicateName(String)
    }

    private struct CentralEntry {
        var name: [UInt8]
        var crc: UInt32
        var compressedSize: UInt32
        var size: UInt32
        var method: UInt16
        var offset: UInt32
    }

    /// 1980-01-01 00:00, the earliest date a ZIP entry can carry: fixed, so exports are reproducible.
    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    /// Bit 11: names are UTF-8.
    private static let utf8Flag: UInt16 = 1 << 11

    public private(set) var bytes: [UInt8] = []
    private var entries: [CentralEntry] = []
    private var names: Set<String> = []

    public init() {}

    /// Adds an entry stored without compression.
    public mutating func addStored(_ name: String, _ data: [UInt8]) throws(Failure) {
        try add(name, data: data, compressed: data, method: 0)
    }

    /// Adds an entry whose `compressed` bytes are raw DEFLATE (RFC 1951) of `data`.
    public mutating func addDeflated(_ name: String, data: [UInt8], compressed: [UInt8]) throws(Failure) {
        try add(name, data: data, compressed: compressed, method: 8)
    }

    /// Adds an entry compressed as it was written, by a `DeflateStream`: its raw DEFLATE bytes, and the
    /// CRC-32 and size of the bytes it holds.
    public mutating func addDeflated(_ name: String, compressed: [UInt8], crc: UInt32, size: Int) throws(Failure) {
        try add(name, crc: crc, size: size, compressed: compressed, method: 8)
    }

    private mutating func add(_ name: String, data: [UInt8], compressed: [UInt8], method: UInt16) throws(Failure) {
        try add(name, crc: CRC32.checksum(data), size: data.count, compressed: compressed, method: method)
    }

    private mutating func add(_ name: String, crc: UInt32, size: Int, compressed: [UInt8], method: UInt16) throws(Failure) {
        guard names.insert(name).inserted else { throw .duplicateName(name) }
        let limit = Int(UInt32.max)
        guard size < limit, compressed.count < limit, bytes.count + compressed.count + 512 < limit
        else { throw .tooLarge(name: name) }
        let nameBytes = Array(name.utf8)
        let entry = CentralEntry(name: nameBytes, crc: crc,
                                 compressedSize: UInt32(compressed.count), size: UInt32(size),
                                 method: method, offset: UInt32(bytes.count))
        append32(0x0403_4B50)
        append16(20)
        append16(Self.utf8Flag)
        append16(method)
        append16(Self.dosTime)
        append16(Self.dosDate)
        append32(entry.crc)
        append32(entry.compressedSize)
        append32(entry.size)
        append16(UInt16(nameBytes.count))
        append16(0)
        bytes.append(contentsOf: nameBytes)
        bytes.append(contentsOf: compressed)
        entries.append(entry)
    }

    /// The archive: every entry, the central directory and its end record.
    public mutating func finish() throws(Failure) -> [UInt8] {
        guard entries.count < Int(UInt16.max) else { throw .tooLarge(name: "") }
        let directoryStart = bytes.count
        for entry in entries {
            append32(0x0201_4B50)
            append16(20)          // made by: MS-DOS attributes, version 2.0
            append16(20)          // needed to extract
            append16(Self.utf8Flag)
            append16(entry.method)
            append16(Self.dosTime)
            append16(Self.dosDate)
            append32(entry.crc)
            append32(entry.compressedSize)
            append32(entry.size)
            append16(UInt16(entry.name.count))
            append16(0)           // extra field
            append16(0)           // comment
            append16(0)           // disk number
            append16(0)           // internal attributes
            append32(0)           // external attributes
            append32(entry.offset)
            bytes.append(contentsOf: entry.name)
        }
        let directorySize = bytes.count - directoryStart
        guard bytes.count < Int(UInt32.max) else { throw .tooLarge(name: "") }
        append32(0x0605_4B50)
        append16(0)
        append16(0)
        append16(UInt16(entries.count))
        append16(UInt16(entries.count))
        append32(UInt32(directorySize))
        append32(UInt32(directoryStart))
        append16(0)
        return bytes
    }

    private mutating func append16(_ value: UInt16) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    private mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
