import RopaExport
import RopaModel

/// How to read a spreadsheet; what is left nil is detected from the header row.
public struct ImportOptions: Equatable, Sendable {
    public var delimiter: CSVDelimiter?
    /// Columns the import does not read are kept in each row's notes ("Avdelning: Ekonomi") instead of ignored.
    public var keepExtra: Bool
    /// Columns named by hand: the header as the file writes it → the field it holds (`--map 'Column=field'`).
    public var mappings: [String: ExportField]
    /// A processor, joint controller, security measure, transfer or legal entity a row names that neither the
    /// register nor the file has is created from its name; false refuses the import instead (`--no-create`).
    public var createMissing: Bool

    public init(delimiter: CSVDelimiter? = nil, keepExtra: Bool = false, mappings: [String: ExportField] = [:], createMissing: Bool = true) {
        self.delimiter = delimiter
        self.keepExtra = keepExtra
        self.mappings = mappings
        self.createMissing = createMissing
    }

    /// Reads `--map 'Column=field'`: the field by its name in ropa (`purposes`) or its English or Swedish header.
    public static func mapping(_ argument: String) -> (column: String, field: ExportField)? {
        guard let equals = argument.lastIndex(of: "=") else { return nil }
        let column = CellText.trimmed(String(argument[..<equals]))
        let target = CellText.trimmed(String(argument[argument.index(after: equals)...]))
        guard !column.isEmpty, !target.isEmpty else { return nil }
        let key = CellText.key(target)
        let field = ExportField(rawValue: target)
            ?? ExportField.allCases.first { CellText.key($0.rawValue) == key || CellText.key($0.text(.en)) == key || CellText.key($0.text(.sv)) == key }
        return field.map { (column, $0) }
    }
}

/// What an import would do: the register after it, what it adds and changes, and how it read the file.
public struct ImportPlan: Equatable {
    public var register: Register
    /// Activities added, changed and left as they were.
    public var added: [String]
    public var changed: [String]
    public var unchanged: [String]
    /// The header language and delimiter the (first) file was read with.
    public var language: Language
    public var delimiter: CSVDelimiter
    /// Activity rows read (blank rows are not counted).
    public var rows: Int
    /// What was imported but may not be what was meant, such as a row without an ID whose name is taken.
    public var warnings: [ImportProblem]
    /// Every table read, in the order it was applied.
    public var tables: [ImportedTable] = []
    /// Entities created from the names rows gave them.
    public var created: [CreatedEntity] = []
    /// Sheets or files not read because nothing in their name or header says which table they are.
    public var skipped: [String] = []
    /// For a sheet stamped with an older version: the version it was read against, and the fields that both the
    /// sheet and the register changed since (the register's value kept).
    public var base: Int?
    public var conflicts: [MergeConflict] = []

    /// Whether the import creates a legal entity: every activity that named none is then given the
    /// organisation's former ones, a change a plan over part of the register cannot make.
    public var createsLegalEntities: Bool {
        created.contains { $0.kind == .legalEntity }
    }

    public var changesAnything: Bool {
        !added.isEmpty || !changed.isEmpty || !created.isEmpty || tables.contains { !$0.added.isEmpty || !$0.changed.isEmpty }
    }
}

/// One table of an import: where it came from, how its columns were read, and what it did.
public struct ImportedTable: Equatable, Sendable {
    public let source: String
    public let table: CSVTable
    public let encoding: SourceEncoding?
    public let language: Language
    public let columns: [ColumnMapping]
    /// Columns nothing reads: ignored, or kept in notes with `keepExtra`.
    public let extraColumns: [String]
    /// The purposes column named each activity (there was no name column).
    public let purposeIsName: Bool
    /// The extra columns went into each activity's notes.
    public var keptExtra = false
    public var rows: Int = 0
    public var added: [String] = []
    public var changed: [String] = []
    public var unchanged: [String] = []
}
