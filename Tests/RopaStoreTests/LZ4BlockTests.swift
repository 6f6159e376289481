import Foundation
import RopaJSON
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// The LZ4 block compressor and decompressor that packs use: round trips on every kind of input, the
/// format's rules (so any LZ4 decoder reads the blocks), and damaged or hostile blocks refused with an
/// error, never a crash.
final class LZ4BlockTests: XCTestCase {
    private func roundTrip(_ input: [UInt8], file: StaticString = #filePath, line: UInt = #line) throws -> [UInt8] {
        let block = LZ4Block.compress(input)
        XCTAssertLessThanOrEqual(block.count, LZ4Block.maximumCompressedSize(input.count), file: file, line: line)
        XCTAssertEqual(try LZ4Block.decompress(block, decodedSize: input.count), input, file: file, line: line)
        try checkFormatRules(block, decodedSize: input.count, file: file, line: line)
        return block
    }

    /// Walks the sequences of a block as the format describes them, independently of the decompressor:
    /// offsets within what was decoded, the last 5 bytes literals and no match in the last 12 bytes.
    private func checkFormatRules(_ block: [UInt8], decodedSize: Int, file: StaticString, line: UInt) throws {
        var input = 0, decoded = 0
        var lastMatchStart = -1
        func length(_ start: Int) -> Int {
            var total = start
            guard start == 15 else { return total }
            while input < block.count {
                let byte = Int(block[input])
                input += 1
                total += byte
                if byte != 255 { break }
            }
            return total
        }
        while true {
            let token = Int(try XCTUnwrap(input < block.count ? block[input] : nil, file: file, line: line))
            input += 1
            let literals = length(token >> 4)
            input += literals
            decoded += literals
            if input >= block.count {
                XCTAssertEqual(input, block.count, "the block ends inside its literals", file: file, line: line)
                if decodedSize >= LZ4Block.matchStartLimit + 1 {
                    XCTAssertGreaterThanOrEqual(literals, LZ4Block.lastLiterals, "the last 5 bytes must be literals", file: file, line: line)
                }
                break
            }
            let offset = Int(block[input]) | Int(block[input + 1]) << 8
            input += 2
            XCTAssertTrue(offset >= 1 && offset <= decoded, "offset \(offset) at \(decoded)", file: file, line: line)
            lastMatchStart = decoded
            decoded += length(token & 15) + LZ4Block.minimumMatch
        }
        XCTAssertEqual(decoded, decodedSize, file: file, line: line)
        if lastMatchStart >= 0 {
            XCTAssertLessThanOrEqual(lastMatchStart, decodedSize - LZ4Block.matchStartLimit, "a match starts in the last 12 bytes", file: file, line: line)
        }
    }

