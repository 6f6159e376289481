import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// Key bindings as data (issue 14, Design): each screen has one key table that drives its handler, the
/// `?` overlay and the hint bar. Every binding of the table is in the overlay, every hinted one in the
/// hints, nothing else is in either, and a key that is in no table does nothing.
final class KeyTableTests: UITestCase {
    /// Ways to reach each screen from a fresh state, with the keys that lead there.
    private static let screens: [(name: String, keys: [Key])] =
        Section.allCases.map { ("list \($0)", [Key.character(Character("\($0.rawValue)"))]) } + [
            ("detail", [.character("2"), .enter]),
            ("organisation detail", [.character("1"), .end, .down, .enter]),
            ("form", [.character("2"), .character("e")]),
            ("diff", [.character("2"), .character("N")]),
        ]

    private static let typingScreens: [(name: String, keys: [Key])] = [
        ("field", [.character("2"), .character("e"), .enter]),
        ("filter", [.character("2"), .character("/")]),
        ("prompt", [.character("2"), .character("x")]),
        ("picker", [.character("2"), .character("e"), .down, .down, .enter]),
    ]

    private func open(_ keys: [Key], _ language: Language) {
        setUp()
        state.language = language
        for key in keys { press(key) }
        // The driver's answer to `N`: a long text screen.
        if case .loadNotice? = effects.last { effects += reduce(&state, .diffLoaded(title: "Notice", lines: (1...100).map { "line \($0)" })) }
        effects = []
    }

    /// The lines inside the overlay's frame.
    private var overlayLines: [String] {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        guard let top = rows.firstIndex(where: { $0.contains("┌") }), let left = rows[top].firstIndex(of: "┌"),
              let right = rows[top].firstIndex(of: "┐") else { return [] }
        var lines: [String] = []
        for row in rows[(top + 1)...] {
            guard row.count > right, row[left] == "│" else { break }
            lines.append(String(row[(left + 1)..<right]))
        }
        return lines
    }

    /// The overlay's text with the wrapped lines joined.
    private var overlayText: String {
        overlayLines.joined(separator: " ").split(separator: " ").joined(separator: " ")
    }

    func testTheOverlayListsEveryBindingOfTheScreenAndNothingElse() {
        for language in [Language.en, .sv] {
            for (name, keys) in Self.screens {
                open(keys, language)
                let bindings = ScreenKeys.bindings(for: state)
                XCTAssertFalse(bindings.isEmpty, name)
                state.size = Size(columns: 120, rows: 80)
                press(.character("?"))
                XCTAssertEqual(state.mode, .help, "\(name): \(screen)")
                let text = overlayText
                for binding in bindings {
                    let line = binding.names + " " + binding.help.text(language)
                    XCTAssertTrue(text.contains(line), "\(language) \(name): '\(line)' is not in the overlay:\n\(screen)")
                }
                // Each binding is one entry: a line whose key column is not blank.
                let entries = overlayLines.filter { $0.dropFirst().first.map { $0 != " " } ?? false }
                XCTAssertEqual(entries.count, bindings.count, "\(language) \(name): the overlay has other entries than the table:\n\(screen)")
            }
        }
    }

    func testTheHintsAreTheHintedBindingsAndNothingElse() {
        for language in [Language.en, .sv] {
            for (name, keys) in Self.screens + Self.typingScreens {
                open(keys, language)
                state.size = Size(columns: 400, rows: 30)
                let expected = ScreenKeys.bindings(for: state).compactMap { $0.hint?.text(language) }.joined(separator: " · ")
                XCTAssertFalse(expected.isEmpty, name)
                let bar = render(state, size: state.size).text(row: state.size.rows - 1)
                let hints = bar.components(separatedBy: "│ ").last?.trimmingCharacters(in: .whitespaces)
                XCTAssertEqual(hints, expected, "\(language) \(name)")
            }
        }
    }

    /// The Swedish hint of a text field had lost Ctrl-W; both are made from one table now.
    func testTheSwedishFieldHintNamesEveryLineEditingKeyTheEnglishDoes() {
        open([.character("2"), .character("e"), .enter], .sv)
        XCTAssertEqual(state.mode, .editing("Namn"))
        assertScreen(contains: "Enter spara fält · Esc avbryt · Ctrl-U rensa · Ctrl-W ord")
        open([.character("2"), .character("e"), .enter], .en)
        assertScreen(contains: "Enter store · Esc cancel · Ctrl-U clear · Ctrl-W word")
    }

