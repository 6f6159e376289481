import RopaModel
@testable import RopaUI
import XCTest

/// Issue 14, item 4: the mode is always in the status bar, messages fade at the next key, Enter on an
/// empty list heading adds an item, and an empty version message asks again.
final class ModeAndStatusTests: UITestCase {
    private var statusBar: String { screen.split(separator: "\n").last.map(String.init) ?? "" }

    func testTheStatusBarNamesTheMode() {
        press(.character("2"))
        XCTAssertTrue(statusBar.contains(" LIST "), statusBar)
        press(.character("/"))
        XCTAssertTrue(statusBar.contains(" FILTER "), statusBar)
        press(.escape, .enter)
        XCTAssertTrue(statusBar.contains(" VIEW "), statusBar)
        press(.character("e"))
        XCTAssertTrue(statusBar.contains(" FORM "), statusBar)
        press(.enter)
        XCTAssertTrue(statusBar.contains(" EDITING: Name "), statusBar)
        press(.escape)
        moveToRow("role")
        press(.enter)
        XCTAssertTrue(statusBar.contains(" PICK "), statusBar)
        press(.escape, .character("s"))
        XCTAssertTrue(statusBar.contains(" PROMPT ") || statusBar.contains("Nothing to save"), statusBar)
    }

    func testAStatusMessageGivesWayToTheHintsAtTheNextKey() {
        press(.character("2"), .character("o"))
        XCTAssertTrue(statusBar.contains("Sorted by Role"), statusBar)
        press(.down)
        XCTAssertFalse(statusBar.contains("Sorted by"), statusBar)
        XCTAssertTrue(statusBar.contains("Enter open"), statusBar)
        press(.character("o"))
        _ = reduce(&state, .statusExpired)
        XCTAssertTrue(statusBar.contains("Enter open"), statusBar)
    }

    /// The privacy notice is a text to read, not a version's changes: its mode said CHANGES.
    func testTheNoticeIsNamedAsATextAndAVersionsDiffAsChanges() {
        press(.character("2"), .character("N"))
        XCTAssertEqual(effects.last, .loadNotice(width: state.size.columns - 2))
        _ = reduce(&state, .diffLoaded(title: "Privacy notice", lines: ["HOW WE PROCESS"]))
        XCTAssertTrue(statusBar.contains(" TEXT "), statusBar)
        press(.escape, .character("9"), .enter)
        _ = reduce(&state, .diffLoaded(title: "Version 1", lines: ["+ Activity added"]))
        XCTAssertTrue(statusBar.contains(" CHANGES "), statusBar)
    }

    func testEnterOnAnEmptyListHeadingAddsAnItemAndTypingIsText() {
        press(.character("2"), .enter, .character("e"))
        moveToRow("dataSources", kind: .header)
        press(.enter)
        guard case .form(let form)? = state.stack.last else { return XCTFail() }
        XCTAssertNotNil(form.editor, "Enter on 'Sources (0)' starts a new source")
        // The field being edited is the list's, not "+ add".
        XCTAssertEqual(state.mode, .editing("Data sources"), statusBar)
        type("Den anställde, läkare, Försäkringskassan")
        press(.enter)
        XCTAssertEqual(state.register.activities[0].dataSources, ["Den anställde, läkare, Försäkringskassan"])
        XCTAssertNil(state.modal, "no save prompt was opened by the typed s")
        XCTAssertTrue(effects.isEmpty, "nothing was saved")
    }

    func testEnterOnAnEmptyObjectListHeadingAddsAnElement() {
        press(.character("2"), .enter, .character("e"))
        moveToRow("controllers", kind: .header)
        press(.enter)
        type("Exempel Holding")
        press(.enter)
        XCTAssertEqual(state.register.activities[0].controllers.map(\.name), ["Exempel Holding"])
    }

    func testAnEmptyVersionMessageAsksAgain() {
        press(.character("2"), .enter, .character("e"), .enter)
        type(" x")
        press(.enter, .escape, .escape, .character("s"))
        guard case .prompt(let prompt)? = state.modal else { return XCTFail("s asks for a message") }
        XCTAssertEqual(prompt.editor.text, "", "the prompt starts empty")
        press(.enter)
        XCTAssertTrue(effects.isEmpty, "an empty message saves nothing")
        guard case .prompt? = state.modal else { return XCTFail("it asks again") }
        assertScreen(contains: "Write what changed")
        type("Rättat namnet")
        press(.enter)
        XCTAssertEqual(effects, [.save(message: "Rättat namnet")])
    }
}
