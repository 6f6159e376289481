import RopaExport
import RopaModel

/// What the rows of an activities table are read against: the register with the file's other tables applied,
/// its entities by name and id, and each existing activity as the export writes it (a cell that still reads so
/// leaves its fields as they are).
struct ImportContext {
    /// The register the rows refer to: the head, with the processors, transfers, … the file's other tables add.
    let register: Register
    let header: TableHeader
    /// The file or sheet the rows come from, for created entities.
    let source: String
    let options: ImportOptions
    let references: ReferenceBook
    /// The register's wording in English and Swedish.
    let texts: [ExportText]
    let activities: [String: Activity]
    let cells: [String: [ExportField: String]]
    /// Every id in the register, of every kind, with its kind.
    let ids: [String: EntityKind]
    /// Vocabulary matchers, built once for the whole file.
    let terms = TermMatchers()

    /// `original`: the register as it was before the import, whose export the cells are compared with.
    /// `entityIDs`: every entity id of the register as it was, of which `original` may hold only part.
    init(register: Register, original: Register, entityIDs: [(kind: EntityKind, id: String)], header: TableHeader, source: String,
         options: ImportOptions, references: ReferenceBook) throws {
        self.register = register
        self.header = header
        self.source = source
        self.options = options
        self.references = references
        texts = Language.allCases.map { ExportText(register: register, language: $0) }
        activities = Dictionary(register.activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Those of the register as it was and those the file's other tables added: an id of two kinds is taken
        // as the one first in `entityIndex` (the kinds' order), as over the whole register.
        var ids: [String: EntityKind] = [:]
        ids.reserveCapacity(entityIDs.count)
        func note(_ kind: EntityKind, _ id: String) {
            if let known = ids[id], known.order <= kind.order { return }
            ids[id] = kind
        }
        for (kind, id) in entityIDs { note(kind, id) }
        for entity in register.entityIndex { note(entity.kind, entity.id) }
        self.ids = ids
        cells = try ImportContext.exportedCells(original, table: .activities, language: header.language)
    }

    /// Each row's cells, by id, as `ropa export --format csv` writes `table` in `language`, read back by the
    /// import's own reader, formula guard undone.
    static func exportedCells(_ register: Register, table: CSVTable, language: Language) throws -> [String: [ExportField: String]] {
        let bytes = CSVExporter.export(register, table: table, options: CSVOptions(language: language, delimiter: .comma))
        let records = try CSVReader.records(bytes, delimiter: UInt8(ascii: ","))
        let fields = CSVExporter.fields(table)
        var result: [String: [ExportField: String]] = [:]
        for record in records.dropFirst() {
            var row: [ExportField: String] = [:]
            for (field, cell) in zip(fields, record.fields) { row[field] = CellText.restored(cell) }
            if let id = row[.id], result[id] == nil { result[id] = row }
        }
        return result
    }
}

private extension EntityKind {
    /// The kind's place in `Register.entityIndex`.
    var order: Int { EntityKind.allCases.firstIndex(of: self) ?? 0 }
}
