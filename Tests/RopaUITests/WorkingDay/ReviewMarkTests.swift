import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// Issue 14, item 10: `r` in Review saves that processor's change alone or asks first, and an agreement
/// recorded as missing cannot be marked reviewed.
final class ReviewMarkTests: UITestCase {
    override func setUp() {
        super.setUp()
        var register = state.register
        register.processors[0].agreement.reviewDue = "2026-05-01"
        register.processors.append(Processor(id: "utan-avtal", name: "Utan Avtal AB", country: "SE"))
        register.activities[0].processorIds.append("utan-avtal")
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("7"))
    }

    private func select(_ name: String) {
        let rows = state.currentVisibleRows()
        guard let position = rows.indices.first(where: { rows[$0].cells[0] == name }) else { return XCTFail("no row \(name)") }
        while state.list.cursor < position { press(.down) }
        while state.list.cursor > position { press(.up) }
    }

    func testAMissingAgreementCannotBeMarkedReviewed() {
        select("Utan Avtal AB")
        let before = state.register
        press(.character("r"))
        XCTAssertEqual(state.register, before)
        XCTAssertNil(state.modal)
        assertScreen(contains: "No agreement to review")
    }

    func testWithOtherUnsavedEditsItAsksAndAnyOtherKeyCancels() {
        press(.character("2"), .enter, .character("e"))
        moveToRow("owner")
        press(.enter, .control("u"))
        type("Ny ägare")
        press(.enter, .character("7"))
        select("Ärendesystem AB")
        let edited = state.register
        press(.character("r"))
        guard case .confirm? = state.modal else { return XCTFail("r asks when other edits are unsaved") }
        assertScreen(contains: "Other edits are unsaved")
        press(.character("r"))
        XCTAssertEqual(state.register, edited, "cancelled: nothing marked")
        XCTAssertTrue(effects.isEmpty)

        press(.character("r"), .character("y"))
        XCTAssertEqual(state.register.processor("arendesystem")?.agreement.lastReviewed, "2026-06-01")
        guard case .prompt(let prompt)? = state.modal else { return XCTFail("then asks for the message") }
        XCTAssertEqual(prompt.editor.text, "Reviewed agreement with Ärendesystem AB")
    }

    func testWithNothingElseUnsavedItSavesThatChangeAlone() {
        select("Ärendesystem AB")
        press(.character("r"))
        guard case .prompt? = state.modal else { return XCTFail("asks for the message") }
        press(.enter)
        guard case .save? = effects.last else { return XCTFail("saved") }
        // The register saved differs from the one on disk in that processor's agreement only.
        var expected = state.baseRegister
        expected.processors[0].agreement.lastReviewed = "2026-06-01"
        expected.processors[0].agreement.reviewDue = "2027-06-01"
        XCTAssertEqual(state.register, expected)
    }
}
