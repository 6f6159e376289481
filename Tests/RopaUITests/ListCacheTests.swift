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
