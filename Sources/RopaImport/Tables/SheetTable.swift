import RopaExport
import RopaModel

/// One table of a spreadsheet as rows of text: a CSV file, or a sheet of a workbook.
public struct SheetTable: Equatable, Sendable {
    /// How messages name it: the file's path, or "book.xlsx (Sheet)".
    public let source: String
    /// What may say which table it is: the file's name without its extension, or the sheet's name.
    public let name: String
    /// Its rows, each with the line (or worksheet row) it starts on.
    public let records: [CSVRecord]
    public let encoding: SourceEncoding?
    public let delimiter: CSVDelimiter?

    public init(source: String, name: String, records: [CSVRecord], encoding: SourceEncoding? = nil, delimiter: CSVDelimiter? = nil) {
        self.source = source
        self.name = name
        self.records = records
        self.encoding = encoding
        self.delimiter = delimiter
    }
}

/// Which table a sheet or file holds: by its name ("processors.csv", a sheet "Personuppgiftsbiträden"), else by
/// the header naming a table's entity column ("Sub-processor", "Transfer", …).
enum TableRecognition {
    private static let names: [String: CSVTable] = {
        var names: [String: CSVTable] = [:]
        for table in CSVTable.allCases {
            for name in [table.rawValue, table.title.en, table.title.sv] { names[CellText.key(name)] = table }
        }
        let practice: [(String, CSVTable)] = [
            ("register", .activities), ("registerförteckning", .activities), ("behandlingar", .activities),
            ("aktiviteter", .activities), ("processing activities", .activities), ("ropa", .activities),
            ("biträden", .processors), ("leverantörer", .processors), ("underbiträden", .subprocessors),
            ("sub-processors", .subprocessors), ("subprocessors", .subprocessors), ("tredjelandsöverföringar", .transfers),
            ("gemensamt personuppgiftsansvariga", .jointControllers), ("joint controllers", .jointControllers),
            ("security measures", .securityMeasures), ("säkerhetsåtgärder", .securityMeasures),
        ]
        for (name, table) in practice where names[CellText.key(name)] == nil { names[CellText.key(name)] = table }
        return names
    }()

    /// Entity columns are checked in this order: a processors sheet also names sub-processors.
    private static let byHeader: [CSVTable] = [.subprocessors, .processors, .transfers, .jointControllers, .securityMeasures, .activities]

    /// The workbook's sheets that are not tables to import: the organisation, findings, the review queue.
    private static let notTables: Set<String> = Set(XLSXExporter.otherSheetTitles.flatMap { [$0.en, $0.sv] }.map(CellText.key))

    /// A sheet ropa's workbook has beside the tables, which the import passes over without a word.
    static func isOtherSheet(_ name: String) -> Bool { notTables.contains(CellText.key(name)) }

    static func table(name: String, header: CSVRecord?, mappings: [String: ExportField]) -> CSVTable? {
        if let table = names[CellText.key(name)] { return table }
        if notTables.contains(CellText.key(name)) { return nil }
        guard let header else { return nil }
        let keys = header.fields.map(HeaderNames.key)
        return byHeader.first { TableHeader.names(keys: keys, table: $0, mappings: mappings) }
    }
}
