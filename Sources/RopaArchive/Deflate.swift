/// Compresses bytes as raw DEFLATE (RFC 1951), the method 8 of ZIP entries, fast rather than small: one
/// block with the fixed Huffman codes, greedy LZ77 matches found through a hash of the next four bytes (one
/// candidate each, as LZ4 does). Office XML repeats its markup on every line, so this still takes a large
/// document to about a tenth of its size, at a speed close to that of copying it.
public enum Deflate {
    public static func compress(_ input: [UInt8]) -> [UInt8] {
        var stream = DeflateStream(capacity: input.count / 4 + 64)
        stream.write(input)
        return stream.finish().compressed
    }

    /// One block of `source`, not the last: BFINAL = 0, BTYPE = 01 (fixed Huffman codes), the symbols,
    /// then the end of the block. Matches stay within the block.
    static func writeBlock(_ source: UnsafeBufferPointer<UInt8>, into writer: inout BitWriter) {
        writer.write(0b010, bits: 3)
        compress(source, into: &writer)
        writer.endOfBlock()
    }

    /// The last block, empty: BFINAL = 1, BTYPE = 01, the end of the block.
    static func writeLastBlock(into writer: inout BitWriter) {
        writer.write(0b011, bits: 3)
        writer.endOfBlock()
    }

    private static let hashBits = 15
    private static let minimumMatch = 4
    private static let maximumMatch = 258
    private static let window = 32_768

