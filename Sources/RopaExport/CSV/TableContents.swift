import RopaModel

/// One table's columns with its rows, whatever the type of its rows: the one place that pairs each table
/// with the columns that write it and the entities it lists. The CSV export, its headers and the
/// workbook's sheets all start here, so a new table is added once.
struct TableContents {
    let fields: [ExportField]
    /// The table's header and rows as CSV.
    let csv: (CSVOptions) -> [UInt8]
    /// The table as a workbook sheet.
    let sheet: (Language) -> Sheet

    /// The rows are read only when the table is written: the headers need the columns alone.
    private init<Row>(_ table: CSVTable, _ columns: [CSVColumn<Row>], _ rows: @escaping () -> [Row]) {
        fields = columns.map(\.field)
        csv = { CSVExporter.encode(columns, rows: rows(), options: $0) }
        sheet = { XLSXExporter.sheet(table, columns, rows(), $0) }
    }

    init(_ table: CSVTable, index: RegisterIndex, text: ValueText) {
        switch table {
        case .activities: self.init(table, ActivityColumns.columns(text)) { index.activities }
        case .processors: self.init(table, ProcessorColumns.processors(text)) { index.processors.filter { !$0.isSubprocessor } }
        case .subprocessors: self.init(table, ProcessorColumns.subprocessors(text)) { index.processors.filter(\.isSubprocessor) }
        case .transfers: self.init(table, TransferColumns.columns(text)) { index.transfers }
        case .jointControllers: self.init(table, JointControllerColumns.columns(text)) { index.jointControllers }
        case .securityMeasures: self.init(table, SecurityMeasureColumns.columns(text)) { index.securityMeasures }
        }
    }
}
