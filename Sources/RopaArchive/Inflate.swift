/// Decompresses raw DEFLATE data (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, as ZIP
/// entries with method 8 hold them.
///
/// Built for data from elsewhere: the output never grows beyond `limit` bytes (a "zip bomb" stops there with
/// an error), every code and distance is checked, and truncated or malformed input is an error, never a
/// crash or a read out of bounds.
public enum Inflate {
    public enum Failure: Error, Equatable, Sendable {
        /// The data ends before its last block does.
        case truncated
        /// A block type of 3, a stored block whose length check fails, or Huffman code lengths that do not
        /// form a code.
        case malformed(String)
        /// A back-reference before the start of the output.
        case distanceTooFar
        /// The output would grow beyond the limit the caller set.
        case tooLarge(limit: Int)
    }

    public static func inflate(_ input: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var state = State(input: input, limit: limit)
        try state.run()
        return state.output
    }

    /// Code lengths' order in a dynamic block header.
    private static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    private static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                              4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]

        /// `allowIncomplete`: a distance code may have one code only (RFC 1951 §3.2.7).
        init(lengths: ArraySlice<Int>, allowIncomplete: Bool) throws(Failure) {
            symbols = [Int](repeating: 0, count: lengths.count)
            for length in lengths { counts[length] += 1 }
            var left = 1
            for length in 1...15 {
                left <<= 1
                left -= counts[length]
                if left < 0 { throw .malformed("over-subscribed Huffman code") }
            }
            let used = lengths.count - counts[0]
            if left > 0, !(allowIncomplete && used <= 1) { throw .malformed("incomplete Huffman code") }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }
    }

    private static let fixedLiterals: Huffman? = {
        var lengths = [Int](repeating: 8, count: 288)
        for index in 144..<256 { lengths[index] = 9 }
        for index in 256..<280 { lengths[index] = 7 }
        return try? Huffman(lengths: lengths[...], allowIncomplete: false)
    }()
    /// 32 codes of five bits, of which 30 and 31 never occur in valid data (checked when decoding).
    private static let fixedDistances: Huffman? = try? Huffman(lengths: [Int](repeating: 5, count: 32)[...], allowIncomplete: false)

    private struct State {
        let input: [UInt8]
        let limit: Int
        var position = 0
        var bitBuffer = 0
        var bitCount = 0
        var output: [UInt8] = []

        init(input: [UInt8], limit: Int) {
            self.input = input
            self.limit = limit
            output.reserveCapacity(min(limit, max(input.count * 4, 1024)))
        }

        mutating func bits(_ count: Int) throws(Failure) -> Int {
            while bitCount < count {
                guard position < input.count else { throw .truncated }
                bitBuffer |= Int(input[position]) << bitCount
                position += 1
                bitCount += 8
            }
            let value = bitBuffer & ((1 << count) - 1)
            bitBuffer >>= count
            bitCount -= count
            return value
        }

        mutating func decode(_ code: Huffman) throws(Failure) -> Int {
            var value = 0, first = 0, index = 0
            for length in 1...15 {
                value |= try bits(1)
                let count = code.counts[length]
                if value - count < first { return code.symbols[index + value - first] }
                index += count
                first += count
                first <<= 1
                value <<= 1
            }
            throw .malformed("no Huffman code matches")
        }

        mutating func run() throws(Failure) {
            var last = false
            while !last {
                last = try bits(1) == 1
                switch try bits(2) {
                case 0: try stored()
                case 1:
                    guard let literals = Inflate.fixedLiterals, let distances = Inflate.fixedDistances else { throw .malformed("fixed code") }
                    try codes(literals, distances)
                case 2: try dynamic()
                default: throw .malformed("block type 3")
                }
            }
        }

        mutating func stored() throws(Failure) {
            bitBuffer = 0
            bitCount = 0
            guard position + 4 <= input.count else { throw .truncated }
            let length = Int(input[position]) | Int(input[position + 1]) << 8
            let check = Int(input[position + 2]) | Int(input[position + 3]) << 8
            position += 4
            guard length == ~check & 0xFFFF else { throw .malformed("stored block length check") }
            guard position + length <= input.count else { throw .truncated }
            guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
            output.append(contentsOf: input[position..<position + length])
            position += length
        }

        mutating func dynamic() throws(Failure) {
            let literalCount = try bits(5) + 257
            let distanceCount = try bits(5) + 1
            let codeLengthCount = try bits(4) + 4
            guard literalCount <= 286, distanceCount <= 30 else { throw .malformed("too many codes") }
            var codeLengths = [Int](repeating: 0, count: 19)
            for index in 0..<codeLengthCount { codeLengths[Inflate.codeLengthOrder[index]] = try bits(3) }
            let lengthCode = try Huffman(lengths: codeLengths[...], allowIncomplete: false)
            var lengths = [Int](repeating: 0, count: literalCount + distanceCount)
            var index = 0
            while index < lengths.count {
                let symbol = try decode(lengthCode)
                if symbol < 16 {
                    lengths[index] = symbol
                    index += 1
                    continue
                }
                var repeated = 0, times: Int
                switch symbol {
                case 16:
                    guard index > 0 else { throw .malformed("repeat with no previous length") }
                    repeated = lengths[index - 1]
                    times = 3 + (try bits(2))
                case 17: times = 3 + (try bits(3))
                default: times = 11 + (try bits(7))
                }
                guard index + times <= lengths.count else { throw .malformed("code lengths overrun") }
                for _ in 0..<times {
                    lengths[index] = repeated
                    index += 1
                }
            }
            guard lengths[256] != 0 else { throw .malformed("no end-of-block code") }
            let literals = try Huffman(lengths: lengths[0..<literalCount], allowIncomplete: false)
            let distances = try Huffman(lengths: lengths[literalCount...], allowIncomplete: true)
            try codes(literals, distances)
        }

        mutating func codes(_ literals: Huffman, _ distances: Huffman) throws(Failure) {
            while true {
                let symbol = try decode(literals)
                if symbol < 256 {
                    guard output.count < limit else { throw .tooLarge(limit: limit) }
                    output.append(UInt8(symbol))
                } else if symbol == 256 {
                    return
                } else {
                    let lengthIndex = symbol - 257
                    guard lengthIndex < 29 else { throw .malformed("length code") }
                    let length = Inflate.lengthBase[lengthIndex] + (try bits(Inflate.lengthExtra[lengthIndex]))
                    let distanceSymbol = try decode(distances)
                    guard distanceSymbol < 30 else { throw .malformed("distance code") }
                    let distance = Inflate.distanceBase[distanceSymbol] + (try bits(Inflate.distanceExtra[distanceSymbol]))
                    guard distance <= output.count else { throw .distanceTooFar }
                    guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
                    let start = output.count - distance
                    for offset in 0..<length { output.append(output[start + offset]) }
                }
            }
        }
    }
}
