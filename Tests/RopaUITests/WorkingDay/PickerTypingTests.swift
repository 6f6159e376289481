import RopaModel
@testable import RopaUI
import XCTest

/// Issue 14, item 1: in a picker every printable key is text, `g` and `G` included.
final class PickerTypingTests: UITestCase {
    func testTypingLegalInTheLawfulBasisPickerFindsLegalObligation() {
        press(.character("2"), .enter, .character("e"))
        moveToRow("purposes.svara.lawfulBasis")
        press(.enter)
        type("legal")
        assertScreen(contains: "/ legal")
        assertScreen(contains: "Legal obligation")
        XCTAssertFalse(screen.contains("No match"), screen)
        press(.enter)
        XCTAssertEqual(state.register.activities[0].purposes[0].lawfulBasis, .legalObligation)
    }

    func testCapitalGIsTextInACountryPicker() {
        press(.character("3"), .enter, .character("e"))
        moveToRow("country")
        press(.enter)
        type("Portugal")
        assertScreen(contains: "/ Portugal")
        press(.enter)
        XCTAssertEqual(state.register.processor("arendesystem")?.country, "PT")
    }
}

extension UITestCase {
    /// Moves the form's cursor to the row with the dotted path (and kind).
    func moveToRow(_ path: String, kind: FormRow.Kind = .field, file: StaticString = #filePath, line: UInt = #line) {
        guard case .form(let form)? = state.stack.last, let target = state.formRows.firstIndex(where: { $0.pathText == path && $0.kind == kind }) else {
            return XCTFail("no row \(path)", file: file, line: line)
        }
        let steps = target - form.cursor
        for _ in 0..<abs(steps) { press(steps > 0 ? .down : .up) }
    }
}
