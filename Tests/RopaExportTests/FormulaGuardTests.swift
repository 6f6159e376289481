import RopaExport
import XCTest

final class FormulaGuardTests: XCTestCase {
    func testFormulaStartsArePrefixed() {
        for text in ["=1+2", "=HYPERLINK(\"http://x\")", "+cmd", "-cmd", "@SUM(A1)", "\tTAB", "\rCR", "-", "+", "=", "--5", "-5-", "+46 470 123 45", "-1.5.3"] {
            XCTAssertEqual(FormulaGuard.neutralise(text), "'" + text, text.debugDescription)
        }
    }

    func testPlainNumbersAndOtherTextAreLeftAlone() {
        for text in ["-5", "+46", "-1.5", "+3,25", "0", "42", "", "text", " =not at the start", "'quoted", "2026-01-15", "\n=1"] {
            XCTAssertEqual(FormulaGuard.neutralise(text), text, text.debugDescription)
        }
    }
}
