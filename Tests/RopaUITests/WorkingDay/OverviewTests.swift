import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// Issue 14, item 8: the Overview is a starting point. Its counts are in the singular and plural in both
/// languages; "Needs attention" lists every overdue agreement review, not errors only; and Enter on one
/// of its lines opens the entity at the field the line is about.
final class OverviewTests: UITestCase {
    func testCountsArePluralised() {
        assertScreen(contains: "1 activity · 1 processor · 1 sub-processor · 1 transfer · 1 joint controller · 1 security measure")
        assertScreen(contains: "Validation: 0 errors, 0 warnings")
        state.language = .sv
        assertScreen(contains: "1 behandling · 1 biträde · 1 underbiträde · 1 överföring · 1 gemensamt ansvarig")
        assertScreen(contains: "\n 1 säkerhetsåtgärd")
        assertScreen(contains: "Validering: 0 fel, 0 varningar")
    }

    private func overdue(_ change: (inout Processor) -> Void = { _ in }) {
        var register = state.register
        register.processors[0].agreement.reviewDue = "2025-09-11"
        change(&register.processors[0])
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
    }

    func testAnOverdueAgreementReviewNeedsAttention() {
        overdue()
        assertScreen(contains: "Agreement review overdue: 'Ärendesystem AB', due 2025-09-11 (263 days ago)")
        XCTAssertFalse(screen.contains("No errors"), screen)
    }

    /// The Swedish counts are longer than the screen: the line wraps instead of losing the last count.
    func testLongLinesWrapInsteadOfBeingCut() {
        state.language = .sv
        state.size = Size(columns: 80, rows: 30)
        XCTAssertFalse(screen.contains("säkerhetsåt…"), screen)
        assertScreen(contains: "1 gemensamt ansvarig · 1 säkerhetsåtgärd")
    }

    func testEnterOnAnOverdueReviewOpensItsReviewDate() {
        overdue()
        press(.enter)
        XCTAssertEqual(state.mode, .form, screen)
        assertScreen(contains: "Edit processor: Ärendesystem AB")
        XCTAssertEqual(state.formRows[selectedFormRow].path, ["agreement", "reviewDue"], screen)
    }

    func testEnterOnAnErrorOpensTheEntityAtItsField() throws {
        var register = state.register
        register.activities[0].purposes[0].lawfulBasis = nil
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        let error = try XCTUnwrap(state.findings.first { $0.severity == .error })
        assertScreen(contains: "Needs attention (Enter opens the field)")
        press(.down, .up, .enter)
        XCTAssertEqual(state.mode, .form, screen)
        assertScreen(contains: "Edit activity: ")
        let path = state.formRows[selectedFormRow].pathText
        XCTAssertTrue(error.field.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "").hasPrefix(path), "\(path) for \(error.field)")
    }

    func testTheSelectedAttentionLineIsMarkedAndMoves() {
        var register = state.register
        register.activities[0].purposes[0].lawfulBasis = nil
        register.processors[0].agreement.reviewDue = "2025-09-11"
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        let rows = render(state, size: state.size)
        let overdueRow = ((0..<state.size.rows).first { rows.text(row: $0).contains("Agreement review overdue") })
        XCTAssertEqual(overdueRow.map { rows.cells[$0][3].style.reverse }, true, screen)
        press(.down, .enter)
        assertScreen(contains: "Edit activity: ")
    }

    private var selectedFormRow: Int {
        if case .form(let form)? = state.stack.last { return form.cursor }
        return -1
    }
}
