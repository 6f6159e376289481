@testable import RopaModel
import XCTest

/// `TerminalText.escape` decides on the UTF-8 bytes whether a text needs any placeholder: the same answer
/// as asking every scalar.
final class TerminalTextTests: XCTestCase {
    func testTheByteCheckAgreesWithThePlaceholderOfEveryScalar() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            let expected = TerminalText.placeholder(for: scalar) != nil
            if TerminalText.hasPlaceholder(text) != expected { XCTFail("U+\(String(value, radix: 16)): expected \(expected)") }
            // Behind Swedish letters and a dash, which are decoded differently.
            if value % 97 == 0, TerminalText.hasPlaceholder("Lön – \(text)") != expected { XCTFail("after text: U+\(String(value, radix: 16))") }
        }
    }

    func testSwedishTextIsKeptAndControlsAreShown() {
        XCTAssertEqual(TerminalText.escape("Löneadministration – Malmö"), "Löneadministration – Malmö")
        XCTAssertEqual(TerminalText.escape("Lön\u{1B}[31m"), "Lön\u{241B}[31m")
        XCTAssertEqual(TerminalText.escape("Lön\u{202E}röd"), "Lön<U+202E>röd")
        XCTAssertEqual(TerminalText.escape("å\u{85}"), "å<U+85>")
        XCTAssertEqual(TerminalText.escape("ö\u{FEFF}"), "ö<U+FEFF>")
        XCTAssertEqual(TerminalText.escape("§ « » ©"), "§ « » ©")
    }
}
