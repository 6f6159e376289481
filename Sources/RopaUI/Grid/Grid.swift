/// One terminal cell: the grapheme it shows and its style. A wide character fills its cell and marks
/// the next one as its continuation.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var style: Style
    /// True for the right half of a wide character: the backend draws nothing there.
    public var isContinuation: Bool

    public init(_ text: String = " ", style: Style = .normal, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }
}

/// The screen as the UI core renders it: rows of cells, compared and drawn by the backend.
public struct Grid: Equatable, Sendable {
    public let size: Size
    public private(set) var cells: [[Cell]]
    /// Where the terminal cursor should stand (a text field being edited), or nil to hide it.
    public var cursor: (row: Int, column: Int)? {
        get { cursorRow.map { ($0, cursorColumn) } }
        set {
            cursorRow = newValue?.row
            cursorColumn = newValue?.column ?? 0
        }
    }
    private var cursorRow: Int?
    private var cursorColumn = 0

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: Array(repeating: Cell(), count: max(0, size.columns)), count: max(0, size.rows))
    }

    public static func == (lhs: Grid, rhs: Grid) -> Bool {
        lhs.size == rhs.size && lhs.cells == rhs.cells && lhs.cursorRow == rhs.cursorRow && lhs.cursorColumn == rhs.cursorColumn
    }

    /// Writes text from `column`, at most `width` columns (to the edge by default), cut with an ellipsis.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, width: Int? = nil, style: Style = .normal) -> Int {
        guard row >= 0, row < size.rows, column < size.columns else { return 0 }
        let available = min(width ?? (size.columns - column), size.columns - max(column, 0))
        let fitted = DisplayWidth.fit(text, width: available)
        var position = column
        for character in fitted {
            let columns = DisplayWidth.of(character)
            if columns == 0 {
                // A combining mark joins the character before it.
                if position > 0, position - 1 < size.columns { cells[row][position - 1].text.append(character) }
                continue
            }
            if position + columns > column + available { break }
            if position >= 0 {
                cells[row][position] = Cell(String(character), style: style)
                if columns == 2, position + 1 < size.columns {
                    cells[row][position + 1] = Cell("", style: style, isContinuation: true)
                }
            }
            position += columns
        }
        return position - column
    }

    /// Fills a row segment with a style (for selection bars and the status line).
    public mutating func fill(row: Int, from column: Int = 0, width: Int? = nil, style: Style) {
        guard row >= 0, row < size.rows else { return }
        let end = min(size.columns, column + (width ?? size.columns))
        for index in max(0, column)..<max(max(0, column), end) {
            cells[row][index].style = style
        }
    }

    /// Clears a rectangle to blanks.
    public mutating func clear(row: Int, column: Int, width: Int, height: Int, style: Style = .normal) {
        for line in max(0, row)..<min(size.rows, row + height) {
            for index in max(0, column)..<min(size.columns, column + width) {
                cells[line][index] = Cell(" ", style: style)
            }
        }
    }

    /// A row as plain text, for tests and text captures.
    public func text(row: Int) -> String {
        guard row >= 0, row < size.rows else { return "" }
        return cells[row].filter { !$0.isContinuation }.map(\.text).joined()
    }

    /// The whole screen as text, one line per row, trailing blanks removed.
    public var text: String {
        (0..<size.rows).map { row in
            var line = text(row: row)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
