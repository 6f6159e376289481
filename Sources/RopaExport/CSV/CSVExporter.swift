import RopaModel

/// The register as CSV tables that spreadsheets open as they are: RFC 4180, UTF-8, headers in English
/// or Swedish, formula injection neutralised. The same register and options give the same bytes.
public enum CSVExporter {
    /// One table as CSV bytes.
    public static func export(_ register: Register, table: CSVTable = .activities, options: CSVOptions = CSVOptions()) -> [UInt8] {
        export(RegisterIndex(register), table: table, options: options)
    }

    /// Several tables of one register, in the order asked, sharing one index of the register.
    public static func export(_ register: Register, tables: [CSVTable], options: CSVOptions = CSVOptions()) -> [(table: CSVTable, bytes: [UInt8])] {
        let index = RegisterIndex(register)
        return tables.map { ($0, export(index, table: $0, options: options)) }
    }

    /// The header row of a table, as `--lang` gives it.
    public static func headers(_ table: CSVTable, language: Language) -> [String] {
        fields(table).map { $0.text(language) }
    }

    /// The field of each column of a table, in order: what each header names.
    public static func fields(_ table: CSVTable) -> [ExportField] {
        let index = RegisterIndex(Register(organisation: Organisation(name: "")))
        return TableContents(table, index: index, text: ValueText(language: .en, index: index)).fields
    }

    static func export(_ index: RegisterIndex, table: CSVTable, options: CSVOptions) -> [UInt8] {
        TableContents(table, index: index, text: ValueText(language: options.language, index: index)).csv(options)
    }

    static func encode<Row>(_ columns: [CSVColumn<Row>], rows: [Row], options: CSVOptions) -> [UInt8] {
        var encoder = CSVEncoder(options: options)
        // A rough guess that saves most reallocations on large registers.
        encoder.reserve((rows.count + 1) * columns.count * 24)
        encoder.record(columns.map { column in
            if column.field == .id, let version = options.version { return VersionStamp.header(column.field.text(options.language), version) }
            return column.field.text(options.language)
        })
        for row in rows { encoder.record(columns.map { $0.value(row) }) }
        return encoder.bytes
    }
}
