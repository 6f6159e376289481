import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// Issue 14, items 5 and 6: on a terminal at least 110 columns wide every list shows the selected row's
/// detail beside it, following the cursor; findings and review reasons are whole; an activity's detail is
/// a compact outline with its retention on the first screen.
final class MasterDetailTests: UITestCase {
    override func setUp() {
        super.setUp()
        state.size = Size(columns: 120, rows: 40)
    }

    private var lines: [String] { screen.split(separator: "\n").map(String.init) }

    func testTheSelectedActivityIsOutlinedBesideTheList() {
        press(.character("2"))
        let text = screen
        XCTAssertTrue(text.contains("│ Kundservice och kontakt"), text)
        XCTAssertTrue(text.contains("• Svara på förfrågningar — Legitimate"), text)
        XCTAssertTrue(text.contains("90 dagar efter avslutat ärende"), "the retention is on the first screen:\n\(text)")
        XCTAssertEqual(text.components(separatedBy: "Svara på förfrågningar").count - 1, 1, "each purpose once:\n\(text)")
    }

    /// A processor whose agreement records no clause: the pane shows its findings, not a heading for each
    /// unchecked Art 28(3) clause (they filled it, and the findings fell below the screen).
    func testAProcessorsPaneLeavesOutEmptyHeadingsAndReachesItsFindings() {
        var register = state.register
        register.processors.append(contentsOf: [Processor(id: "tom", name: "Tom Drift AB", service: "Drift",
                                             agreement: ProcessorAgreement(status: .unknown, note: String(repeating: "Okänt avtal. ", count: 20))),
                                Processor(id: "tom-backup", name: "Tom Backup", country: "SE", parentProcessorId: "tom")])
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: Size(columns: 120, rows: 40))
        press(.character("3"))
        while state.selectedEntity?.id != "tom", state.list.cursor < 5 { press(.down) }
        XCTAssertEqual(state.selectedEntity?.id, "tom")
        let text = screen
        XCTAssertFalse(text.contains("Subject matter of the processing"), text)
        XCTAssertTrue(text.contains("Country: record where Tom Drift AB"), text)
        XCTAssertTrue(text.contains("└ Tom Backup · SE"), "the chain's marks take no colon:\n\(text)")
    }

    func testThePaneFollowsTheCursor() {
        press(.character("3"))
        XCTAssertTrue(screen.contains("│ Name: Ärendesystem AB"), screen)
        press(.down)
        XCTAssertTrue(screen.contains("│ Name: Moln Inc."), screen)
    }

    func testFindingsShowTheWholeMessageAndArticle() {
        var register = state.register
        register.activities[0].purposes[0].lawfulBasis = nil
        register.activities[0].name = "Kundservice och kontakt med en mycket lång beskrivning av vad som görs"
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("8"))
        let text = screen
        XCTAssertTrue(text.contains("Article: Art 6(1)"), text)
        // The message wraps in the pane instead of being cut.
        let message = "choose the Art 6(1) lawful basis for \"Svara på förfrågningar\""
        let pane = lines.compactMap { line -> String? in
            guard let bar = line.firstIndex(of: "│") else { return nil }
            return String(line[line.index(after: bar)...]).trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
        XCTAssertTrue(pane.contains(message), pane)
        // The field by the form's label, not its key in the file.
        XCTAssertTrue(text.contains("Field: Purposes 'svara' › Lawful basis"), text)
        XCTAssertFalse(text.contains("purposes[svara].lawfulBasis"), text)
    }

    /// Review's reasons name the field to record by the form's label (`Agreement signed`), not by its path
    /// in the file (`agreement.signedDate`), which is for the command line.
    func testReviewsActionsNameFieldsByTheirLabels() {
        var register = state.register
        register.processors.append(Processor(id: "osignerad", name: "Osignerad AB", country: "SE", agreement: ProcessorAgreement(status: .signed)))
        register.activities[0].processorIds.append("osignerad")
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("7"))
        while state.selectedEntity?.id != "osignerad", state.list.cursor < 5 { press(.down) }
        let pane = lines.compactMap { line -> String? in
            guard let bar = line.firstIndex(of: "│") else { return nil }
            return String(line[line.index(after: bar)...]).trimmingCharacters(in: .whitespaces)
        }.joined(separator: " ")
        XCTAssertFalse(pane.contains("(agreement.signedDate)"), pane)
        XCTAssertTrue(pane.contains("(Processor agreement › Agreement signed)"), pane)
    }

    /// The outline's findings name their fields as the form does (`⚠ owner:` was the key in the file).
    func testAnActivitysFindingsNameTheirFieldsByLabel() {
        var register = state.register
        register.activities[0].purposes[0].lawfulBasis = nil
        state = AppState(register: register, session: state.session, language: .sv, asOf: Fixtures.asOf, size: state.size)
        press(.character("2"))
        XCTAssertTrue(screen.contains("⚠ Ändamål 'svara' › Rättslig grund:"), screen)
        XCTAssertFalse(screen.contains("lawfulBasis"), screen)
    }

    func testANarrowTerminalShowsTheListAlone() {
        state.size = Size(columns: 100, rows: 30)
        press(.character("2"))
        XCTAssertFalse(screen.contains("│ Kundservice"), screen)
    }
}

/// Issue 14, item 6, for the detail view Enter opens (on any width): a list element reads as one line,
/// not its text twice and a row for every unset field, so a typical activity's retention is on the
/// first screen at 120×40.
final class CompactDetailViewTests: UITestCase {
    func testAPurposeIsReadOnceAndTheRetentionIsOnTheFirstScreen() {
        var register = state.register
        // A typical activity: three purposes, five kinds of data.
        for (index, text) in ["Kunna svara på din förfrågan", "Tillhandahålla god kundservice", "Undersöka eventuella klagomål"].enumerated() {
            var purpose = register.activities[0].purposes[0]
            purpose.id = "p\(index)"
            purpose.description = text
            register.activities[0].purposes.append(purpose)
        }
        for name in ["Arbetsplats", "Jobbtitel", "Förfrågans innehåll"] {
            var category = register.activities[0].dataCategories[0]
            category.id = name.lowercased()
            category.name = name
            register.activities[0].dataCategories.append(category)
        }
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: Size(columns: 120, rows: 40))
        press(.character("2"), .enter)
        XCTAssertEqual(state.mode, .detail)
        XCTAssertEqual(screen.components(separatedBy: "Tillhandahålla god kundservice").count - 1, 1, "each purpose once:\n\(screen)")
        assertScreen(contains: "90 dagar efter avslutat ärende")
    }
}
