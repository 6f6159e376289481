import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// Fitting text into table cells: the fast paths must cut exactly where measuring every character does.
final class DisplayWidthTests: XCTestCase {
    /// The definition: escape, measure all, and when too wide keep what fits before an ellipsis.
    private func reference(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let safe = TerminalText.escape(text)
        if DisplayWidth.of(safe) <= width { return safe }
        var result = ""
        var used = 0
        for character in safe {
            let columns = DisplayWidth.of(character)
            if used + columns > width - 1 { break }
            result.append(character)
            used += columns
        }
        return result + "…"
    }

    func testFittingMatchesMeasuringEveryCharacter() {
        let pieces = ["a", "Z", " ", "~", "å", "Ä", "ö", "é", "e\u{301}", "漢", "字", "🙂", "\n", "\t", "\u{1B}", "\u{7F}",
                      "\u{200B}", "\u{202E}", "Kundservice", "Behandling av personuppgifter", "–", "…"]
        var random = SeededGenerator(seed: 42)
        var checked = 0
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...30, using: &random)
            let text = (0..<length).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
            for width in [0, 1, 2, 3, 5, 8, 13, 40] {
                let fitted = DisplayWidth.fit(text, width: width)
                XCTAssertEqual(fitted, reference(text, width: width), "\(text.debugDescription) in \(width)")
                XCTAssertLessThanOrEqual(DisplayWidth.of(fitted), width)
                checked += 1
            }
        }
        XCTAssertEqual(checked, 24_000)
    }

    func testPrintableASCIIIsCutWithAnEllipsis() {
        XCTAssertEqual(DisplayWidth.fit("Kundservice", width: 20), "Kundservice")
        XCTAssertEqual(DisplayWidth.fit("Kundservice", width: 11), "Kundservice")
        XCTAssertEqual(DisplayWidth.fit("Kundservice", width: 5), "Kund…")
        XCTAssertEqual(DisplayWidth.fit("rad\nrad", width: 20), "rad\u{240A}rad")
    }
}
