import RopaModel

/// The first screen when `ropa` is given a folder holding several registers.
public struct RegisterPickerState: Sendable {
    public struct Entry: Sendable {
        public let path: String
        public let title: String
        public let detail: String

        public init(path: String, title: String, detail: String) {
            self.path = path
            self.title = title
            self.detail = detail
        }
    }

    public let folder: String
    public let entries: [Entry]
    public var cursor = 0
    public let language: Language

    /// "12 activities · 1 processor": a register's counts as the picker shows them, singular or plural.
    public static func detail(activities: Int, processors: Int, language: Language) -> String {
        Counted.text(activities, language, en: ("activity", "activities"), sv: ("behandling", "behandlingar")) + " · "
            + Counted.text(processors, language, en: ("processor", "processors"), sv: ("personuppgiftsbiträde", "personuppgiftsbiträden"))
    }

    public init(folder: String, entries: [Entry], language: Language) {
        self.folder = folder
        self.entries = entries
        self.language = language
    }

    public enum Outcome: Equatable {
        case stay
        case open(String)
        case quit
    }

    public mutating func handle(_ key: Key) -> Outcome {
        if let moved = Layout.move(cursor, key: key, count: entries.count, page: 10) {
            cursor = moved
            return .stay
        }
        switch KeyTable.action(ScreenKeys.registerPicker, for: key) {
        case .open?:
            return entries.indices.contains(cursor) ? .open(entries[cursor].path) : .stay
        case .quit?:
            return .quit
        case nil:
            return .stay
        }
    }
}

public func renderPicker(_ state: RegisterPickerState, size: Size) -> Grid {
    var grid = Grid(size: size)
    let sv = state.language == .sv
    grid.fill(row: 0, style: .title)
    grid.write(" ropa · " + (sv ? "register i " : "registers in ") + state.folder, row: 0, column: 0, style: .title)
    for (index, entry) in state.entries.enumerated() where index + 2 < size.rows - 1 {
        let row = index + 2
        grid.write(entry.title, row: row, column: 2, width: max(10, size.columns / 2 - 2), style: .accent)
        grid.write(entry.detail, row: row, column: size.columns / 2, width: size.columns / 2 - 1)
        if index == state.cursor { grid.fill(row: row, style: Style(.selected, bold: true, reverse: true)) }
    }
    // The mode and the hints from the picker's key table, as on every screen of a register.
    grid.fill(row: size.rows - 1, style: .status)
    let used = grid.write(" " + (sv ? "REGISTER" : "REGISTERS") + " ", row: size.rows - 1, column: 0, style: Style(.accent, bold: true, reverse: true))
    let hints = KeyTable.hints(ScreenKeys.registerPicker.map(\.text), language: state.language, width: size.columns - used - 2)
    grid.write("│ " + hints, row: size.rows - 1, column: used, style: .status)
    return grid
}
