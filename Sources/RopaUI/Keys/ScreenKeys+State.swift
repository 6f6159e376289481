import RopaModel

extension ScreenKeys {
    /// The bindings of what is on screen now: the screen's own, then moving, then the keys every screen
    /// shares. The `?` overlay lists exactly these, and the hint bar is made from them.
    static func bindings(for state: AppState, mode: UIMode? = nil) -> [BindingText] {
        switch mode ?? state.mode {
        case .help: return []
        case .dialog: return state.modal.map { dialog($0).map(\.text) } ?? []
        case .prompt: return prompt.map(\.text)
        case .picker:
            guard case .picker(let shown)? = state.modal else { return [] }
            return picker(multiple: shown.multiple).map(\.text) + move(help: .keyMove, typing: true).map(\.text)
        case .editing: return field.map(\.text)
        case .filter: return filter.map(\.text)
        case .form: return form.map(\.text) + move(help: .keyMove).map(\.text) + global.map(\.text)
        case .detail:
            guard case .detail(let shown)? = state.stack.last else { return [] }
            return detail(shown.ref).map(\.text) + move(help: .keyMove).map(\.text) + global.map(\.text)
        case .diff, .text: return move(help: .keyScroll, hint: .hintScroll).map(\.text) + diff.map(\.text) + global.map(\.text)
        case .list: return list(state.section).map(\.text) + move(help: .keyMove).map(\.text) + global.map(\.text)
        }
    }

    /// The hint bar for what is on screen now, fitted to `width`.
    static func hints(for state: AppState, width: Int) -> String {
        if state.mode == .help {
            let close = UIMessage.hintAnyKeyCloses.text(state.language)
            return HelpOverlay.isScrollable(state) ? UIMessage.hintScroll.text(state.language) + " · " + close : close
        }
        return KeyTable.hints(bindings(for: state), language: state.language, width: width)
    }
}
