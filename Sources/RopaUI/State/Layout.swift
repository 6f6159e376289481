/// Screen geometry shared by `reduce` (to keep the cursor visible) and `render`.
public enum Layout {
    public static let minimumSize = Size(columns: 60, rows: 12)

    /// Rows for the body of a list: the screen less the tab bar, the column header, the filter line
    /// and the status bar.
    public static func listBodyHeight(_ size: Size) -> Int { max(1, size.rows - 4) }

    /// Rows for a detail view, form or diff: the screen less the tab bar, its title and the status bar.
    public static func pageBodyHeight(_ size: Size) -> Int { max(1, size.rows - 3) }

    /// Moves `scroll` so that `cursor` is inside a window of `height` rows.
    public static func scroll(_ scroll: Int, cursor: Int, height: Int, count: Int) -> Int {
        var result = scroll
        if cursor < result { result = cursor }
        if cursor >= result + height { result = cursor - height + 1 }
        return max(0, min(result, max(0, count - height)))
    }

    /// A cursor moved by a key within `count` rows.
    /// `typing`: in a text input (a picker's filter) letters are text, only arrows and page keys move.
    static func move(_ cursor: Int, key: Key, count: Int, page: Int, typing: Bool = false) -> Int? {
        guard let action = KeyTable.action(typing ? ScreenKeys.movingWhileTyping : ScreenKeys.moving, for: key) else { return nil }
        let next: Int
        switch action {
        case .up: next = cursor - 1
        case .down: next = cursor + 1
        case .pageUp: next = cursor - page
        case .pageDown: next = cursor + page
        case .first: next = 0
        case .last: next = count - 1
        }
        return max(0, min(next, count - 1))
    }
}
