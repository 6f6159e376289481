import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// When the hints do not all fit the status bar, the least important give way first: save, quit and help
/// stay (at 120 columns with unsaved edits and a long register name the Swedish hints lost `s spara`,
/// the Swedish words being longer).
final class HintPriorityTests: UITestCase {
    private let screens: [(name: String, keys: [Key])] = [
        ("list", [.character("2")]),
        ("detail", [.character("2"), .enter]),
        ("form", [.character("2"), .character("e")]),
        ("history", [.character("9")]),
    ]

    private func statusBar(_ keys: [Key], _ language: Language, columns: Int) -> String {
        state = AppState(register: Fixtures.cleanRegister(), session: SessionInfo(path: "/tmp/Kommunförbundets gemensamma register", versions: [
            VersionSummary(number: 1, hash: String(repeating: "a", count: 64), time: "2026-05-01T10:00:00Z", author: "Test", message: "first", parents: []),
        ]), language: language, asOf: Fixtures.asOf, size: Size(columns: columns, rows: 40))
        // An unsaved edit (the name, in the form): the bar then shows [+].
        press(.character("2"), .character("e"), .enter)
        type(" (ändrad)")
        press(.enter, .escape)
        XCTAssertTrue(state.isDirty)
        for key in keys { press(key) }
        return render(state, size: state.size).text(row: state.size.rows - 1)
    }

    func testSaveQuitAndHelpStayWhenTheHintsGiveWay() {
        for (language, kept) in [(Language.en, ["s save", "q quit", "? help"]), (.sv, ["s spara", "q avsluta", "? hjälp"])] {
            for columns in [80, 120] {
                for (name, keys) in screens {
                    let bar = statusBar(keys, language, columns: columns)
                    for hint in kept {
                        XCTAssertTrue(bar.contains(hint), "\(language) \(columns) \(name): '\(hint)' dropped:\n\(bar)")
                    }
                    XCTAssertTrue(bar.trimmingCharacters(in: .whitespaces).hasSuffix(kept[2]), "\(language) \(columns) \(name): help is last:\n\(bar)")
                    XCTAssertFalse(bar.components(separatedBy: "│").last?.contains("…") ?? true, bar)
                }
            }
        }
    }

    /// The screen's own first hints outlast its later ones: the list keeps Enter and / longer than delete.
    func testTheScreensOwnHintsGiveWayFromTheEnd() {
        let bar = statusBar([.character("2")], .sv, columns: 130)
        // e ändra, a ny and d ta bort went; Enter and / stayed.
        XCTAssertTrue(bar.trimmingCharacters(in: .whitespaces).hasSuffix("│ Enter öppna · / filtrera · s spara · q avsluta · ? hjälp"), bar)
    }
}
