import RopaModel

/// One line of a screen's key table: the keys and the action each triggers, how the `?` overlay names
/// them and what it says they do, and their short form in the status bar (nil: in the overlay only).
///
/// A screen's table is the one place its keys are decided: its update looks every key up in it, and the
/// overlay and the hints are made from it, so the three cannot drift apart (they were three copies, and the
/// Swedish hint had lost Ctrl-W).
struct KeyBinding<Action: Sendable>: Sendable {
    let names: String
    let keys: [(key: Key, action: Action)]
    let help: UIMessage
    let hint: UIMessage?
    /// A hint that stays when the others give way (save, quit, help).
    let keepsHint: Bool

    init(_ names: String, _ keys: [(Key, Action)], help: UIMessage, hint: UIMessage? = nil, keepsHint: Bool = false) {
        self.names = names
        self.keys = keys.map { (key: $0.0, action: $0.1) }
        self.help = help
        self.hint = hint
        self.keepsHint = keepsHint
    }

    /// Several keys with one action.
    init(_ names: String, _ keys: [Key], _ action: Action, help: UIMessage, hint: UIMessage? = nil, keepsHint: Bool = false) {
        self.init(names, keys.map { ($0, action) }, help: help, hint: hint, keepsHint: keepsHint)
    }

    var text: BindingText { BindingText(names: names, keys: keys.map(\.key), help: help, hint: hint, keepsHint: keepsHint) }
}

/// A binding as the overlay and the hint bar show it, whatever the action type of its screen.
struct BindingText: Equatable, Sendable {
    let names: String
    let keys: [Key]
    let help: UIMessage
    let hint: UIMessage?
    var keepsHint = false
}

enum KeyTable {
    /// The action a key triggers in a table, or nil when the table does not bind it.
    static func action<Action>(_ table: [KeyBinding<Action>], for key: Key) -> Action? {
        for binding in table {
            if let match = binding.keys.first(where: { $0.key == key }) { return match.action }
        }
        return nil
    }

    /// The hint bar: each hinted binding's short form, in table order, as many as fit in `width`. The
    /// least important give way first: the screen's own from the end (its first keys are its main ones),
    /// then the kept ones (save, quit) from the end; the last one (`? help`) always stays. Dropping from
    /// the end alone lost `s spara` first on a Swedish bar with a long register name.
    static func hints(_ bindings: [BindingText], language: Language, width: Int) -> String {
        var parts = bindings.compactMap { binding in binding.hint.map { (text: $0.text(language), kept: binding.keepsHint) } }
        while parts.count > 1, DisplayWidth.of(parts.map(\.text).joined(separator: " · ")) > width {
            let beforeLast = parts.indices.dropLast()
            parts.remove(at: beforeLast.last { !parts[$0].kept } ?? beforeLast.last ?? 0)
        }
        return parts.map(\.text).joined(separator: " · ")
    }

    /// The width the kept hints take together: what the status bar keeps free for them.
    static func keptWidth(_ bindings: [BindingText], language: Language) -> Int {
        DisplayWidth.of(bindings.filter(\.keepsHint).compactMap { $0.hint?.text(language) }.joined(separator: " · "))
    }
}
