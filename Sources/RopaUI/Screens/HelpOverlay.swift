import RopaModel

/// The `?` overlay: every binding of the screen under it, from the screen's key table. Descriptions wrap
/// inside the box, which widens up to the screen; when the lines are more than the screen holds, the
/// arrows and page keys scroll them and any other key closes the overlay.
enum HelpOverlay {
    /// One screen line of the overlay: the keys on a binding's first line, empty on its wrapped lines.
    struct Line: Equatable {
        let keys: String
        let text: String
    }

    static func keyWidth(_ state: AppState) -> Int {
        bindings(state).map { DisplayWidth.of($0.names) }.max() ?? 6
    }

    static func bindings(_ state: AppState) -> [BindingText] {
        ScreenKeys.bindings(for: state, mode: state.screenMode)
    }

    /// The width of the box: room for the longest description on one line, within the screen.
    static func boxWidth(_ state: AppState) -> Int {
        let longest = bindings(state).map { DisplayWidth.of($0.help.text(state.language)) }.max() ?? 40
        return max(20, min(state.size.columns - 2, keyWidth(state) + 2 + longest + 4))
    }

    static func lines(_ state: AppState) -> [Line] {
        let keyWidth = keyWidth(state)
        let textWidth = max(10, boxWidth(state) - 4 - keyWidth - 2)
        return bindings(state).flatMap { binding in
            DisplayWidth.wrap(binding.help.text(state.language), width: textWidth).enumerated().map { index, piece in
                Line(keys: index == 0 ? binding.names : "", text: piece)
            }
        }
    }

    /// The lines the box holds: the screen less the tab and status bars and the frame.
    static func height(_ state: AppState) -> Int { max(1, state.size.rows - 4) }

    static func isScrollable(_ state: AppState) -> Bool { lines(state).count > height(state) }
}
