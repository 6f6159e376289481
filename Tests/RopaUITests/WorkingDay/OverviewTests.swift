import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// Issue 14, item 8: the Overview counts in the singular and plural and lists overdue agreement reviews
/// under "Needs attention", not errors only.
final class OverviewTests: UITestCase {
    func testCountsArePluralised() {
        assertScreen(contains: "1 activity · 1 processor · 1 sub-processor · 1 transfer · 1 joint controller · 1 security measure")
        assertScreen(contains: "Validation: 0 errors, 0 warnings")
        state.language = .sv
        assertScreen(contains: "1 behandling · 1 biträde · 1 underbiträde · 1 överföring")
    }

    func testAnOverdueAgreementReviewNeedsAttention() {
        var register = state.register
        register.processors[0].agreement.reviewDue = "2025-09-11"
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        assertScreen(contains: "Agreement review overdue: 'Ärendesystem AB', due 2025-09-11 (263 days ago)")
        XCTAssertFalse(screen.contains("No errors."), screen)
    }
}
