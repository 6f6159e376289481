import RopaModel
@testable import RopaUI
import XCTest

/// Issue 14, item 13 and the Design: the folder's register picker names its mode in the status bar and
/// its keys come from a table, as every other screen's (its hints were written out by hand).
final class RegisterPickerTests: XCTestCase {
    private func picker(_ language: Language) -> RegisterPickerState {
        RegisterPickerState(folder: "/tmp/registren", entries: [
            .init(path: "/tmp/registren/a", title: "a — A AB", detail: "1 activity · 1 processor"),
            .init(path: "/tmp/registren/b", title: "b — B AB", detail: "2 activities · 0 processors"),
        ], language: language)
    }

    func testTheStatusBarNamesTheModeAndTheTablesKeys() {
        for (language, expected) in [(Language.en, " REGISTERS │ Enter open · q quit"), (.sv, " REGISTER │ Enter öppna · q avsluta")] {
            let grid = renderPicker(picker(language), size: Size(columns: 80, rows: 24))
            let bar = grid.text(row: 23)
            XCTAssertTrue(bar.contains(expected), bar)
        }
    }

    func testTheTablesKeysMoveOpenAndQuit() {
        var state = picker(.en)
        XCTAssertEqual(state.handle(.character("j")), .stay)
        XCTAssertEqual(state.cursor, 1)
        XCTAssertEqual(state.handle(.home), .stay)
        XCTAssertEqual(state.handle(.enter), .open("/tmp/registren/a"))
        XCTAssertEqual(state.handle(.right), .open("/tmp/registren/a"))
        XCTAssertEqual(state.handle(.character("x")), .stay)
        XCTAssertEqual(state.handle(.escape), .quit)
        XCTAssertEqual(state.handle(.character("q")), .quit)
    }
}
