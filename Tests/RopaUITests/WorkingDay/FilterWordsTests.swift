import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// Issue 14, item 14: several words match all of them in any order, and clearing a filter keeps the
/// cursor on the same row.
final class FilterWordsTests: UITestCase {
    override func setUp() {
        super.setUp()
        var register = state.register
        for (id, name) in [("karlstad", "Karlstad: kundservice och kontakt"), ("umea", "Umeå: kundservice"), ("lon", "Lön Karlstad"),
                           ("arkiv", "Arkiv"), ("bokforing", "Bokföring"), ("crm", "CRM")] {
            register.activities.append(Activity(id: id, name: name))
        }
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("2"))
    }

    private var names: [String] {
        let rows = state.currentVisibleRows()
        return rows.indices.map { rows[$0].cells[0] }
    }

    func testSeveralWordsMatchAllOfThemInAnyOrder() {
        type("/kundservice karlstad")
        XCTAssertEqual(names, ["Karlstad: kundservice och kontakt"])
        press(.control("u"))
        type("karlstad kundservice")
        XCTAssertEqual(names, ["Karlstad: kundservice och kontakt"])
        press(.control("u"))
        type("KUNDSERVICE  umea")
        XCTAssertEqual(names, ["Umeå: kundservice"])
        press(.enter)
        assertScreen(contains: "1/1 of 7")
    }

    func testClearingTheFilterKeepsTheCursorOnTheSameRow() {
        type("/karlstad")
        press(.enter, .down)
        XCTAssertEqual(names[state.list.cursor], "Lön Karlstad")
        press(.escape)
        XCTAssertEqual(names.count, 7)
        XCTAssertEqual(names[state.list.cursor], "Lön Karlstad", "Esc clears the filter and stays on the row")
        type("/umeå")
        press(.escape)
        XCTAssertEqual(names[state.list.cursor], "Umeå: kundservice", "Esc while typing: on the row the cursor was on")
    }

    /// Emptying the filter by hand (`/`, Ctrl-U, Enter) clears it as Esc does: the cursor stayed on the
    /// first row instead.
    func testEmptyingTheFilterByHandKeepsTheCursorOnTheSameRow() {
        type("/karlstad")
        press(.enter, .down)
        XCTAssertEqual(names[state.list.cursor], "Lön Karlstad")
        press(.character("/"), .control("u"))
        XCTAssertEqual(names.count, 7)
        XCTAssertEqual(names[state.list.cursor], "Lön Karlstad", "Ctrl-U empties the filter and stays on the row")
        press(.enter)
        XCTAssertEqual(names[state.list.cursor], "Lön Karlstad")
        XCTAssertEqual(state.list.filter, "")
    }
}
