import RopaModel

/// Marks one state of what lists are made from; replaced (and compared by identity) whenever that changes.
final class ChangeToken: Sendable {}

/// The rows a list shows, as positions in its table, in the order shown.
struct VisibleRows {
    let table: Table
    let order: [Int]

    var count: Int { order.count }
    var isEmpty: Bool { order.isEmpty }
    var indices: Range<Int> { order.indices }
    subscript(position: Int) -> Table.Row { table.rows[order[position]] }
}

/// The current section's table, kept between keys with what filtering and sorting it needs.
///
/// Building a table of 10 000 activities and sorting it by folded names took a third of a second, and
/// every key did it three times (the key, keeping the cursor in view, drawing). The cache holds the table
/// for as long as what it is made of is unchanged (`token`), the row order of each sort, the folded
/// text of each row once a filter is typed, and the rows matching recent filters: typing one more letter
/// only narrows the rows the shorter filter matched. `Table.visibleRows` remains the definition; debug
/// builds check every answer against it.
struct ListCache: Sendable {
    let section: Section
    private(set) var token: ChangeToken
    private(set) var table: Table
    private var searchKeys: [TextFolding.SearchKey]?
    private var orders: [RowOrder: [Int]] = [:]
    private var filtered: [FilterKey: [Int]] = [:]

    init(section: Section, token: ChangeToken, table: Table) {
        self.section = section
        self.token = token
        self.table = table
    }

    /// How rows are ordered before filtering (sorting is stable, so filtering first or last is the same).
    enum RowOrder: Hashable {
        /// The table's own order: history, findings and the review queue before they are sorted by hand.
        case table
        /// A tree with every parent's children sorted by the folded cell of a column.
        case tree(Int, ascending: Bool)
        /// By folded first cell, ascending.
        case name
        /// By the folded cell of a column (an empty string where a row has none).
        case column(Int, ascending: Bool)
    }

    private struct FilterKey: Hashable {
        let order: RowOrder
        let needle: String
    }

    /// The order `Table.visibleRows` gives for a list state.
    static func rowOrder(of table: Table, _ list: ListState) -> RowOrder {
        let column = min(list.sortColumn, max(0, table.columns.count - 1))
        if table.isTree {
            if table.keepsOwnOrder && list.sortColumn == 0 && list.ascending { return .table }
            return .tree(column, ascending: list.ascending)
        }
        if list.sortColumn == 0 && list.ascending && !table.isTree {
            if case .version = table.rows.first?.target { return .table }
            if case .finding = table.rows.first?.target { return .table }
            return .name
        }
        return .column(column, ascending: list.ascending)
    }

    mutating func visibleRows(_ list: ListState) -> VisibleRows {
        let order = rowOrder(ListCache.rowOrder(of: table, list))
        let needle = FilterWords(list.filterEditor?.text ?? list.filter)
        guard !needle.isEmpty else { return checked(VisibleRows(table: table, order: order), list) }
        let key = FilterKey(order: ListCache.rowOrder(of: table, list), needle: needle.folded)
        if let known = filtered[key] { return checked(VisibleRows(table: table, order: known), list) }
        if searchKeys == nil { searchKeys = table.rows.map { TextFolding.SearchKey($0.cells.joined(separator: " ")) } }
        let keys = searchKeys ?? []
        // Rows a shorter filter did not match cannot match a longer one that contains it.
        let candidates = filtered.filter { $0.key.order == key.order && needle.folded.contains($0.key.needle) }
            .max { $0.key.needle.count < $1.key.needle.count }?.value ?? order
        let matching = candidates.filter { needle.matches(keys[$0]) }
        if filtered.count >= 64 { filtered.removeAll() }
        filtered[key] = matching
        return checked(VisibleRows(table: table, order: matching), list)
    }

    /// The same list after some rows changed in place (edits of single activities): each order takes the
    /// changed rows out and puts them back where a stable sort puts them, by their new key and then their
    /// position; filters are matched again when next asked for.
    mutating func replaceRows(_ changes: [(index: Int, row: Table.Row)], token: ChangeToken) {
        self.token = token
        for (index, row) in changes { table.rows[index] = row }
        let changed = Set(changes.map(\.index))
        if searchKeys != nil {
            for index in changed { searchKeys?[index] = TextFolding.SearchKey(table.rows[index].cells.joined(separator: " ")) }
        }
        filtered.removeAll()
        let rows = table.rows
        for (order, positions) in orders {
            let key: (Int) -> String
            let ascending: Bool
            switch order {
            case .table: continue
            case .tree:
                // Trees are not edited in place (only activities are); made again when next asked for.
                orders[order] = nil
                continue
            case .name:
                key = { TextFolding.fold(rows[$0].cells.first ?? "") }
                ascending = true
            case .column(let column, let isAscending):
                key = { rows[$0].cells.indices.contains(column) ? TextFolding.fold(rows[$0].cells[column]) : "" }
                ascending = isAscending
            }
            // Before: the order the sort gives, key then position (the sort is stable).
            func before(_ a: (key: String, index: Int), _ b: (key: String, index: Int)) -> Bool {
                if a.key != b.key { return ascending ? a.key < b.key : a.key > b.key }
                return a.index < b.index
            }
            var result = positions.filter { !changed.contains($0) }
            for index in changed.sorted() {
                let item = (key: key(index), index: index)
                var low = 0, high = result.count
                while low < high {
                    let middle = (low + high) / 2
                    if before((key(result[middle]), result[middle]), item) { low = middle + 1 } else { high = middle }
                }
                result.insert(index, at: low)
            }
            orders[order] = result
        }
    }

    /// The row positions in an order, made once.
    private mutating func rowOrder(_ order: RowOrder) -> [Int] {
        if let known = orders[order] { return known }
        let result: [Int]
        switch order {
        case .table:
            result = Array(table.rows.indices)
        case .tree(let column, let ascending):
            let keys = table.rows.map { $0.cells.indices.contains(column) ? TextFolding.fold($0.cells[column]) : "" }
            result = Table.treeOrder(depths: table.rows.map(\.depth), keys: keys, ascending: ascending)
        case .name:
            let keys = table.rows.map { TextFolding.fold($0.cells.first ?? "") }
            result = table.rows.indices.sorted { keys[$0] < keys[$1] }
        case .column(let column, let ascending):
            let keys = table.rows.map { $0.cells.indices.contains(column) ? TextFolding.fold($0.cells[column]) : "" }
            result = table.rows.indices.sorted { ascending ? keys[$0] < keys[$1] : keys[$0] > keys[$1] }
        }
        orders[order] = result
        return result
    }

    private func checked(_ rows: VisibleRows, _ list: ListState) -> VisibleRows {
        #if DEBUG
        let expected = table.visibleRows(list).map(\.cells)
        assert(rows.order.map { table.rows[$0].cells } == expected, "the cached rows differ from Table.visibleRows")
        #endif
        return rows
    }
}
