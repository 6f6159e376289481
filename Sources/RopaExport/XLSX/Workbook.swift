import RopaModel

/// A workbook to write: sheets of typed cells, and document properties (the register version it was made from).
struct Workbook {
    var sheets: [Sheet] = []
    /// Custom document properties: name → text.
    var properties: [(name: String, value: String)] = []
    var title: String = ""
    var language: Language = .en
}

/// One sheet: a header row (frozen, with an autofilter) and rows of cells.
struct Sheet {
    var name: String
    var headers: [String]
    var rows: [[Cell]] = []
    /// Filter the header row: a table. The organisation's sheet of field and value is not one.
    var isTable = true

    init(name: String, headers: [String], rows: [[Cell]] = [], isTable: Bool = true) {
        self.name = name
        self.headers = headers
        self.rows = rows
        self.isTable = isTable
    }
}

/// A cell: text, a date (written as a date Excel can sort and filter), or nothing.
enum Cell {
    case text(String)
    case date(CalendarDate)
    case empty

    /// Text that reads as YYYY-MM-DD becomes a date; other text stays text.
    static func dateOrText(_ text: String) -> Cell {
        if text.isEmpty { return .empty }
        if text.utf8.count == 10, let date = CalendarDate(text) { return .date(date) }
        return .text(text)
    }
}
