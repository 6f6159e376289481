/// A single-line text field: a cursor, UTF-8 editing by grapheme, and the line-editing keys
/// terminal users expect (Ctrl-A/E start and end, Ctrl-W word, Ctrl-U line, Ctrl-K to end).
public struct TextEditor: Equatable, Sendable {
    public private(set) var characters: [Character]
    public private(set) var cursor: Int

    public enum Outcome: Equatable {
        case editing
        case commit(String)
        case cancel
    }

    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    /// Columns from the start of the text to the cursor, for placing the terminal cursor.
    public var cursorColumn: Int {
        characters[0..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
    }

    /// What the line-editing keys do; which key does which is decided in `ScreenKeys.textField`.
    public enum Action: Sendable {
        case commit, cancel, left, right, start, end, deleteBackward, deleteForward, deleteToStart, deleteToEnd, deleteWord
    }

    public mutating func handle(_ key: Key) -> Outcome {
        guard let action = KeyTable.action(ScreenKeys.field, for: key) else {
            // Every printable key is text.
            if case .character(let character) = key { insert(character) }
            return .editing
        }
        switch action {
        case .commit: return .commit(text)
        case .cancel: return .cancel
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .start: cursor = 0
        case .end: cursor = characters.count
        case .deleteBackward:
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .deleteForward:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .deleteToStart:
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteToEnd:
            characters.removeSubrange(cursor..<characters.count)
        case .deleteWord:
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        }
        return .editing
    }

    public mutating func insert(_ character: Character) {
        // Keep text in NFC so "å" typed as a + ring compares equal to the precomposed letter.
        characters.insert(character, at: cursor)
        cursor += 1
        let normalised = Array(String(characters).precomposedStringWithCanonicalMapping)
        if normalised.count != characters.count {
            let before = String(characters[0..<cursor]).precomposedStringWithCanonicalMapping.count
            characters = normalised
            cursor = before
        }
    }

    /// The visible part of the text in `width` columns, scrolled so the cursor shows, and the cursor's column in it.
    public func visible(width: Int) -> (text: String, cursor: Int) {
        guard width > 1 else { return ("", 0) }
        var start = 0
        while characters[start..<cursor].reduce(0, { $0 + DisplayWidth.of($1) }) > width - 1 { start += 1 }
        var shown = ""
        var used = 0
        for character in characters[start...] {
            let columns = DisplayWidth.of(character)
            if used + columns > width { break }
            shown.append(character)
            used += columns
        }
        let column = characters[start..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        return (shown, column)
    }
}

import Foundation
