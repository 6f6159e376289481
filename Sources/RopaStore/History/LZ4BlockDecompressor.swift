import RopaModel

extension LZ4Block {
    /// Why a block could not be decoded. A pack comes from disk and from git, so a damaged or hostile block
    /// must end in one of these, never in a read or write outside the buffers.
    public enum DecodeError: Error, Equatable {
        /// The block ends inside a sequence (a length, the literals or an offset is cut off).
        case truncated
        /// A match refers back further than what was decoded so far (or offset 0).
        case offsetOutOfRange(at: Int)
        /// The block decodes to more bytes than its recorded size.
        case tooLong(expected: Int)
        /// The block decodes to fewer bytes than its recorded size.
        case tooShort(decoded: Int, expected: Int)

        public var problem: LocalizedText {
            switch self {
            case .truncated: return LocalizedText(.lz4Truncated)
            case .offsetOutOfRange(let position): return LocalizedText(.lz4OffsetOutOfRange, "\(position)")
            case .tooLong(let expected): return LocalizedText(.lz4TooLong, "\(expected)")
            case .tooShort(let decoded, let expected): return LocalizedText(.lz4TooShort, "\(decoded)", "\(expected)")
            }
        }
    }

    public static func decompress(_ block: [UInt8], decodedSize: Int) throws -> [UInt8] {
        try block.withUnsafeBufferPointer { try decompress($0, decodedSize: decodedSize) }
    }

    /// Decodes a block that must give exactly `decodedSize` bytes. Every length and offset is checked
    /// against both buffers before it is used.
    public static func decompress(_ block: UnsafeBufferPointer<UInt8>, decodedSize: Int) throws -> [UInt8] {
        var failure: DecodeError?
        let output = [UInt8](unsafeUninitializedCapacity: max(0, decodedSize)) { buffer, initialised in
            do {
                initialised = try decode(block, into: UnsafeMutableBufferPointer(rebasing: buffer[0..<max(0, decodedSize)]))
            } catch let error as DecodeError {
                failure = error
                initialised = 0
            } catch {
                failure = .truncated
                initialised = 0
            }
        }
        if let failure { throw failure }
        return output
    }

    /// Fills all of `output` from `block` and returns its count; throws if the block gives any other count.
    private static func decode(_ block: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        let inputEnd = block.count
        let outputEnd = output.count
        guard let source = block.baseAddress, inputEnd > 0 else { throw DecodeError.truncated }
        let target = output.baseAddress
        var input = 0
        var written = 0

        /// Reads the bytes that extend a length of 15: each adds its value, and 255 means another follows.
        func extendedLength(_ start: Int) throws -> Int {
            var length = start
            while true {
                guard input < inputEnd else { throw DecodeError.truncated }
                let byte = Int(source[input])
                input += 1
                length += byte
                // Longer than any output could be: stop before the count can grow without bound.
                if length > outputEnd { throw DecodeError.tooLong(expected: outputEnd) }
                if byte != 255 { return length }
            }
        }

        while true {
            guard input < inputEnd else { throw DecodeError.truncated }
            let token = Int(source[input])
            input += 1
            var literalCount = token >> 4
            if literalCount == 15 { literalCount = try extendedLength(literalCount) }
            guard literalCount <= inputEnd - input else { throw DecodeError.truncated }
            guard literalCount <= outputEnd - written else { throw DecodeError.tooLong(expected: outputEnd) }
            if literalCount > 0, let target {
                (target + written).initialize(from: source + input, count: literalCount)
            }
            input += literalCount
            written += literalCount
            // The last sequence is literals only: the block ends after them.
            if input == inputEnd { break }

            guard inputEnd - input >= 2 else { throw DecodeError.truncated }
            let offset = Int(source[input]) | Int(source[input + 1]) << 8
            input += 2
            guard offset > 0, offset <= written else { throw DecodeError.offsetOutOfRange(at: input - 2) }
            var matchLength = token & 15
            if matchLength == 15 { matchLength = try extendedLength(matchLength) }
            matchLength += minimumMatch
            guard matchLength <= outputEnd - written, let target else { throw DecodeError.tooLong(expected: outputEnd) }
            let from = target + written - offset
            if offset >= matchLength {
                (target + written).initialize(from: from, count: matchLength)
            } else {
                // Overlapping: the match repeats the last `offset` bytes, so it is copied byte by byte.
                for index in 0..<matchLength { (target + written + index).initialize(to: from[index]) }
            }
            written += matchLength
        }
        guard written == outputEnd else { throw DecodeError.tooShort(decoded: written, expected: outputEnd) }
        return written
    }
}
