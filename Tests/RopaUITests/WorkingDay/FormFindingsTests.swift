import RopaModel
import RopaTestSupport
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

/// What shares a form's title and id row with the findings: the count stays when a long name is cut on a
/// narrow screen, and an unsaved entity's id note does not write over the finding beside the id.
final class FormTitleAndIdRowTests: UITestCase {
    private func line(containing text: String) -> String {
        screen.split(separator: "\n").map(String.init).first { $0.contains(text) } ?? ""
    }

    func testTheCountStaysInTheTitleWhenALongNameIsCut() {
        var register = state.register
        register.activities[0].name = "Appar via kommunen eller skolan (IST som personuppgiftsbiträde) med en lång rest"
        register.activities[0].purposes[0].lawfulBasis = nil
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: Size(columns: 80, rows: 24))
        press(.character("2"), .character("e"))
        let title = line(containing: "Edit activity").trimmingCharacters(in: .whitespaces)
        XCTAssertTrue(title.hasSuffix("1 finding") || title.hasSuffix("findings"), title)
        XCTAssertTrue(title.contains("…"), "the name gives way, not the count: \(title)")
    }

    func testAListsFindingStandsBesideItsHeadingOnly() {
        state.size = Size(columns: 120, rows: 40)
        press(.character("2"), .character("a"))
        type("Löner")
        press(.enter)
        let lines = screen.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.contains("Data subjects") && $0.contains("⚠ list the categories of data subjects") }, screen)
        XCTAssertEqual(lines.filter { $0.contains("⚠ list the categories of data subjects") }.count, 1, screen)
    }

    func testTheUnsavedIdsNoteLeavesItsFindingReadable() {
        state.size = Size(columns: 120, rows: 40)
        press(.character("3"), .character("a"))
        type("Bbb Drift")
        press(.enter)
        let row = line(containing: "bbb-drift")
        let note = "(Enter changes it until saved)"
        guard let range = row.range(of: note) else { return XCTFail(row) }
        let after = row[range.upperBound...]
        XCTAssertTrue(after.trimmingCharacters(in: .whitespaces).isEmpty || after.hasPrefix("  ⚠ no activit"), row)
    }
}
