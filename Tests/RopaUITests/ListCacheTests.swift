import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// The list kept between keys shows exactly the rows `Table.visibleRows` defines, whatever was typed,
/// sorted or changed before.
final class ListCacheTests: UITestCase {
    override func setUp() {
        super.setUp()
        var register = state.register
        let names = ["Kundtjänst", "kundtjanst arkiv", "Löneadministration – Växjö", "Ärendehantering", "Rekrytering",
                     "Åtkomstloggar", "Ölkonsumtion (test)", "Ex\u{0301}empel", "Straße", "Zebra", "ärende 2", "KUNDTJÄNST"]
        for (index, name) in names.enumerated() {
            register.activities.append(Activity(id: "a\(index)", name: name, role: index % 3 == 0 ? .processor : .controller,
                                                dataSubjects: index % 2 == 0 ? ["Kunder"] : ["Anställda", "Växjöbor"]))
        }
        for index in 0..<6 {
            register.processors.append(Processor(id: "p\(index)", name: "Biträde \(index)", country: index % 2 == 0 ? "SE" : "US",
                                                 parentProcessorId: index > 2 ? "p\(index - 3)" : nil))
        }
        state.register = register
    }

    private func assertRowsAreDefined(_ context: String, file: StaticString = #filePath, line: UInt = #line) {
        let expected = Tables.table(for: state.section, state).visibleRows(state.list).map(\.cells)
        let rows = state.currentVisibleRows()
        XCTAssertEqual(rows.indices.map { rows[$0].cells }, expected, context, file: file, line: line)
    }

    func testFilteringAndSortingGiveTheDefinedRows() {
        for section in ["2", "3", "8", "9"] {
            press(.character(Character(section)))
            assertRowsAreDefined("section \(section)")
            press(.character("/"))
            for text in ["k", "ku", "kund", "kundtja", "kundtjän", "x", "ä", "e\u{0301}", "ss", "–", " ", "växjö"] {
                press(.control("u"))
                type(text)
                assertRowsAreDefined("\(section) /\(text)")
                press(.backspace)
                assertRowsAreDefined("\(section) /\(text) ⌫")
            }
            press(.enter)
            for _ in 0..<6 {
                press(.character("o"))
                assertRowsAreDefined("\(section) sorted by \(state.list.sortColumn)")
                press(.character("O"))
                assertRowsAreDefined("\(section) reversed")
            }
            press(.escape)
            assertRowsAreDefined("\(section) filter cleared")
        }
    }

    func testAChangeOfTheRegisterIsShownAtOnce() {
        press(.character("2"))
        press(.character("/"))
        type("kund")
        press(.enter)
        assertRowsAreDefined("filtered")
        state.register.activities[0].name = "Kundregister"
        assertRowsAreDefined("renamed while filtered")
        press(.down)
        assertRowsAreDefined("after a key")
        state.language = .sv
        assertRowsAreDefined("in Swedish")
    }
}

/// Edits in a form update the findings and the activity list in place: both must be what validating
/// and listing the edited register from scratch give.
final class IncrementalEditTests: UITestCase {
    override func setUp() {
        super.setUp()
        for index in 0..<8 {
            state.register.activities.append(Activity(id: "b\(index)", name: "Behandling \(index)", processorIds: index % 2 == 0 ? ["arendesystem"] : []))
        }
        _ = reduce(&state, .key(.character("2")))
    }

    private func assertUpToDate(_ context: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(state.findings, Validator(register: state.register, asOf: state.asOf).findings(), context, file: file, line: line)
        press(.escape)
        let expected = Tables.table(for: .activities, state).visibleRows(state.list).map(\.cells)
        let rows = state.currentVisibleRows()
        XCTAssertEqual(rows.indices.map { rows[$0].cells }, expected, context, file: file, line: line)
    }

    private func edit(row: Int, field path: String, to text: String) {
        while state.list.cursor < row { press(.down) }
        while state.list.cursor > row { press(.up) }
        press(.character("e"))
        guard let target = state.formRows.firstIndex(where: { $0.pathText == path && $0.kind == .field }),
              case .form(let form)? = state.stack.last else { return XCTFail("no field \(path)") }
        for _ in 0..<abs(target - form.cursor) { press(target > form.cursor ? .down : .up) }
        press(.enter, .control("u"))
        type(text)
        press(.enter)
    }

