/// One column of a CSV table: its header and how a row fills its cell.
struct CSVColumn<Row> {
    let field: ExportField
    let value: (Row) -> String

    init(_ field: ExportField, _ value: @escaping (Row) -> String) {
        self.field = field
        self.value = value
    }

    /// A multi-valued cell: the values joined with "; ".
    static func list(_ field: ExportField, _ values: @escaping (Row) -> [String]) -> CSVColumn {
        CSVColumn(field) { values($0).joined(separator: ValueText.separator) }
    }
}
