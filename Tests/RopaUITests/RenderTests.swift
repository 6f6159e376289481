import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

final class RenderTests: UITestCase {
    func testHostileTextIsRenderedAsPlaceholders() {
        var register = state.register
        register.activities[0].name = "Evil\u{1B}]0;title\u{07}\u{202E}txt\u{0}"
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("2"))
        let grid = render(state, size: state.size)
        for row in grid.cells {
            for cell in row {
                XCTAssertFalse(cell.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) || $0.value == 0x202E })
            }
        }
        assertScreen(contains: "Evil␛]0;title␇<U+202E>")
    }

    func testWideCharactersTakeTwoCellsAndColumnsStayAligned() {
        var register = state.register
        register.activities[0].name = "漢字漢字"
        register.activities.append(Activity(id: "b", name: "Bokföring"))
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("2"))
        let lines = screen.split(separator: "\n").map(String.init)
        let wide = lines.first { $0.contains("漢字漢字") } ?? ""
        let narrow = lines.first { $0.contains("Bokföring") } ?? ""
        XCTAssertEqual(DisplayWidth.of(String(wide.prefix(upTo: wide.range(of: "Controller")?.lowerBound ?? wide.endIndex))),
                       DisplayWidth.of(String(narrow.prefix(upTo: narrow.range(of: "Controller")?.lowerBound ?? narrow.endIndex))))
        XCTAssertEqual(DisplayWidth.of("漢字"), 4)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
    }

    func testLongValuesAreCutInTablesAndWholeInDetail() {
        var register = state.register
        let long = String(repeating: "lång text ", count: 40) + "SLUT"
        register.activities[0].description = long
        register.activities[0].retention[0].text = long
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("2"))
        assertScreen(contains: "…")
        XCTAssertFalse(screen.contains("SLUT"))
        press(.enter)
        assertScreen(contains: "SLUT")
    }

    func testTooSmallTerminalSaysSoAndRecovers() {
        press(.character("2"))
        _ = reduce(&state, .resize(Size(columns: 40, rows: 8)))
        XCTAssertTrue(render(state, size: state.size).text.contains("Terminal too small"))
        _ = reduce(&state, .resize(Size(columns: 120, rows: 40)))
        assertScreen(contains: "Kundservice och kontakt")
        XCTAssertEqual(state.section, .activities)
    }

    func testStatusBarShowsRegisterVersionAndUnsavedMark() {
        let status = render(state, size: state.size).text(row: state.size.rows - 1)
        XCTAssertTrue(status.contains("exempel · v1 aaaaaaaa"), status)
        XCTAssertFalse(status.contains("[+]"))
        press(.character("2"), .character("d"), .character("y"))
        XCTAssertTrue(render(state, size: state.size).text(row: state.size.rows - 1).contains("[+]"))
    }

    func testOverviewShowsOrganisationCountsAndValidation() {
        assertScreen(contains: "Exempel AB  556254-0806")
        assertScreen(contains: "DPO: Dana Dataskydd")
        assertScreen(contains: "1 activity · 1 processor · 1 sub-processor · 1 transfer")
        assertScreen(contains: "Validation: 0 errors, 0 warnings, 0 notes")
    }

    func testSwedishLabels() {
        state.language = .sv
        press(.character("2"))
        assertScreen(contains: "Behandlingar")
        assertScreen(contains: "Rättslig grund")
    }

    func testTextEditorKeys() {
        var editor = TextEditor("hej världen")
        XCTAssertEqual(editor.handle(.control("a")), .editing)
        _ = editor.handle(.character("X"))
        XCTAssertEqual(editor.text, "Xhej världen")
        _ = editor.handle(.control("e"))
        _ = editor.handle(.control("w"))
        XCTAssertEqual(editor.text, "Xhej ")
        _ = editor.handle(.home)
        _ = editor.handle(.control("k"))
        XCTAssertEqual(editor.text, "")
        _ = editor.handle(.character("a"))
        _ = editor.handle(.character("\u{30A}"))
        XCTAssertEqual(editor.text, "å", "combining input is stored composed")
        XCTAssertEqual(editor.handle(.enter), .commit("å"))
    }
}
