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

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .commit(text)
        case .escape: return .cancel
        case .left, .control("b"): cursor = max(0, cursor - 1)
        case .right, .control("f"): cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .backspace, .control("h"):
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete, .control("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .control("u"):
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .control("k"):
            characters.removeSubrange(cursor..<characters.count)
        case .control("w"):
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .character(let character):
            insert(character)
        default:
            break
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