    func testEditsKeepFindingsAndListExact() {
        edit(row: 0, field: "name", to: "Ö sist i listan")
        assertUpToDate("renamed to the end")
        edit(row: 3, field: "name", to: "")
        XCTAssertTrue(state.caches.validationMemo.lastValidationFollowedEdit, "the second edit is validated on its own")
        assertUpToDate("name removed")
        edit(row: 2, field: "owner", to: "Ägare")
        assertUpToDate("owner")
        edit(row: 4, field: "lastReviewed", to: "2026-01-01")
        assertUpToDate("reviewed")
        press(.character("o"), .character("o"), .character("O"))
        edit(row: 1, field: "name", to: "Aaa först")
        assertUpToDate("sorted by a column")
    }

    /// Edits stored in place and taken back and forth with undo and redo, mixed with steps that replace
    /// the register (a deletion): the findings and the list are those of the register made from scratch.
    func testUndoAndRedoOfEditsInPlaceKeepFindingsAndListExact() {
        edit(row: 1, field: "name", to: "Omdöpt")
        press(.escape)
        edit(row: 2, field: "owner", to: "Ägare")
        press(.escape)
        let edited = state.register
        press(.character("u"))
        assertUpToDate("one undone")
        press(.character("u"))
        assertUpToDate("both undone")
        press(.control("r"), .control("r"))
        assertUpToDate("both redone")
        XCTAssertEqual(state.register, edited, "redo gives the edited register back")
        press(.character("d"), .character("y"))
        assertUpToDate("deleted")
        edit(row: 0, field: "name", to: "Efter raderingen")
        assertUpToDate("edited after the deletion")
        press(.character("u"), .character("u"))
        assertUpToDate("edit and deletion undone")
        XCTAssertEqual(state.register, edited, "undo gives the register before the deletion back")
    }

    /// Storing a field of one activity changes that activity in the register's array: a copy of the
    /// whole array (10 000 activities in a large register) for every field stored made the slowest keys.
    func testAnEditOfOneActivityChangesTheRegisterInPlace() {
        // The first edit copies the array once: it was shared with the register as loaded.
        edit(row: 1, field: "owner", to: "Först")
        func storage() -> UnsafeRawPointer? { state.register.activities.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
        let afterFirst = storage()
        press(.escape)
        edit(row: 2, field: "owner", to: "Andra")
        press(.escape)
        edit(row: 3, field: "lastReviewed", to: "2026-02-02")
        XCTAssertEqual(storage(), afterFirst, "the second and third edits kept the array")
        assertUpToDate("after edits in place")
    }

    /// An export takes the findings the UI keeps only while they are the register's as it is now.
    func testCurrentFindingsAreThoseOfAFullValidationOrNone() {
        XCTAssertNil(state.currentFindings, "the register was set directly in setUp")
        edit(row: 1, field: "owner", to: "Ägare")
        XCTAssertEqual(state.currentFindings, Validator(register: state.register, asOf: state.asOf).findings())
        press(.escape)
        edit(row: 1, field: "owner", to: "")
        XCTAssertEqual(state.currentFindings, Validator(register: state.register, asOf: state.asOf).findings())
        state.register.activities[0].owner = nil
        XCTAssertNil(state.currentFindings, "set directly")
        state.asOf = CalendarDate(year: 2030, month: 1, day: 1)
        XCTAssertNil(state.currentFindings)
    }

    func testRetiringTheOnlyUserOfAProcessorChangesItsFindings() {
        let users = state.register.activities.indices.filter { state.register.activities[$0].processorIds.contains("arendesystem") }
        for index in users {
            let row = state.currentVisibleRows()
            guard let position = row.indices.first(where: { row[$0].target == .entity(EntityRef(.activity, state.register.activities[index].id)) }) else { continue }
            while state.list.cursor < position { press(.down) }
            while state.list.cursor > position { press(.up) }
            press(.character("e"))
            guard let target = state.formRows.firstIndex(where: { $0.pathText == "status" }), case .form(let form)? = state.stack.last else { return XCTFail() }
            for _ in 0..<abs(target - form.cursor) { press(target > form.cursor ? .down : .up) }
            press(.enter)
            type("retired")
            press(.enter)
            assertUpToDate("retired \(index)")
        }
        XCTAssertTrue(state.findings.contains { $0.entityID == "arendesystem" && $0.code == .processorNotLinked })
    }
}
