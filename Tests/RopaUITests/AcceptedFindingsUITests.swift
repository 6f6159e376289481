import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// The Findings section lists accepted findings below the open ones while their acceptance holds.
final class AcceptedFindingsUITests: UITestCase {
    func testAnAcceptedFindingIsShownAsAcceptedUntilItsDateThenAsOpen() {
        var register = state.register
        register.activities[0].securityMeasureIds = []
        register.settings.acceptedFindings = [AcceptedFinding(code: .missingSecurityMeasures, id: "kundservice",
                                                               reason: "Projekt Lås", until: "2026-07-31")]
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("8"))
        assertScreen(contains: "accepted")
        assertScreen(contains: "until 2026-07-31: Projekt Lås")
        XCTAssertFalse(state.findings.contains { $0.code == .missingSecurityMeasures }, "not among the open findings")

        state = AppState(register: register, session: state.session, asOf: CalendarDate(year: 2026, month: 8, day: 1), size: state.size)
        press(.character("8"))
        XCTAssertTrue(state.findings.contains { $0.code == .missingSecurityMeasures }, "open again after the date")
    }
}
