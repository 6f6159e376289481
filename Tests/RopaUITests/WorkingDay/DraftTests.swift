import RopaModel
@testable import RopaUI
import XCTest

/// Issue 14, items 2 and 3: `a` opens a draft with an empty name; Esc discards it without a trace; the id
/// is made from the name, diacritics folded and unique, editable until the entity is first saved.
final class DraftTests: UITestCase {
    func testAddOpensAnEmptyNameInEditModeAndTypingIsTheName() {
        press(.character("3"), .character("a"))
        guard case .form(let form)? = state.stack.last else { return XCTFail("a opens a form") }
        XCTAssertEqual(form.editor?.text, "", "the placeholder is never in the field")
        assertScreen(contains: "New processor")
        type("Microsoft")
        press(.enter)
        XCTAssertEqual(state.register.processor("microsoft")?.name, "Microsoft")
        XCTAssertFalse(state.register.processors.contains { $0.name.contains("New processor") })
        assertScreen(contains: "Edit processor: Microsoft")
    }

    func testEscOnAnUntouchedDraftLeavesNoTrace() {
        press(.character("2"))
        let before = state.register
        press(.character("a"), .escape, .escape)
        XCTAssertEqual(state.register, before)
        XCTAssertFalse(state.isDirty)
        XCTAssertTrue(state.stack.isEmpty)
        XCTAssertFalse(screen.contains("[+]"), screen)
        XCTAssertFalse(screen.contains("New activity"), screen)
        press(.character("u"))
        XCTAssertEqual(state.register, before, "nothing to undo")
    }

    func testAnEmptyNameIsRefusedAndTheDraftStaysOpen() {
        press(.character("2"), .character("a"), .enter)
        assertScreen(contains: "✗ a name is needed")
        guard case .form(let form)? = state.stack.last else { return XCTFail("the draft stays open") }
        XCTAssertTrue(form.isDraft)
        XCTAssertFalse(state.isDirty)
    }

    func testTheIdIsMadeFromTheNameWithDiacriticsFoldedAndUnique() {
        press(.character("2"), .character("a"))
        type("Löneadministration")
        press(.enter, .escape)
        XCTAssertNotNil(state.register.activity("loneadministration"))
        press(.character("a"))
        type("Löneadministration")
        press(.enter, .escape)
        XCTAssertNotNil(state.register.activity("loneadministration-2"))
        XCTAssertFalse(state.register.activities.contains { $0.id.hasPrefix("new-") || $0.id.hasPrefix("ny-") || $0.id.hasPrefix("draft") })
        // Undo takes the second entity back in one step.
        press(.character("u"))
        XCTAssertNil(state.register.activity("loneadministration-2"))
        XCTAssertNotNil(state.register.activity("loneadministration"))
    }

    func testTheIdIsEditableUntilFirstSavedAndFixedAfter() {
        press(.character("2"), .character("a"))
        type("Löneadministration")
        press(.enter)
        assertScreen(contains: "Enter changes it until saved")
        moveToRow("id", kind: .header)
        press(.enter, .control("u"))
        type("lon")
        press(.enter)
        XCTAssertNotNil(state.register.activity("lon"))
        XCTAssertNil(state.register.activity("loneadministration"))
        // Renaming a hand-made id keeps it.
        moveToRow("name")
        press(.enter, .control("u"))
        type("Lön och ersättning")
        press(.enter)
        XCTAssertEqual(state.register.activity("lon")?.name, "Lön och ersättning")

        _ = reduce(&state, .savedAs(VersionSummary(number: 2, hash: String(repeating: "b", count: 64), time: "2026-05-02T10:00:00Z",
                                                   author: "Test", message: "Lön", parents: [String(repeating: "a", count: 64)])))
        moveToRow("id", kind: .header)
        press(.enter)
        guard case .form(let form)? = state.stack.last else { return XCTFail() }
        XCTAssertNil(form.editor, "a saved id is fixed")
        assertScreen(contains: "The id is fixed once saved")
    }

    func testAnInvalidOrTakenIdIsRefused() {
        press(.character("2"), .character("a"))
        type("Lön")
        press(.enter)
        moveToRow("id", kind: .header)
        press(.enter, .control("u"))
        type("kundservice")
        press(.enter)
        assertScreen(contains: "already in use")
        press(.control("u"))
        type("Lön!")
        press(.enter)
        assertScreen(contains: "lower-case letters")
        XCTAssertNotNil(state.register.activity("lon"))
    }

    func testRenamingAnUnsavedEntityMovesItsDerivedIdAndItsReferences() {
        press(.character("3"), .character("a"))
        type("Molnet")
        press(.enter, .escape)
        var register = state.register
        register.activities[0].processorIds.append("molnet")
        state.register = register
        press(.enter)
        press(.character("e"))
        guard case .form(let form)? = state.stack.last else { return XCTFail() }
        XCTAssertEqual(form.ref.id, "molnet", "back from its form, the cursor is on the new processor")
        press(.escape, .escape)
        // Open the new one from the list (sorted by name: Moln Inc. … Molnet …).
        let position = state.currentVisibleRows().indices.first { state.currentVisibleRows()[$0].cells[0].contains("Molnet") } ?? 0
        state.list.cursor = position
        press(.character("e"), .enter, .control("u"))
        type("Molntjänst")
        press(.enter)
        XCTAssertNotNil(state.register.processor("molntjanst"))
        XCTAssertEqual(state.register.activities[0].processorIds.last, "molntjanst")
    }
}
