import RopaExport
import XCTest

final class FormulaGuardTests: XCTestCase {
    func testFormulaStartsArePrefixed() {
        for text in ["=1+2", "=HYPERLINK(\"http://x\")", "+cmd", "-cmd", "@SUM(A1)", "\tTAB", "\rCR", "-", "+", "=", "--5", "-5-", "-1.5.3", "+46 (0)8 cmd"] {
            XCTAssertEqual(FormulaGuard.neutralise(text), "'" + text, text.debugDescription)
        }
    }

    /// A phone number cannot run anything: it stays readable, without an apostrophe; for Excel it is written as
    /// a text formula that Excel shows as the number, and the import reads it back.
    func testPhoneNumbersStayReadable() {
        for text in ["+46 70-123 45 67", "+46 470 123 45", "+1 (555) 010-0199"] {
            XCTAssertEqual(FormulaGuard.neutralise(text), text)
            XCTAssertEqual(FormulaGuard.neutralise(text, forExcel: true), "=\"\(text)\"")
            XCTAssertEqual(FormulaGuard.restore(FormulaGuard.neutralise(text, forExcel: true)), text)
        }
        XCTAssertEqual(FormulaGuard.neutralise("+46\"&cmd", forExcel: true), "'+46\"&cmd")
        XCTAssertEqual(FormulaGuard.restore("=\"=cmd\""), "=\"=cmd\"", "only a phone number is read out of a text formula")
    }

    func testPlainNumbersAndOtherTextAreLeftAlone() {
        for text in ["-5", "+46", "-1.5", "+3,25", "0", "42", "", "text", " =not at the start", "'quoted", "2026-01-15", "\n=1"] {
            XCTAssertEqual(FormulaGuard.neutralise(text), text, text.debugDescription)
        }
    }
}
