import RopaModel
import RopaTestSupport
import XCTest

/// The word-at-a-time check answers as checking each byte: every byte value at every position of texts
/// long and short enough to end inside a word, around the edges 0x1F/0x20 and 0x7E/0x7F/0x80.
final class PrintableASCIITests: XCTestCase {
    private func byteByByte(_ bytes: [UInt8]) -> Bool { bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }

    func testEveryByteAtEveryPositionAnswersAsByteByByte() {
        var random = SeededGenerator(seed: 40)
        var refused = 0
        for length in 1...27 {
            for position in 0..<length {
                for value in 0...255 {
                    var bytes = (0..<length).map { _ in UInt8(0x20 + random.next() % 0x5F) }
                    bytes[position] = UInt8(value)
                    let answer = bytes.withUnsafeBufferPointer(PrintableASCII.holds)
                    XCTAssertEqual(answer, byteByByte(bytes), "\(bytes) at \(position)")
                    if !answer { refused += 1 }
                }
            }
        }
        XCTAssertGreaterThan(refused, 10_000)
        XCTAssertTrue(PrintableASCII.holds(""))
        XCTAssertTrue(PrintableASCII.holds("Kundservice och kontakt ~ {} 0123456789"))
        XCTAssertFalse(PrintableASCII.holds("Kundtjänst"))
        XCTAssertFalse(PrintableASCII.holds("abcdefgh\u{1B}[2J"))
        XCTAssertFalse(PrintableASCII.holds("abcdefg\u{7F}"))
    }
}
