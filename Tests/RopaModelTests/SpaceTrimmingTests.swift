import Foundation
import RopaModel
import XCTest

final class SpaceTrimmingTests: XCTestCase {
    /// Every scalar Foundation counts as a space and every other white space, alone and around text, trims as
    /// Foundation trims.
    func testTrimmingAgreesWithFoundation() {
        let spaces = (0...0x10FFFF).compactMap(Unicode.Scalar.init)
            .filter { $0.properties.isWhitespace || CharacterSet.whitespaces.contains($0) }.map(String.init)
        XCTAssertTrue(spaces.contains("\u{A0}") && spaces.contains("\u{2003}") && spaces.contains("\n"), "the space separators and line breaks are tried")
        let middles = ["", "a", "Kund", "ingen", "Åsa Öberg", "e\u{301}", "\u{301}x", "a b", "👩‍💻", "a\u{A0}b", "\u{200B}"]
        var tried = 0
        for space in spaces + ["\t\t", " \u{3000} ", "\r\n"] {
            for middle in middles {
                for text in [space + middle, middle + space, space + middle + space, space + space, middle] {
                    XCTAssertEqual(text.trimmingSpaces, text.trimmingCharacters(in: .whitespaces),
                                   "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
                    tried += 1
                }
            }
        }
        XCTAssertGreaterThan(tried, 1000)
    }

    func testTextWithoutSpacesAtItsEndsIsItself() {
        XCTAssertEqual("Kundservice".trimmingSpaces, "Kundservice")
        XCTAssertEqual("  inga mottagare\t".trimmingSpaces, "inga mottagare")
        XCTAssertEqual(" \u{A0}\u{2009} ".trimmingSpaces, "")
        XCTAssertEqual("\nrad\n".trimmingSpaces, "\nrad\n", "line breaks are no spaces")
    }
}
