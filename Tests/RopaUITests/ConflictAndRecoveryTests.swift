import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

final class ConflictAndRecoveryTests: UITestCase {
    func testChangedOnDiskOffersReloadAndReappliesEdits() {
        press(.character("2"), .enter, .character("e"), .enter, .control("u"))
        type("Min ändring")
        press(.enter, .escape, .escape)
        press(.character("s"))
        type("spara")
        press(.enter)
        XCTAssertEqual(effects.last, .save(message: "spara"))
        _ = reduce(&state, .changedOnDisk(["activities/kundservice.json"]))
        assertScreen(contains: "Not saved: the register changed")
        assertScreen(contains: "activities/kundservice.json")
        press(.character("r"))
        XCTAssertEqual(effects.last, .reload)
        var theirs = Fixtures.cleanRegister()
        theirs.activities[0].owner = "Från git"
        theirs.securityMeasures.append(SecurityMeasure(id: "ny", name: "Ny åtgärd"))
        _ = reduce(&state, .reloaded(theirs, versions: state.session.versions))
        XCTAssertEqual(state.register.activities[0].name, "Min ändring")
        XCTAssertEqual(state.register.activities[0].owner, "Kundservicechef", "the activity is mine as a whole: mine wins")
        XCTAssertNotNil(state.register.securityMeasure("ny"))
        XCTAssertTrue(state.isDirty, "the re-applied edits are still unsaved")
        XCTAssertTrue(state.status?.text.contains("Changed on both sides") ?? false, state.status?.text ?? "")
    }

    func testCancellingAConflictKeepsTheEdits() {
        press(.character("2"), .character("d"), .character("y"))
        _ = reduce(&state, .changedOnDisk(["organisation.json"]))
        press(.character("c"))
        XCTAssertNil(state.modal)
        XCTAssertTrue(state.isDirty)
        XCTAssertTrue(state.register.activities.isEmpty)
    }

    func testRecoveredEditsCanBeRestoredOrDiscarded() {
        var recovered = state.register
        recovered.activities[0].name = "Osparad"
        _ = reduce(&state, .recovered(time: "2026-06-01T12:00:00Z", register: recovered))
        assertScreen(contains: "Recover unsaved edits?")
        assertScreen(contains: "stopped at 2026-06-01T12:00:00Z")
        press(.character("r"))
        XCTAssertEqual(effects.last, .discardRecovery)
        XCTAssertEqual(state.register.activities[0].name, "Osparad")
        XCTAssertTrue(state.isDirty)
        press(.character("u"))
        XCTAssertEqual(state.register.activities[0].name, "Kundservice och kontakt")

        setUp()
        _ = reduce(&state, .recovered(time: "t", register: recovered))
        press(.character("d"))
        XCTAssertEqual(effects.last, .discardRecovery)
        XCTAssertEqual(state.register.activities[0].name, "Kundservice och kontakt")
        XCTAssertFalse(state.isDirty)
    }
}