    private static func compress(_ source: UnsafeBufferPointer<UInt8>, into writer: inout BitWriter) {
        let count = source.count
        guard let base = source.baseAddress, count > minimumMatch + 8 else {
            for byte in source { writer.literal(byte) }
            return
        }
        var table = [Int32](repeating: -1, count: 1 << hashBits)
        table.withUnsafeMutableBufferPointer { table in
            var position = 0
            // The last bytes are written as literals: a four-byte load past them would read beyond the input.
            let end = count - 8
            while position < end {
                let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt32.self)
                let hash = Int((word &* 2_654_435_761) >> UInt32(32 - hashBits))
                let candidate = Int(table[hash])
                table[hash] = Int32(truncatingIfNeeded: position)
                if candidate >= 0, position - candidate <= window,
                   UnsafeRawPointer(base + candidate).loadUnaligned(as: UInt32.self) == word {
                    var length = minimumMatch
                    let limit = min(maximumMatch, count - position)
                    while length + 8 <= limit,
                          UnsafeRawPointer(base + candidate + length).loadUnaligned(as: UInt64.self)
                            == UnsafeRawPointer(base + position + length).loadUnaligned(as: UInt64.self) {
                        length += 8
                    }
                    while length < limit, base[candidate + length] == base[position + length] { length += 1 }
                    writer.match(length: length, distance: position - candidate)
                    // One position inside the match goes into the table too, so runs that follow are found.
                    if position + length - 2 < end {
                        let inner = position + length - 2
                        let innerWord = UnsafeRawPointer(base + inner).loadUnaligned(as: UInt32.self)
                        table[Int((innerWord &* 2_654_435_761) >> UInt32(32 - hashBits))] = Int32(truncatingIfNeeded: inner)
                    }
                    position += length
                } else {
                    writer.literal(base[position])
                    position += 1
                }
            }
            while position < count {
                writer.literal(base[position])
                position += 1
            }
        }
    }

    /// The fixed Huffman codes of RFC 1951 §3.2.6, bit-reversed so they can be written least significant first.
    private enum Codes {
        struct Code {
            let code: UInt64
            let length: Int
        }

        static let literal: [Code] = (0..<288).map { symbol in
            switch symbol {
            case 0..<144: return Code(code: reversed(0x30 + symbol, 8), length: 8)
            case 144..<256: return Code(code: reversed(0x190 + symbol - 144, 9), length: 9)
            case 256..<280: return Code(code: reversed(symbol - 256, 7), length: 7)
            default: return Code(code: reversed(0xC0 + symbol - 280, 8), length: 8)
            }
        }

        /// For each match length 3…258: its length symbol's code followed by the extra bits, in one code.
        static let length: [Code] = {
            let bases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
            let extra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
            var codes = [Code](repeating: Code(code: 0, length: 0), count: 259)
            for length in 3...258 {
                let index = length == 258 ? 28 : (bases.lastIndex { $0 <= length } ?? 0)
                let symbol = literal[257 + index]
                let value = UInt64(length - bases[index])
                codes[length] = Code(code: symbol.code | value << UInt64(symbol.length), length: symbol.length + extra[index])
            }
            return codes
        }()

        static let distanceBases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
                                    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
        static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
        static let distanceCodes: [UInt64] = (0..<30).map { reversed($0, 5) }

        /// The distance symbol of distances 1…256 by distance − 1, and of longer ones by (distance − 1) >> 7.
        static let distanceSymbols: [UInt8] = {
            var symbols = [UInt8](repeating: 0, count: 512)
            for distance in 1...32_768 {
                let symbol = UInt8(distanceBases.lastIndex { $0 <= distance } ?? 0)
                if distance <= 256 { symbols[distance - 1] = symbol } else { symbols[256 + ((distance - 1) >> 7)] = symbol }
            }
            return symbols
        }()

        private static func reversed(_ value: Int, _ bits: Int) -> UInt64 {
            var result: UInt64 = 0
            for bit in 0..<bits where value & (1 << bit) != 0 { result |= 1 << UInt64(bits - 1 - bit) }
            return result
        }
    }

    /// Bits written least significant first into bytes, as DEFLATE packs them.
    struct BitWriter {
        private var bytes: [UInt8]
        private var buffer: UInt64 = 0
        private var count = 0
        private let literals = Codes.literal
        private let lengths = Codes.length
        private let distanceSymbols = Codes.distanceSymbols
        private let distanceBases = Codes.distanceBases
        private let distanceExtra = Codes.distanceExtra
        private let distanceCodes = Codes.distanceCodes

        init(capacity: Int) {
            bytes = []
            bytes.reserveCapacity(capacity)
        }

        @inline(__always)
        mutating func write(_ value: UInt64, bits: Int) {
            buffer |= value << UInt64(count)
            count += bits
            if count >= 32 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                bytes.append(UInt8(truncatingIfNeeded: buffer >> 8))
                bytes.append(UInt8(truncatingIfNeeded: buffer >> 16))
                bytes.append(UInt8(truncatingIfNeeded: buffer >> 24))
                buffer >>= 32
                count -= 32
            }
        }

        mutating func endOfBlock() {
            write(literals[256].code, bits: literals[256].length)
        }

        @inline(__always)
        mutating func literal(_ byte: UInt8) {
            let code = literals[Int(byte)]
            write(code.code, bits: code.length)
        }

        @inline(__always)
        mutating func match(length: Int, distance: Int) {
            let lengthCode = lengths[length]
            write(lengthCode.code, bits: lengthCode.length)
            let symbol = Int(distance <= 256 ? distanceSymbols[distance - 1] : distanceSymbols[256 + ((distance - 1) >> 7)])
            write(distanceCodes[symbol] | UInt64(distance - distanceBases[symbol]) << 5, bits: 5 + distanceExtra[symbol])
        }

        mutating func finish() -> [UInt8] {
            while count > 0 {
                bytes.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                count -= 8
            }
            return bytes
        }
    }
}

/// Compresses a long output as it is written, a block per chunk, so that all of it never has to be held
/// uncompressed: the body of a large register's document is written a megabyte at a time. Keeps the
/// CRC-32 and the size of what it was given, which the ZIP entry records.
public struct DeflateStream {
    private var writer: Deflate.BitWriter
    private var crc = CRC32()
    private var size = 0

    public init(capacity: Int = 1 << 16) {
        writer = Deflate.BitWriter(capacity: capacity)
    }

    public mutating func write(_ chunk: [UInt8]) {
        guard !chunk.isEmpty else { return }
        crc.update(chunk)
        size += chunk.count
        chunk.withUnsafeBufferPointer { Deflate.writeBlock($0, into: &writer) }
    }

    /// The raw DEFLATE bytes, and the CRC-32 and size of the bytes written.
    public mutating func finish() -> (compressed: [UInt8], crc: UInt32, size: Int) {
        Deflate.writeLastBlock(into: &writer)
        return (writer.finish(), crc.value, size)
    }
}