    /// On a 100-column screen the Swedish form's hints give way from the end, but the way back and help stay
    /// (the Swedish hint ran off the screen and lost them).
    func testTheHintsThatMustGiveWayKeepTheWayBackAndHelp() {
        open([.character("2"), .character("e")], .sv)
        let bar = render(state, size: state.size).text(row: state.size.rows - 1)
        XCTAssertTrue(bar.contains("Esc tillbaka"), bar)
        XCTAssertTrue(bar.hasSuffix("? hjälp") || bar.trimmingCharacters(in: .whitespaces).hasSuffix("? hjälp"), bar)
        XCTAssertFalse(bar.contains("…"), bar)
    }

    /// On a 120-column screen the Swedish form keeps the save key the English keeps: "E öppna i $EDITOR"
    /// took its place.
    func testTheSwedishFormKeepsTheSaveHintAt120Columns() {
        for (language, save) in [(Language.en, "s save"), (.sv, "s spara")] {
            open([.character("2"), .character("e")], language)
            state.size = Size(columns: 120, rows: 40)
            let bar = render(state, size: state.size).text(row: state.size.rows - 1)
            XCTAssertTrue(bar.contains(save), bar)
        }
    }

    /// History's overlay lists only what works on versions: no edit, add, duplicate or delete.
    func testHistoryHelpListsOnlyWhatWorksThere() {
        open([.character("9"), .character("?")], .en)
        for absent in ["edit the selected entity", "add an entity", "duplicate the selected entity", "delete the selected entity"] {
            XCTAssertFalse(overlayText.contains(absent), overlayText)
        }
        XCTAssertTrue(overlayText.contains("r restore the version as a new version (asks)"), overlayText)
    }

    /// The other half of "the table drives the handler": a key in none of the screen's tables changes
    /// nothing and asks for no work.
    func testAKeyInNoTableDoesNothing() {
        let candidates: [Key] = (32..<127).compactMap { Unicode.Scalar($0).map { Key.character(Character($0)) } }
            + [.enter, .escape, .tab, .backTab, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .backspace, .delete, .unknown]
            + "abcdefghijklmnopqrstuvwxyz".map { Key.control($0) }
        for (name, keys) in Self.screens {
            open(keys, .en)
            let bound = Set(ScreenKeys.bindings(for: state).flatMap(\.keys))
            let start: AppState = state
            let before = screen
            for key in candidates where !bound.contains(key) {
                state = start
                effects = []
                press(key)
                XCTAssertEqual(screen, before, "\(name): \(key.name) is in no table but changed the screen")
                XCTAssertTrue(effects.isEmpty, "\(name): \(key.name) is in no table but asked for \(effects)")
            }
        }
    }
}

/// Dialogs have key tables too: the keys a dialog lists, the keys it acts on and the status bar's hints
/// are made from one table (the bar was empty under a dialog, and the Swedish message after a refused
/// save had lost its keys).
final class DialogKeyTableTests: UITestCase {
    private var bar: String { render(state, size: state.size).text(row: state.size.rows - 1) }

    func testTheQuitDialogsKeysAreHintedAndWork() {
        for (language, hints) in [(Language.en, "s save and quit · d discard and quit · Esc cancel"),
                                  (.sv, "s spara och avsluta · d kasta och avsluta · Esc avbryt")] {
            setUp()
            state.language = language
            press(.character("2"), .character("d"), .character("y"), .character("q"))
            XCTAssertEqual(state.mode, .dialog)
            XCTAssertTrue(bar.contains(hints), bar)
            press(.character("c"))
            XCTAssertNil(state.modal)
            press(.character("q"), .escape)
            XCTAssertNil(state.modal)
            press(.character("q"), .character("d"))
            XCTAssertEqual(effects.last, .quit)
        }
    }

    func testTheOtherDialogsHintTheirKeys() {
        for language in [Language.en, .sv] {
            setUp()
            state.language = language
            state.modal = .recovery(time: "2026-06-01T10:00:00Z", register: state.register)
            XCTAssertTrue(bar.contains(language == .sv ? "r återställ · d kasta" : "r restore · d discard"), bar)
            state.modal = .changedOnDisk(["activities/kundservice.json"])
            XCTAssertTrue(bar.contains(language == .sv ? "r läs in igen · Esc avbryt" : "r reload · Esc cancel"), bar)
            press(.escape)
            XCTAssertTrue(screen.contains(language == .sv ? "r i dialogen läser in igen" : "r in that dialog reloads"), "\(language): \(screen)")
            press(.character("2"), .character("d"))
            XCTAssertTrue(bar.contains(language == .sv ? "y bekräftar · annan tangent avbryter" : "y confirms · any other key cancels"), bar)
        }
    }
}
