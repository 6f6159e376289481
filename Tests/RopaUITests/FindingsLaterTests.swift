import Foundation
import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// Issues 14 and 16: a large register's first frame is drawn before its findings are known. Until they
/// are, every place that shows findings says they are being checked (never "none"); the check's result is
/// shown only for the register it checked, and keys work meanwhile.
final class FindingsLaterTests: UITestCase {
    /// The clean register with one error: the activity's first purpose has no lawful basis.
    private var registerWithAnError: Register {
        var register = Fixtures.cleanRegister()
        register.activities[0].purposes[0].lawfulBasis = nil
        return register
    }

    private func openDeferring(_ register: Register, language: Language = .en) {
        state = AppState(register: register, session: state.session, language: language, asOf: Fixtures.asOf, size: state.size,
                         deferringFindings: true)
        effects = reduce(&state, .started(state.size))
    }

    private var validated: [Finding] { Validator(register: state.register, asOf: Fixtures.asOf).findings() }

    func testEveryPlaceThatShowsFindingsSaysTheyAreBeingChecked() {
        openDeferring(registerWithAnError)
        XCTAssertEqual(effects, [.checkFindings], "the first frame asks for the check")
        XCTAssertTrue(state.findingsPending)
        XCTAssertNil(state.currentFindings, "an export validates for itself meanwhile")
        assertScreen(contains: "Validation: checking the register…")
        assertScreen(contains: "Checking the register for findings…")
        XCTAssertFalse(screen.contains("0 errors"), screen)
        XCTAssertFalse(screen.contains("No errors"), screen)
        press(.character("8"))
        assertScreen(contains: "Checking the register for findings…")
        XCTAssertFalse(screen.contains("Nothing here yet"), screen)
        press(.character("2"))
        XCTAssertTrue(screen.split(separator: "\n").contains { $0.contains("Kundservice och kontakt") && $0.hasSuffix("…") }, screen)
        press(.character("e"))
        assertScreen(contains: "Edit activity: Kundservice och kontakt · findings being checked")
    }

    func testInSwedishTooFromTheCatalogue() {
        openDeferring(registerWithAnError, language: .sv)
        assertScreen(contains: UIMessage.uiValidationBeingChecked.text(.sv))
        assertScreen(contains: "Registret kontrolleras efter brister")
        press(.character("8"))
        assertScreen(contains: "Registret kontrolleras efter brister")
        press(.character("2"), .character("e"))
        assertScreen(contains: "brister kontrolleras")
    }

    func testTheCheckedFindingsAreShown() {
        openDeferring(registerWithAnError)
        let expected = validated
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(reduce(&state, state.findingsCheck.run()), [])
        XCTAssertFalse(state.findingsPending)
        XCTAssertEqual(state.findings, expected)
        XCTAssertEqual(state.currentFindings, expected)
        XCTAssertFalse(screen.contains("checking"), screen)
        assertScreen(contains: "Validation: 1 error")
        press(.character("8"))
        assertScreen(contains: "missing-lawful-basis")
    }

    func testAnEditBeforeTheFindingsArriveIsKeptAndTheStaleFindingsAreNotShown() {
        openDeferring(Fixtures.cleanRegister())
        // The check starts with the register as opened; the user empties the activity's name meanwhile.
        let check = state.findingsCheck
        press(.character("2"), .enter, .character("e"))
        guard case .form(let form)? = state.stack.last, let name = state.formRows.firstIndex(where: { $0.pathText == "name" }) else {
            return XCTFail("the activity's form")
        }
        for _ in 0..<abs(name - form.cursor) { press(name > form.cursor ? .down : .up) }
        press(.enter, .control("u"), .enter)
        XCTAssertEqual(state.register.activities[0].name, "")
        XCTAssertTrue(state.findingsPending, "an edit does not validate while a check runs")

        // The check of the register before the edit found nothing: not shown, a new check is asked for.
        let stale = check.run()
        guard case .findingsChecked(let found, _) = stale else { return XCTFail("a check reports findings") }
        XCTAssertEqual(found.findings, [])
        XCTAssertEqual(reduce(&state, stale), [.checkFindings])
        XCTAssertTrue(state.findingsPending)
        XCTAssertEqual(state.register.activities[0].name, "", "the edit is kept")
        assertScreen(contains: "findings being checked")

        _ = reduce(&state, state.findingsCheck.run())
        XCTAssertFalse(state.findingsPending)
        XCTAssertEqual(state.findings, validated)
        XCTAssertTrue(state.findings.contains { $0.entityID == "kundservice" && $0.field == "name" }, "\(state.findings)")
        XCTAssertFalse(screen.contains("findings being checked"), screen)
        // Undo still takes the edit back, and the findings follow it.
        press(.escape, .character("u"))
        XCTAssertEqual(state.register.activities[0].name, "Kundservice och kontakt")
        XCTAssertEqual(state.findings, validated)
    }

    /// The Overview's overdue agreement reviews come with the findings (the same check works them out), and
    /// are worded in the language of the moment.
    func testTheOverdueReviewsComeWithTheFindings() {
        var register = Fixtures.cleanRegister()
        register.processors[0].agreement.reviewDue = "2026-01-01"
        openDeferring(register)
        XCTAssertFalse(screen.contains("Agreement review overdue"), screen)
        assertScreen(contains: "Checking the register for findings…")
        _ = reduce(&state, state.findingsCheck.run())
        assertScreen(contains: "Agreement review overdue: 'Ärendesystem AB', due 2026-01-01")
        state.language = .sv
        assertScreen(contains: "Avtalsgranskning försenad: 'Ärendesystem AB'")
        // Enter on it opens the agreement's field.
        state.language = .en
        press(.enter)
        guard case .form(let form)? = state.stack.last else { return XCTFail("Enter opens the processor's form:\n\(screen)") }
        XCTAssertEqual(form.ref, EntityRef(.processor, "arendesystem"))
    }

    func testAResultForAnotherDayIsNotShown() {
        openDeferring(registerWithAnError)
        let check = state.findingsCheck
        state.asOf = CalendarDate(year: 2027, month: 6, day: 1)
        XCTAssertEqual(reduce(&state, check.run()), [.checkFindings])
        XCTAssertTrue(state.findingsPending)
    }

    func testAStateOpenedWithTheFindingsAsksForNoCheck() {
        XCTAssertEqual(reduce(&state, .started(state.size)), [])
        XCTAssertFalse(state.findingsPending)
        assertScreen(contains: "Validation: 0 errors")
    }
}
