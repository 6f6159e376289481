/// One column of a CSV table: its header and how a row fills its cell.
struct CSVColumn<Row> {
    let field: ExportField
    let value: (Row) -> String
    /// For a multi-valued cell, the values as the cell writes them: a workbook puts each on a line of its own.
    let values: ((Row) -> [String])?

    init(_ field: ExportField, _ value: @escaping (Row) -> String) {
        self.field = field
        self.value = value
        self.values = nil
    }

    private init(_ field: ExportField, values: @escaping (Row) -> [String]) {
        self.field = field
        self.value = { ListCell.joined(values($0), separator: ValueText.separator) }
        self.values = { values($0).map(ListCell.quoted) }
    }

    /// A multi-valued cell: the values joined with "; ", a value that holds a separator in quotes (`ListCell`).
    static func list(_ field: ExportField, _ values: @escaping (Row) -> [String]) -> CSVColumn {
        CSVColumn(field, values: values)
    }
}
