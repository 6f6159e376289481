import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

final class ListTests: UITestCase {
    func testNumberKeysJumpBetweenSectionsInOrder() {
        let titles = ["Overview", "Activities", "Processors", "Transfers", "Joint controllers", "Security", "Review", "Findings", "History"]
        for (index, _) in titles.enumerated() {
            press(.character(Character("\(index + 1)")))
            XCTAssertEqual(state.section.rawValue, index + 1)
        }
        assertScreen(contains: "9 History")
        press(.tab)
        XCTAssertEqual(state.section, .overview)
        press(.backTab)
        XCTAssertEqual(state.section, .history)
    }

    func testFilterIsCaseAndDiacriticInsensitiveAndEscClearsIt() {
        var register = state.register
        register.activities[0].name = "Kundtjänst"
        register.activities.append(Activity(id: "lon", name: "Lönehantering"))
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("2"))
        type("/KUNDTJANST")
        assertScreen(contains: "Kundtjänst")
        XCTAssertFalse(screen.contains("Lönehantering"))
        press(.enter)
        assertScreen(contains: "1/1 of 2")
        assertScreen(contains: "filter: KUNDTJANST")
        press(.escape)
        assertScreen(contains: "Lönehantering")
        XCTAssertEqual(state.list.filter, "")
    }

    func testSortingByColumnAndReverse() {
        var register = state.register
        register.activities.append(Activity(id: "arkiv", name: "Arkivering", role: .processor))
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("2"))
        func names() -> [String] { Tables.table(for: .activities, state).visibleRows(state.list).map { $0.cells[0] } }
        XCTAssertEqual(names(), ["Arkivering", "Kundservice och kontakt"])
        press(.character("O"))
        XCTAssertEqual(names(), ["Kundservice och kontakt", "Arkivering"])
        press(.character("o"))
        assertScreen(contains: "Role ▲")
        XCTAssertEqual(names(), ["Kundservice och kontakt", "Arkivering"], "Controller sorts before Processor")
    }

    func testProcessorsShowSubprocessorsNestedUnderTheirProcessor() {
        press(.character("3"))
        let lines = screen.split(separator: "\n").map(String.init)
        let parent = lines.firstIndex { $0.contains("Ärendesystem AB") }
        let child = lines.firstIndex { $0.contains("└ Moln Inc.") }
        XCTAssertNotNil(parent)
        XCTAssertNotNil(child)
        XCTAssertEqual(child, parent.map { $0 + 1 })
    }

    func testLinksAreFollowedFromActivityToProcessorToSubprocessorToTransferAndBack() {
        press(.character("2"), .enter)
        assertScreen(contains: "Activity: Kundservice och kontakt")
        followLink(named: "Ärendesystem AB")
        assertScreen(contains: "Processor: Ärendesystem AB")
        if case .detail(let detail)? = state.stack.last {
            XCTAssertTrue(DetailLines.lines(for: detail.ref, state).contains { $0.label == "Chain" })
        }
        followLink(named: "Moln Inc.")
        assertScreen(contains: "Processor: Moln Inc.")
        followLink(named: "Drift hos Moln Inc.")
        assertScreen(contains: "Transfer: Drift hos Moln Inc.")
        press(.escape, .escape, .escape)
        assertScreen(contains: "Activity: Kundservice och kontakt")
        press(.escape)
        XCTAssertTrue(state.stack.isEmpty)
    }

    private func followLink(named name: String, file: StaticString = #filePath, line: UInt = #line) {
        guard case .detail(let detail)? = state.stack.last else { return XCTFail("not in a detail view", file: file, line: line) }
        let lines = DetailLines.lines(for: detail.ref, state)
        guard let index = lines.firstIndex(where: { $0.link != nil && $0.value.contains(name) }) else {
            return XCTFail("no link to \(name)", file: file, line: line)
        }
        for _ in 0..<index { press(.down) }
        press(.enter)
    }

    func testDeleteAsksWithAnotherKeyAndRemovesReferences() {
        press(.character("3"))
        press(.character("d"))
        guard case .confirm(let confirmation)? = state.modal else { return XCTFail("delete must ask") }
        XCTAssertTrue(confirmation.lines.joined().contains("Kundservice och kontakt"), "says what still references it")
        assertScreen(contains: "Press y to delete")
        press(.character("d"))
        XCTAssertNil(state.modal)
        XCTAssertNotNil(state.register.processor("arendesystem"), "the starting key must not confirm")
        press(.character("d"), .enter)
        XCTAssertNotNil(state.register.processor("arendesystem"), "Enter must not confirm a delete")
        press(.character("d"), .character("y"))
        XCTAssertNil(state.register.processor("arendesystem"))
        XCTAssertEqual(state.register.activities[0].processorIds, [])
        XCTAssertNil(state.register.processor("molnleverantor")?.parentProcessorId)
        press(.character("u"))
        XCTAssertNotNil(state.register.processor("arendesystem"))
        XCTAssertEqual(state.register.activities[0].processorIds, ["arendesystem"])
        press(.control("r"))
        XCTAssertNil(state.register.processor("arendesystem"))
    }

    func testAddAndDuplicateEntities() {
        press(.character("6"), .character("a"))
        guard case .form(let form)? = state.stack.last else { return XCTFail("add must open the form") }
        XCTAssertNotNil(form.editor, "the new entity's name is ready to type")
        press(.control("u"))
        type("Kryptering")
        press(.enter, .escape)
        XCTAssertTrue(state.register.securityMeasures.contains { $0.name == "Kryptering" })
        press(.character("c"))
        XCTAssertEqual(state.register.securityMeasures.filter { $0.name.hasSuffix("(copy)") }.count, 1)
        XCTAssertEqual(Set(state.register.securityMeasures.map(\.id)).count, state.register.securityMeasures.count)
    }

    func testQuitWithUnsavedChangesAsks() {
        press(.character("q"))
        XCTAssertEqual(effects, [.quit], "nothing unsaved: quit at once")
        effects = []
        press(.character("2"), .character("d"), .character("y"))
        press(.character("q"))
        guard case .quit? = state.modal else { return XCTFail("must ask") }
        assertScreen(contains: "There are unsaved changes")
        press(.character("c"))
        XCTAssertNil(state.modal)
        XCTAssertEqual(effects, [])
        press(.character("q"), .character("s"))
        guard case .prompt? = state.modal else { return XCTFail("save asks for a message") }
        type("Sista ändringen")
        press(.enter)
        XCTAssertEqual(effects, [.save(message: "Sista ändringen")])
        effects += reduce(&state, .saved(versions: state.session.versions))
        XCTAssertEqual(effects.last, .quit)
        XCTAssertFalse(state.isDirty)
    }

    func testQuitCanDiscard() {
        press(.character("2"), .character("d"), .character("y"), .character("q"), .character("d"))
        XCTAssertEqual(effects, [.quit])
    }

    func testHelpOverlayListsBindingsOfTheScreen() {
        press(.character("2"), .character("?"))
        assertScreen(contains: "filter as you type")
        assertScreen(contains: "undo, redo")
        press(.character("x"))
        XCTAssertNil(state.modal)
        press(.enter, .character("e"), .character("?"))
        assertScreen(contains: "edit the text in $EDITOR")
    }

    func testFindingsJumpToTheEntityAndField() {
        press(.character("2"), .enter, .character("e"))
        press(.enter, .control("u"))
        press(.escape, .escape, .escape)
        var register = state.register
        register.activities[0].purposes[0].lawfulBasis = nil
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("8"))
        assertScreen(contains: "missing-lawful-basis")
        press(.enter)
        guard case .form(let form)? = state.stack.last else { return XCTFail("Enter must open the form") }
        XCTAssertEqual(state.formRows[form.cursor].path, ["purposes", "svara", "lawfulBasis"])
    }

    func testHistoryDiffCompareAndRestore() {
        let versions = [
            VersionSummary(number: 1, hash: String(repeating: "a", count: 64), time: "2026-05-01T10:00:00Z", author: "A", message: "first", parents: []),
            VersionSummary(number: 2, hash: String(repeating: "b", count: 64), time: "2026-05-02T10:00:00Z", author: "B", message: "second", parents: [String(repeating: "a", count: 64)]),
            VersionSummary(number: 3, hash: String(repeating: "c", count: 64), time: "2026-05-03T10:00:00Z", author: "C", message: "third", parents: [String(repeating: "b", count: 64)]),
        ]
        state.session.versions = versions
        press(.character("9"))
        assertScreen(contains: "third [head]")
        press(.enter)
        XCTAssertEqual(effects.last, .loadDiff(from: versions[1].hash, to: versions[2].hash, title: "Version 3: third"))
        _ = reduce(&state, .diffLoaded(title: "Version 3: third", lines: ["~ Activity 'X' · name: 'a' → 'b'"]))
        assertScreen(contains: "~ Activity 'X' · name: 'a' → 'b'")
        press(.escape, .character("m"), .down, .down, .enter)
        XCTAssertEqual(effects.last, .loadDiff(from: versions[0].hash, to: versions[2].hash, title: "Version 1 → 3"))
        press(.escape, .character("r"))
        guard case .confirm? = state.modal else { return XCTFail("restore asks first") }
        press(.character("y"))
        XCTAssertEqual(effects.last, .restore(hash: versions[0].hash))
    }

    func testReviewSectionListsTheQueueAndMarksReviewed() {
        var register = state.register
        register.processors[0].agreement.reviewDue = "2026-05-01"
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("7"))
        assertScreen(contains: "Ärendesystem AB")
        assertScreen(contains: "overdue")
        press(.character("r"))
        XCTAssertEqual(state.register.processors[0].agreement.lastReviewed, "2026-06-01")
        XCTAssertEqual(state.register.processors[0].agreement.reviewDue, "2027-06-01")
        guard case .prompt(let prompt)? = state.modal else { return XCTFail("mark reviewed saves a version") }
        XCTAssertTrue(prompt.editor.text.contains("Ärendesystem AB"))
        press(.enter)
        XCTAssertEqual(effects.last, .save(message: prompt.editor.text))
        press(.character("u"))
        XCTAssertEqual(state.register.processors[0].agreement.reviewDue, "2026-05-01")
        press(.enter)
        guard case .form(let form)? = state.stack.last else { return XCTFail("opening an agreement shows its checklist") }
        XCTAssertEqual(state.formRows[form.cursor].pathText, "agreement.clauses")
        assertScreen(contains: RegisterField.clauses.text(.en))
    }

    func testExportKeyAsksForThePath() {
        press(.character("2"), .character("x"))
        guard case .prompt? = state.modal else { return XCTFail("export asks for a path") }
        press(.control("u"))
        type("/tmp/register.csv")
        press(.enter)
        XCTAssertEqual(effects.last, .export(path: "/tmp/register.csv"))
        _ = reduce(&state, .exported("/tmp/register.csv"))
        assertScreen(contains: "Wrote /tmp/register.csv")
    }

    func testReadOnlyRefusesEdits() {
        state.session.readOnlyReason = "being edited by alice@host pid 7 since 2026-05-01T10:00:00Z"
        press(.character("2"), .character("d"))
        XCTAssertNil(state.modal)
        assertScreen(contains: "Read-only: being edited by alice@host")
        assertScreen(contains: "[read-only]")
        press(.character("s"))
        XCTAssertEqual(effects, [])
    }
}