    private func randomBytes(_ count: Int, _ random: inout SeededGenerator, alphabet: Int = 256) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next() % UInt64(alphabet)) }
    }

    // MARK: Round trips

    func testEmptyAndTinyInputsRoundTrip() throws {
        XCTAssertEqual(try roundTrip([]), [0x00], "an empty block is one token with no literals")
        for count in 1...20 {
            _ = try roundTrip(Array(repeating: UInt8(ascii: "a"), count: count))
            _ = try roundTrip(Array((0..<count).map { UInt8($0) }))
        }
    }

    func testIncompressibleRandomBytesGrowOnlyByTheFormatsOverhead() throws {
        var random = SeededGenerator(seed: 1)
        let input = randomBytes(200_000, &random)
        let block = try roundTrip(input)
        XCTAssertGreaterThan(block.count, input.count, "random bytes do not compress")
        XCTAssertLessThanOrEqual(block.count, input.count + input.count / 255 + 16)
    }

    func testRepetitiveInputCompressesToAFewBytesPer255() throws {
        let zeros = [UInt8](repeating: 0, count: 1_000_000)
        XCTAssertLessThan(try roundTrip(zeros).count, 5_000)
        let pattern = Array("{\"id\": \"kundservice\", \"name\": \"Kundservice\"}\n".utf8)
        let repeated = Array((0..<5_000).map { _ in pattern }.joined())
        XCTAssertLessThan(try roundTrip(repeated).count, repeated.count / 50)
    }

    /// The seed registers' entity files, concatenated as a pack's chunk would hold them.
    func testRealEntityFilesCompressWell() throws {
        let folder = "\(Fixtures.repositoryRoot)/Data/ist-group"
        var input: [UInt8] = []
        for kind in ["activities", "processors", "transfers", "security-measures"] {
            let path = "\(folder)/\(kind)"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path).sorted()) ?? [] where name.hasSuffix(".json") {
                input += try XCTUnwrap(FileManager.default.contents(atPath: "\(path)/\(name)"))
            }
        }
        XCTAssertGreaterThan(input.count, 20_000)
        let block = try roundTrip(input)
        XCTAssertLessThan(Double(block.count) / Double(input.count), 0.4, "entity JSON shares its keys and much of its values")
    }

    func testSeededRandomInputsRoundTrip() throws {
        var random = SeededGenerator(seed: 2024)
        for _ in 0..<3_000 {
            let count = Int(random.next() % 600)
            // A small alphabet and copied runs make matches of every length and distance.
            var input = randomBytes(count, &random, alphabet: [2, 4, 16, 256][Int(random.next() % 4)])
            if input.count > 8, random.next() % 2 == 0 {
                let start = Int(random.next() % UInt64(input.count / 2)), length = Int(random.next() % UInt64(input.count - start))
                input += input[start..<start + length]
            }
            _ = try roundTrip(input)
        }
    }

    /// Matches reach back the whole 64 KiB window, and no further.
    func testMatchesAcrossTheWholeWindow() throws {
        var random = SeededGenerator(seed: 9)
        let text = randomBytes(1_000, &random)
        for gap in [65_535 - 1_000, 65_536 - 1_000, 70_000] {
            _ = try roundTrip(text + randomBytes(gap, &random) + text)
        }
    }

    // MARK: Decoding blocks made by hand from the format's description

    func testDecodesHandMadeBlocks() throws {
        // "abc", then a match 3 back of 9 bytes (overlapping itself), then "xyzxy" as the last literals.
        let block: [UInt8] = [0x35] + Array("abc".utf8) + [0x03, 0x00] + [0x50] + Array("xyzxy".utf8)
        XCTAssertEqual(try LZ4Block.decompress(block, decodedSize: 17), Array("abcabcabcabcxyzxy".utf8))
        // 20 literals: 15 in the token and 5 in one more length byte.
        let twenty = Array("abcdefghijklmnopqrst".utf8)
        XCTAssertEqual(try LZ4Block.decompress([0xF0, 0x05] + twenty, decodedSize: 20), twenty)
        // A match of 4 + 15 + 255 + 1 bytes: the length bytes 255 then 1.
        let long: [UInt8] = [0x1F, UInt8(ascii: "z"), 0x01, 0x00, 0xFF, 0x01, 0x00]
        XCTAssertEqual(try LZ4Block.decompress(long, decodedSize: 276), [UInt8](repeating: UInt8(ascii: "z"), count: 276))
    }

    // MARK: Damaged and hostile blocks

    func testRefusesBadOffsetsAndWrongSizes() {
        func refuses(_ block: [UInt8], _ size: Int, _ expected: LZ4Block.DecodeError, line: UInt = #line) {
            XCTAssertThrowsError(try LZ4Block.decompress(block, decodedSize: size), line: line) { error in
                XCTAssertEqual(error as? LZ4Block.DecodeError, expected, line: line)
            }
        }
        refuses([0x10, 0x61, 0x00, 0x00, 0x00], 10, .offsetOutOfRange(at: 2))
        refuses([0x10, 0x61, 0x02, 0x00, 0x00], 10, .offsetOutOfRange(at: 2))
        refuses([0x30, 0x61, 0x62, 0x63], 2, .tooLong(expected: 2))
        refuses([0x30, 0x61, 0x62, 0x63], 4, .tooShort(decoded: 3, expected: 4))
        refuses([], 0, .truncated)
        refuses([0x30, 0x61], 3, .truncated)
        refuses([0x15, 0x61, 0x01], 10, .truncated)
        refuses([0xF0, 0xFF, 0xFF], 100_000, .truncated)
        // A length that keeps growing is cut off once it passes the size, not read to the end.
        refuses([0xF0] + [UInt8](repeating: 0xFF, count: 10_000), 1_000, .tooLong(expected: 1_000))
    }

    func testEveryTruncationIsRefused() throws {
        let input = Array(String(repeating: "Personuppgiftsbiträdesavtal för kundservice; ", count: 40).utf8)
        let block = LZ4Block.compress(input)
        for length in 0..<block.count {
            XCTAssertThrowsError(try LZ4Block.decompress(Array(block[0..<length]), decodedSize: input.count), "prefix \(length)")
        }
    }

    /// Bytes changed at random in real blocks: the result is an error or exactly the recorded size, and the
    /// errors read in both languages.
    func testFlippedBytesGiveAnErrorOrTheRecordedSizeNeverACrash() throws {
        var random = SeededGenerator(seed: 77)
        let text = Array(try String(contentsOfFile: "\(Fixtures.repositoryRoot)/Data/ist-group/organisation.json", encoding: .utf8).utf8)
        let block = LZ4Block.compress(text)
        var refused = 0
        for _ in 0..<3_000 {
            var damaged = block
            for _ in 0...Int(random.next() % 4) {
                damaged[Int(random.next() % UInt64(damaged.count))] = UInt8(truncatingIfNeeded: random.next())
            }
            if random.next() % 8 == 0 { damaged.removeLast(Int(random.next() % UInt64(damaged.count))) }
            do {
                let decoded = try LZ4Block.decompress(damaged, decodedSize: text.count)
                XCTAssertEqual(decoded.count, text.count)
            } catch let error as LZ4Block.DecodeError {
                refused += 1
                XCTAssertNotEqual(error.problem.text(.en), error.problem.text(.sv))
            }
        }
        XCTAssertGreaterThan(refused, 500, "most damage must be noticed by the decoder itself")
    }
}
