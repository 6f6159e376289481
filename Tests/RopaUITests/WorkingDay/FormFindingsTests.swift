import RopaModel
@testable import RopaUI
import XCTest

/// Issue 14, item 7: a form shows the entity's findings beside their fields as it is edited, and counts
/// them in its title, without a trip to Findings.
final class FormFindingsTests: UITestCase {
    private func line(containing text: String) -> String {
        screen.split(separator: "\n").map(String.init).first { $0.contains(text) } ?? ""
    }

    func testAFindingAppearsBesideItsFieldAndInTheTitleAsTheFieldIsEdited() {
        state.size = Size(columns: 160, rows: 40)
        press(.character("2"), .enter, .character("e"))
        XCTAssertFalse(line(containing: "Edit activity").contains("finding"), screen)
        moveToRow("purposes.svara.lawfulBasis")
        press(.enter)
        // "(not set)" is the first choice of an optional vocabulary.
        press(.home, .enter)
        XCTAssertNil(state.register.activities[0].purposes[0].lawfulBasis)
        let title = line(containing: "Edit activity")
        XCTAssertTrue(title.contains("1 finding") || title.contains("findings"), title)
        let field = line(containing: "Lawful basis")
        XCTAssertTrue(field.contains("⚠ choose the Art 6(1) lawful basis"), field)
        press(.enter)
        type("consent")
        press(.enter)
        XCTAssertFalse(line(containing: "Lawful basis").contains("⚠"), screen)
        XCTAssertFalse(line(containing: "Edit activity").contains("finding"), screen)
    }
}
