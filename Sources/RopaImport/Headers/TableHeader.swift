import RopaExport
import RopaModel

/// The header row of a table: which field each column holds, the columns nothing reads, and the language.
struct TableHeader {
    let table: CSVTable
    /// The field of each column by position; nil for a column without a header (it must stay empty) or one
    /// the import does not read (listed in `extra`).
    let fields: [ExportField?]
    let titles: [String]
    let language: Language
    let line: Int
    /// Columns with a header that names no field, by position: reported once, ignored or kept in notes.
    let extra: [(position: Int, title: String)]
    /// True when the sheet has no name column and each row's purpose names its activity (the ICO's template
    /// has a row per purpose and no name column).
    let purposeIsName: Bool

    func position(_ field: ExportField) -> Int? { fields.firstIndex(of: field) }
    func contains(_ field: ExportField) -> Bool { fields.contains(field) }

    /// The header's title of a field, for messages.
    func title(_ field: ExportField) -> String {
        position(field).map { titles[$0] } ?? field.text(language)
    }

    /// The records that hold the table's rows: those below the header, without the blank ones spreadsheets
    /// leave. The readers and the look-ahead for the activities an import reads all take these.
    func rows(of records: [CSVRecord]) -> LazyFilterSequence<[CSVRecord]> {
        records.lazy.filter { $0.line > line && !$0.isBlank }
    }

    /// The problem with a record whose cells are not one per column; empty cells beyond the header's (a
    /// spreadsheet's trailing delimiters) do not count. Nil when the record fits.
    func cellCountProblem(_ record: CSVRecord) -> ImportProblem? {
        let count = record.fields.count, columns = fields.count
        if count == columns || (count > columns && record.fields[columns...].allSatisfy(CellText.isBlank)) { return nil }
        return ImportProblem(line: record.line, LocalizedText(.importCellCount, "\(count)", "\(columns)"))
    }

    /// Which column went where, in the file's order: for the dry run.
    var mapping: [ColumnMapping] {
        titles.enumerated().compactMap { position, title in
            if CellText.isBlank(title) { return nil }
            return ColumnMapping(title: title, field: fields[position])
        }
    }

    /// Only the recognition of a table by its header: does it name this table's entity column?
    /// "Name" alone says nothing about the table; an activities sheet without a name column has purposes.
    /// The header's titles come folded (`HeaderNames.key`): a sheet's header is compared with every kind of
    /// table, its titles folded once.
    static func names(keys: [String], table: CSVTable, mappings: [String: ExportField]) -> Bool {
        let known = lookup(table, mappings: mappings)
        let wanted: Set<ExportField> = table == .activities ? [.activity, .purposes] : [table.nameField]
        return keys.contains { key in
            !genericNameKeys.contains(key) && known[key].map(wanted.contains) == true
        }
    }

    /// "Name"/"Namn" folded: a column of that title says nothing about which table a sheet is.
    private static let genericNameKeys: Set<String> = [HeaderNames.key(ExportField.name.text(.en)), HeaderNames.key(ExportField.name.text(.sv))]

    private static func lookup(_ table: CSVTable, mappings: [String: ExportField]) -> [String: ExportField] {
        var byKey = builtIn[table]?.byKey ?? [:]
        // A mapping names its column whatever the built-in names say.
        for (title, field) in mappings { byKey[HeaderNames.key(title)] = field }
        return byKey
    }

    /// What is known of each table's headers before any sheet is read: its column names folded (the first
    /// field a name is given to keeps it), and the folded titles that are only English or only Swedish.
    /// Folded once per run: recognising one sheet's header folded every name of every table several times.
    private static let builtIn: [CSVTable: (byKey: [String: ExportField], english: Set<String>, swedish: Set<String>)] = {
        var result: [CSVTable: (byKey: [String: ExportField], english: Set<String>, swedish: Set<String>)] = [:]
        for table in CSVTable.allCases {
            var byKey: [String: ExportField] = [:]
            for (title, field) in HeaderNames.names(table) {
                let key = HeaderNames.key(title)
                if byKey[key] == nil { byKey[key] = field }
            }
            var english = Set<String>(), swedish = Set<String>()
            for field in Set(CSVExporter.fields(table)) {
                let en = HeaderNames.key(field.text(.en)), sv = HeaderNames.key(field.text(.sv))
                if en != sv {
                    english.insert(en)
                    swedish.insert(sv)
                }
            }
            result[table] = (byKey, english, swedish)
        }
        return result
    }()

    static func read(_ record: CSVRecord, table: CSVTable, mappings: [String: ExportField] = [:]) throws -> TableHeader {
        let byKey = lookup(table, mappings: mappings)
        let known = Set(CSVExporter.fields(table))
        let english = builtIn[table]?.english ?? [], swedish = builtIn[table]?.swedish ?? []
        var fields: [ExportField?] = []
        var extra: [(Int, String)] = []
        var problems: [ImportProblem] = []
        var seen: [ExportField: String] = [:]
        var englishCount = 0, swedishCount = 0
        for (position, title) in record.fields.enumerated() {
            let key = HeaderNames.key(title)
            guard !key.isEmpty else {
                fields.append(nil)
                continue
            }
            guard let field = byKey[key], known.contains(field) else {
                extra.append((position, title))
                fields.append(nil)
                continue
            }
            if let earlier = seen[field] {
                problems.append(ImportProblem(line: record.line, LocalizedText(.importSameField, ImportProblem.quoted(earlier), ImportProblem.quoted(title))))
            }
            seen[field] = title
            if english.contains(key) { englishCount += 1 }
            if swedish.contains(key) { swedishCount += 1 }
            fields.append(field)
        }
        var purposeIsName = false
        if !fields.contains(table.nameField), problems.isEmpty {
            if table == .activities, fields.contains(.purposes) {
                purposeIsName = true
            } else {
                problems.append(ImportProblem(line: record.line, LocalizedText(.importNoActivityColumn, ImportProblem.quoted(table.nameField.text(.en)),
                                                                         ImportProblem.quoted(table.nameField.text(.sv)))))
            }
        }
        if !problems.isEmpty { throw ImportError(problems) }
        return TableHeader(table: table, fields: fields, titles: record.fields, language: swedishCount > englishCount ? .sv : .en,
                           line: record.line, extra: extra, purposeIsName: purposeIsName)
    }
}

/// One column of a file and the field it was read as; nil when it was not read.
public struct ColumnMapping: Equatable, Sendable {
    public let title: String
    public let field: ExportField?
}
