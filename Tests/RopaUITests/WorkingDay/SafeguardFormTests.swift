import RopaModel
@testable import RopaUI
import XCTest

/// Issue 14, item 16: the adequacy field offers the decision in force for the transfer's country (for the
/// US the EU–US Data Privacy Framework, with its certification note), and fields of other mechanisms
/// hide when the mechanism changes.
final class SafeguardFormTests: UITestCase {
    private func openTransferForm() {
        press(.character("4"), .enter, .character("e"))
    }

    /// The transfer's mechanism set to adequacy, and Enter on its decision.
    private func openAdequacyDecisions() {
        openTransferForm()
        moveToRow("safeguard.mechanism")
        press(.enter)
        type("adequacy")
        press(.enter)
        moveToRow("safeguard.adequacyReference")
        press(.enter)
    }

    private var paths: [String] { state.formRows.map(\.pathText) }

    func testOnlyTheMechanismsFieldsAreShown() {
        openTransferForm()
        XCTAssertTrue(paths.contains("safeguard.sccModule"))
        // Neither the adequacy decision's fields nor the Art 49 derogation's show under SCC.
        for hidden in ["safeguard.adequacyReference", "safeguard.recipientCoverage", "safeguard.recipientCoverage.covered",
                       "safeguard.documentation", "safeguard.occasional"] {
            XCTAssertFalse(paths.contains(hidden), hidden)
        }
        moveToRow("safeguard.mechanism")
        press(.enter)
        type("adequacy")
        press(.enter)
        XCTAssertEqual(state.register.transfers[0].safeguard.mechanism, .adequacy)
        XCTAssertTrue(paths.contains("safeguard.adequacyReference"))
        XCTAssertTrue(paths.contains("safeguard.recipientCoverage.covered"))
        for hidden in ["safeguard.sccModule", "safeguard.sccSignedDate", "safeguard.sccReference", "safeguard.bcrReference"] {
            XCTAssertFalse(paths.contains(hidden), hidden)
        }
        XCTAssertFalse(screen.contains("SCC"), screen)
    }

    func testTheAdequacyFieldOffersTheDataPrivacyFrameworkForTheUS() {
        openAdequacyDecisions()
        guard case .picker(let picker)? = state.modal else { return XCTFail("the decisions in force are offered") }
        XCTAssertTrue(picker.options.contains { $0.label.contains("2023/1795") && $0.detail.contains("certified") }, "\(picker.options)")
        assertScreen(contains: "2023/1795")
        press(.enter)
        XCTAssertEqual(state.register.transfers[0].safeguard.adequacyReference?.contains("2023/1795"), true)
        assertScreen(contains: "Covers only organisations certified")
    }

    func testThePickerShowsTheChosenDecisionsNoteInFull() {
        openAdequacyDecisions()
        guard case .picker(let picker)? = state.modal, let position = picker.options.firstIndex(where: { $0.label.contains("2023/1795") }) else {
            return XCTFail("the decisions in force are offered")
        }
        while case .picker(let current)? = state.modal, current.cursor < position { press(.down) }
        let detail = picker.options[position].detail
        XCTAssertGreaterThan(detail.count, 24, "a note longer than its column")
        assertScreen(contains: detail)
    }
}
