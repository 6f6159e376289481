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
        let text = ValueText(language: language, index: RegisterIndex(Register(organisation: Organisation(name: ""))))
        switch table {
        case .activities: return ActivityColumns.columns(text).map { $0.field.text(language) }
        case .processors: return ProcessorColumns.processors(text).map { $0.field.text(language) }
        case .subprocessors: return ProcessorColumns.subprocessors(text).map { $0.field.text(language) }
        case .transfers: return TransferColumns.columns(text).map { $0.field.text(language) }
        case .jointControllers: return JointControllerColumns.columns(text).map { $0.field.text(language) }
        case .securityMeasures: return SecurityMeasureColumns.columns(text).map { $0.field.text(language) }
        }
    }

    /// The field of each column of a table, in order: what each header names.
    public static func fields(_ table: CSVTable) -> [ExportField] {
        let text = ValueText(language: .en, index: RegisterIndex(Register(organisation: Organisation(name: ""))))
        switch table {
        case .activities: return ActivityColumns.columns(text).map(\.field)
        case .processors: return ProcessorColumns.processors(text).map(\.field)
        case .subprocessors: return ProcessorColumns.subprocessors(text).map(\.field)
        case .transfers: return TransferColumns.columns(text).map(\.field)
        case .jointControllers: return JointControllerColumns.columns(text).map(\.field)
        case .securityMeasures: return SecurityMeasureColumns.columns(text).map(\.field)
        }
    }

    static func export(_ index: RegisterIndex, table: CSVTable, options: CSVOptions) -> [UInt8] {
        let text = ValueText(language: options.language, index: index)
        switch table {
        case .activities:
            return encode(ActivityColumns.columns(text), rows: index.activities, options: options)
        case .processors:
            return encode(ProcessorColumns.processors(text), rows: index.processors.filter { !$0.isSubprocessor }, options: options)
        case .subprocessors:
            return encode(ProcessorColumns.subprocessors(text), rows: index.processors.filter(\.isSubprocessor), options: options)
        case .transfers:
            return encode(TransferColumns.columns(text), rows: index.transfers, options: options)
        case .jointControllers:
            return encode(JointControllerColumns.columns(text), rows: index.jointControllers, options: options)
        case .securityMeasures:
            return encode(SecurityMeasureColumns.columns(text), rows: index.securityMeasures, options: options)
        }
    }

    private static func encode<Row>(_ columns: [CSVColumn<Row>], rows: [Row], options: CSVOptions) -> [UInt8] {
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
