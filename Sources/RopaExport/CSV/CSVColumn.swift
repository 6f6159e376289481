/// One column of a CSV table: its header and how a row fills its cell.
struct CSVColumn<Row> {
    let field: ExportField
    let value: (Row) -> String
    /// For a multi-valued cell, the values themselves: a workbook puts each on a line of its own.
    let values: ((Row) -> [String])?

    init(_ field: ExportField, _ value: @escaping (Row) -> String) {
        self.field = field
        self.value = value
        self.values = nil
    }

    private init(_ field: ExportField, values: @escaping (Row) -> [String]) {
        self.field = field
        self.value = { values($0).joined(separator: ValueText.separator) }
        self.values = values
    }

    /// A multi-valued cell: the values joined with "; ".
    static func list(_ field: ExportField, _ values: @escaping (Row) -> [String]) -> CSVColumn {
        CSVColumn(field, values: values)
    }
}
