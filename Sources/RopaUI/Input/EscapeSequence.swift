/// Escape sequences the terminal library did not recognise, read by the UI itself.
///
/// curses maps only the sequences terminfo lists for TERM; tmux sends Home as `ESC [ 1 ~` while
/// xterm-256color's terminfo says `ESC O H`, so curses handed over Esc, `[`, `1`, `~` as four keys and the
/// `1` jumped to the Overview. After an Esc the backend reads what follows at once (a sequence arrives in
/// one write) and asks here what it means: a known key, or nothing, never its characters as keys.
public enum EscapeSequence {
    /// Whether the characters after Esc make a whole sequence: CSI (`[` … final byte), SS3 (`O` and one
    /// character), or Alt with one character.
    public static func isComplete(_ following: [Character]) -> Bool {
        guard let first = following.first else { return false }
        switch first {
        case "[":
            guard following.count >= 2, let last = following.last?.unicodeScalars.first?.value else { return false }
            return (0x40...0x7E).contains(last) && !(following.count == 2 && last == 0x5B)
        case "O":
            return following.count >= 2
        default:
            return true
        }
    }

    /// What the characters read after an Esc are.
    public enum Decoded: Equatable, Sendable {
        /// A sequence for a key the UI knows.
        case key(Key)
        /// A sequence the UI does not know: nothing happens.
        case dropped
        /// Esc pressed on its own, then these keys typed quickly after it (tmux sends `Escape s` in one
        /// write): each is read as the key it is.
        case escapeThen([Character])
    }

    public static func decode(_ following: [Character]) -> Decoded {
        guard let first = following.first, first == "[" || (first == "O" && following.count >= 2) else {
            return .escapeThen(following)
        }
        return key(following).map(Decoded.key) ?? .dropped
    }

    /// The key a sequence stands for; nil for a sequence the UI does not know, which is dropped. Nothing
    /// after the Esc is a lone Esc.
    public static func key(_ following: [Character]) -> Key? {
        guard let first = following.first else { return .escape }
        let body = String(following.dropFirst())
        switch first {
        case "[":
            // Modifiers (`1;5A` is Ctrl-↑) keep the key they modify.
            let final = body.last.map(String.init) ?? ""
            let parameters = body.dropLast().split(separator: ";").first.map(String.init) ?? ""
            switch final {
            case "Z": return .backTab
            case "~":
                switch parameters {
                case "1", "7": return .home
                case "4", "8": return .end
                case "3": return .delete
                case "5": return .pageUp
                case "6": return .pageDown
                default: return nil
                }
            default: return cursorKey(final)
            }
        case "O":
            return body == "M" ? .enter : cursorKey(body)
        default:
            return nil
        }
    }

    /// The arrows, Home and End, which end a sequence in the same letter after `Esc [` and after `Esc O`
    /// (a terminal in application cursor mode sends the second).
    private static func cursorKey(_ final: String) -> Key? {
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        default: return nil
        }
    }
}
