/// The LZ4 block format (as documented with the reference implementation, `lz4_Block_format.md`), written
/// here because ropa takes no package dependencies. A block is a run of sequences, each a token (literal
/// count in the high 4 bits, match length − 4 in the low 4, 15 meaning "more bytes of 255 follow"), the
/// literals, a 2-byte little-endian offset back into what was already decoded (1…65 535) and the rest of
/// the match length; the last sequence has literals only. A block does not record its decoded size: the
/// pack header does. Any LZ4 decoder reads what `compress` writes.
public enum LZ4Block {
    static let minimumMatch = 4
    static let maximumOffset = 65_535
    /// The format's end rules, which the reference decoder's fast path relies on: the last 5 bytes are
    /// literals, and no match starts within the last 12 bytes.
    static let lastLiterals = 5
    static let matchStartLimit = 12
    /// How many earlier positions with the same 4-byte hash are tried: deeper finds longer matches in
    /// JSON (keys repeat at many distances) for more time; 16 is where the gain flattened on entity files.
    static let searchDepth = 16

    /// The largest block `compress` can write for `count` bytes (incompressible input: literals only).
    public static func maximumCompressedSize(_ count: Int) -> Int {
        count + count / 255 + 16
    }

    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { compress($0) }
    }

    /// Greedy parsing with hash chains: at each position the longest match among the last `searchDepth`
    /// positions that share its first 4 bytes' hash, else one more literal.
    public static func compress(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let count = input.count
        return [UInt8](unsafeUninitializedCapacity: maximumCompressedSize(count)) { output, written in
            var writer = SequenceWriter(output: output)
            guard let source = input.baseAddress, count > matchStartLimit else {
                writer.writeLastLiterals(input, from: 0)
                written = writer.position
                return
            }
            let hashBits = 16
            // Newest position + 1 for each hash (0: none yet), and for each position (modulo the window)
            // the distance back to the previous one with the same hash (0: none within the window).
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 1 << hashBits) { heads in
                withUnsafeTemporaryAllocation(of: UInt16.self, capacity: maximumOffset + 1) { chain in
                    heads.initialize(repeating: 0)
                    chain.initialize(repeating: 0)
                    func read32(_ position: Int) -> UInt32 {
                        UnsafeRawPointer(source + position).loadUnaligned(as: UInt32.self)
                    }
                    func hash(_ position: Int) -> Int {
                        Int((read32(position) &* 2_654_435_761) >> UInt32(32 - hashBits))
                    }
                    var inserted = 0
                    func insert(upTo end: Int) {
                        while inserted < end {
                            let slot = hash(inserted)
                            let previous = Int(heads[slot]) - 1
                            let distance = previous >= 0 ? inserted - previous : 0
                            chain[inserted & maximumOffset] = distance > 0 && distance <= maximumOffset ? UInt16(distance) : 0
                            heads[slot] = Int32(inserted + 1)
                            inserted += 1
                        }
                    }
                    let matchEndLimit = count - lastLiterals
                    let searchEnd = count - matchStartLimit
                    var anchor = 0
                    var position = 0
                    while position < searchEnd {
                        insert(upTo: position)
                        var bestLength = 0
                        var bestStart = 0
                        let first = read32(position)
                        var candidate = Int(heads[hash(position)]) - 1
                        var tries = searchDepth
                        while candidate >= 0, position - candidate <= maximumOffset, tries > 0 {
                            tries -= 1
                            if read32(candidate) == first {
                                var length = minimumMatch
                                while position + length < matchEndLimit, source[candidate + length] == source[position + length] {
                                    length += 1
                                }
                                if length > bestLength {
                                    bestLength = length
                                    bestStart = candidate
                                }
                            }
                            let step = Int(chain[candidate & maximumOffset])
                            if step == 0 { break }
                            candidate -= step
                        }
                        guard bestLength >= minimumMatch else {
                            position += 1
                            continue
                        }
                        // A match often begins a little earlier than where it was found.
                        while position > anchor, bestStart > 0, source[position - 1] == source[bestStart - 1] {
                            position -= 1
                            bestStart -= 1
                            bestLength += 1
                        }
                        writer.writeSequence(input, literalsFrom: anchor, to: position, offset: position - bestStart, matchLength: bestLength)
                        position += bestLength
                        anchor = position
                    }
                    writer.writeLastLiterals(input, from: anchor)
                }
            }
            written = writer.position
        }
    }
}

/// Appends sequences to the output of `LZ4Block.compress`, which has room for the worst case.
private struct SequenceWriter {
    let output: UnsafeMutableBufferPointer<UInt8>
    var position = 0

    mutating func writeSequence(_ input: UnsafeBufferPointer<UInt8>, literalsFrom start: Int, to end: Int, offset: Int, matchLength: Int) {
        let literalCount = end - start
        let matchCode = matchLength - LZ4Block.minimumMatch
        output[position] = UInt8(min(literalCount, 15) << 4 | min(matchCode, 15))
        position += 1
        if literalCount >= 15 { writeLength(literalCount - 15) }
        copyLiterals(input, start, literalCount)
        output[position] = UInt8(offset & 0xFF)
        output[position + 1] = UInt8(offset >> 8)
        position += 2
        if matchCode >= 15 { writeLength(matchCode - 15) }
    }

    mutating func writeLastLiterals(_ input: UnsafeBufferPointer<UInt8>, from start: Int) {
        let literalCount = input.count - start
        output[position] = UInt8(min(literalCount, 15) << 4)
        position += 1
        if literalCount >= 15 { writeLength(literalCount - 15) }
        copyLiterals(input, start, literalCount)
    }

    private mutating func writeLength(_ remainder: Int) {
        var rest = remainder
        while rest >= 255 {
            output[position] = 255
            position += 1
            rest -= 255
        }
        output[position] = UInt8(rest)
        position += 1
    }

    private mutating func copyLiterals(_ input: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) {
        guard count > 0, let source = input.baseAddress, let target = output.baseAddress else { return }
        (target + position).initialize(from: source + start, count: count)
        position += count
    }
}
