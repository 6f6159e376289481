import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// Issue 14, item 15: help, dialogs and forms fit. A label is never cut (`Processor or joint controll…`)
/// nor overwritten by a heading's count (`Personuppgiftsansvariga (art. 30(0)`), in either language.
final class FittingTests: UITestCase {
    /// Every row of a form as the screen shows it, paging down to the end.
    private func formScreens() -> [String] {
        var screens: [String] = []
        var previous = ""
        while screen != previous {
            previous = screen
            screens.append(screen)
            press(.pageDown)
        }
        return screens
    }

    func testNoFormLabelIsCutInEitherLanguage() {
        for language in [Language.en, .sv] {
            for section in ["2", "3", "4", "5", "6"] {
                setUp()
                state.language = language
                press(.character(Character(section)), .character("e"))
                let shown = formScreens().joined(separator: "\n")
                for row in state.formRows {
                    let label = row.kind == .item ? "▸ " + row.label : row.label
                    XCTAssertTrue(shown.contains(label), "\(language) section \(section): '\(label)' is cut:\n\(shown)")
                }
            }
        }
    }

    func testAHeadingsCountStandsBesideItsLabel() {
        state.language = .sv
        press(.character("2"), .character("e"))
        assertScreen(contains: "Personuppgiftsansvariga (art. 30.2)")
        XCTAssertFalse(screen.contains("(art. 30(0)"), screen)
    }
}

/// The restore dialog names its confirming key in full, in both languages: its last line was cut at
/// the box's edge.
final class DialogFittingTests: UITestCase {
    func testTheRestoreDialogNamesItsKey() {
        for language in [Language.en, .sv] {
            setUp()
            state.language = language
            press(.character("9"), .character("r"))
            XCTAssertEqual(state.mode, .dialog, screen)
            let text = screen.split(separator: "\n").map { $0.replacingOccurrences(of: "│", with: " ").trimmingCharacters(in: .whitespaces) }
                .joined(separator: " ").split(separator: " ").joined(separator: " ")
            let expected = language == .sv ? "Tryck y för att återställa; annan tangent lämnar registret som det är."
                                           : "Press y to restore; any other key keeps the register as it is."
            XCTAssertTrue(text.contains(expected), "\(language): \(screen)")
            XCTAssertFalse(screen.contains("…"), screen)
        }
    }
}

/// No list's column title is cut (`Status för…`, `Agreement …`, `Överföringsme…`) at 120×40 beside the
/// detail pane or at 80×24 alone, in either language, whichever column is sorted.
final class ColumnTitleFittingTests: UITestCase {
    func testEveryColumnTitleIsWhole() {
        for size in [Size(columns: 120, rows: 40), Size(columns: 80, rows: 24)] {
            for language in [Language.en, .sv] {
                for section in "23456789" {
                    setUp()
                    state.language = language
                    state.size = size
                    press(.character(section))
                    for _ in 0...state.currentVisibleRows().table.columns.count {
                        let header = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[1]
                        XCTAssertFalse(header.contains("…"), "\(size.columns)×\(size.rows) \(language) section \(section): \(header)")
                        press(.character("o"))
                    }
                }
            }
        }
    }
}

/// The delete dialog names where a reference is removed by the form's labels, not by its key in the file
/// (`(recipient.id)`), in both languages.
final class DeleteDialogWordingTests: UITestCase {
    func testTheReferencesAreNamedByTheirLabels() {
        for (language, label) in [(Language.en, "(Recipient › Processor or joint"), (.sv, "(Mottagare › Biträde eller")] {
            setUp()
            state.language = language
            press(.character("3"), .down, .character("d"))
            XCTAssertFalse(screen.contains("recipient.id"), screen)
            assertScreen(contains: label)
        }
    }
}

/// The `?` box wraps its descriptions and widens to the screen; when it is still longer than the screen
/// the arrows scroll it, and nothing is cut off at its foot (`q` and `?` were).
final class HelpFittingTests: UITestCase {
    func testTheHelpOfAListFitsA100By30Screen() {
        state.language = .sv
        press(.character("2"), .character("?"))
        assertScreen(contains: "q  ")
        assertScreen(contains: "avsluta (frågar om det finns osparade ändringar)")
        assertScreen(contains: "denna hjälp")
        let boxRows = screen.split(separator: "\n").filter { $0.hasPrefix(" │ ") }
        XCTAssertFalse(boxRows.contains { $0.contains("…") }, screen)
    }

    func testALongHelpScrollsOnASmallScreen() {
        state.language = .sv
        state.size = Size(columns: 80, rows: 24)
        press(.character("2"), .character("?"))
        XCTAssertFalse(screen.contains("denna hjälp"), screen)
        assertScreen(contains: "↑↓ rullar")
        press(.end)
        XCTAssertEqual(state.mode, .help)
        assertScreen(contains: "denna hjälp")
        press(.character("x"))
        XCTAssertEqual(state.mode, .list, "any other key closes the overlay and does nothing else")
    }
}

/// The export prompt names every format and the notice in full on an 80-column screen, in both languages:
/// its title was cut at the box's edge; and a table's column titles are not cut (`Bris…`).
final class PromptFittingTests: UITestCase {
    func testTheExportPromptNamesEveryFormat() {
        for language in [Language.en, .sv] {
            setUp()
            state.language = language
            state.size = Size(columns: 80, rows: 24)
            press(.character("2"), .character("x"))
            let text = screen.split(separator: "\n").map { $0.replacingOccurrences(of: "│", with: " ").trimmingCharacters(in: .whitespaces) }
                .joined(separator: " ").split(separator: " ").joined(separator: " ")
            let ending = language == .sv ? ".notice.docx: integritetsinformationen)" : ".notice.docx: the privacy notice)"
            XCTAssertTrue(text.contains(ending), "\(language): \(screen)")
            XCTAssertTrue(screen.contains("-register.md"), screen)
        }
    }

    func testTheGapsColumnsTitleIsNotCut() {
        state.language = .sv
        state.size = Size(columns: 120, rows: 40)
        press(.character("2"))
        let header = screen.split(separator: "\n").map(String.init)[1]
        XCTAssertTrue(header.contains("Brister"), header)
    }
}
