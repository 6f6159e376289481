import RopaExport
import RopaModel

/// Imports the tables of a spreadsheet into a register: CSV files or the sheets of a workbook, each recognised
/// by its name or its header as activities, processors, sub-processors, transfers, joint controllers or
/// security measures (the tables `ropa export --table all` writes).
///
/// The entity tables are read first, so that the activities can name what they add. A row names its entity by
/// ID (updated) or, without one, by name: an activity without an ID is always added (with a warning when the
/// name is taken), while a processor, transfer, … with the name of an existing one updates it. A reference to
/// an entity that is nowhere is created from its name unless `createMissing` is off. All or nothing: every
/// problem is collected with its file and line, and then nothing is imported.
public enum SpreadsheetImport {
    /// The order tables are applied in: what activities refer to comes first.
    static let order: [CSVTable] = [.securityMeasures, .processors, .subprocessors, .jointControllers, .transfers, .activities]

    /// The version a CSV file was exported from, as its ID column's header says ("ID (ropa 12 3f2a9c1b04de)").
    public static func stamp(in sheets: [SheetTable]) -> VersionStamp? {
        for sheet in sheets {
            guard let header = sheet.records.first(where: { !$0.isBlank }) else { continue }
            if let stamp = header.fields.lazy.compactMap(VersionStamp.init(header:)).first { return stamp }
        }
        return nil
    }

    /// The sheets whose name or header says which table they are, in the order they are applied; the others
    /// skipped (a single file is an activities table unless it says otherwise).
    private static func recognise(_ sheets: [SheetTable], options: ImportOptions) throws
        -> (recognised: [(sheet: SheetTable, table: CSVTable, header: CSVRecord)], skipped: [String]) {
        var recognised: [(sheet: SheetTable, table: CSVTable, header: CSVRecord)] = []
        var skipped: [String] = []
        var problems: [ImportProblem] = []
        for sheet in sheets {
            guard let header = sheet.records.first(where: { !$0.isBlank }) else {
                if sheets.count == 1 { problems.append(ImportProblem(line: 1, LocalizedText(.importEmptyFile)).from(sheet.source)) }
                skipped.append(sheet.source)
                continue
            }
            // A single file is an activities table unless its name or header says otherwise.
            guard let table = TableRecognition.table(name: sheet.name, header: header, mappings: options.mappings) ?? (sheets.count == 1 ? .activities : nil) else {
                if !TableRecognition.isOtherSheet(sheet.name) { skipped.append(sheet.source) }
                continue
            }
            recognised.append((sheet, table, header))
        }
        if !problems.isEmpty { throw ImportError(problems) }
        recognised.sort { order.firstIndex(of: $0.table) ?? 0 < order.firstIndex(of: $1.table) ?? 0 }
        return (recognised, skipped)
    }

    /// The activities an import of `sheets` reads of the register, when that is not all of them: every table
    /// is an activities table and every row names its activity by ID. Nil otherwise (a row without an ID is
    /// matched by name against every activity; the other tables are planned over the whole register), and
    /// for sheets the plan refuses (it says why).
    public static func activityIDs(in sheets: [SheetTable], options: ImportOptions = ImportOptions()) -> Set<String>? {
        guard let (recognised, _) = try? recognise(sheets, options: options), !recognised.isEmpty else { return nil }
        var ids = Set<String>()
        for (sheet, table, headerRecord) in recognised {
            guard table == .activities, let header = try? TableHeader.read(headerRecord, table: table, mappings: options.mappings),
                  let column = header.fields.firstIndex(of: .id) else { return nil }
            for record in header.rows(of: sheet.records) {
                let id = column < record.fields.count ? CellText.trimmed(CellText.restored(record.fields[column])) : ""
                guard !id.isEmpty else { return nil }
                ids.insert(id)
            }
        }
        return ids
    }

    /// The plan of importing `sheets` into `register`. `entityIDs`: when `register` holds only part of the
    /// register (see `activityIDs(in:options:)`), every entity id the register has, in the order of
    /// `Register.entityIndex`, so that ids are checked and new ones chosen as over the whole register.
    public static func plan(_ sheets: [SheetTable], into register: Register, options: ImportOptions = ImportOptions(),
                            entityIDs: [(kind: EntityKind, id: String)]? = nil) throws -> ImportPlan {
        let (recognised, skipped) = try recognise(sheets, options: options)
        var problems: [ImportProblem] = []
        let ids = entityIDs ?? register.entityIndex.map { ($0.kind, $0.id) }
        let references = ReferenceBook(register: register, entityIDs: ids, createMissing: options.createMissing)
        var working = register
        var tables: [ImportedTable] = []
        var warnings: [ImportProblem] = []
        var activitiesRead = (added: [String](), changed: [String](), unchanged: [String](), rows: 0)
        for (sheet, table, headerRecord) in recognised {
            do {
                let header = try TableHeader.read(headerRecord, table: table, mappings: options.mappings)
                var imported = ImportedTable(source: sheet.source, table: table, encoding: sheet.encoding, language: header.language,
                                             columns: header.mapping, extraColumns: header.extra.map(\.title), purposeIsName: header.purposeIsName)
                if table == .activities {
                    imported.keptExtra = options.keepExtra && !header.extra.isEmpty
                    let context = try ImportContext(register: working, original: register, entityIDs: ids, header: header, source: sheet.source,
                                                    options: options, references: references)
                    var reader = ActivityTableReader(context: context)
                    working = reader.read(sheet.records, into: working)
                    problems += reader.problems.map { $0.from(sheet.source) }
                    warnings += reader.warnings.map { $0.from(sheet.source) }
                    (imported.rows, imported.added, imported.changed, imported.unchanged) = (reader.rows, reader.added, reader.changed, reader.unchanged)
                    activitiesRead.added += reader.added
                    activitiesRead.changed += reader.changed
                    activitiesRead.unchanged += reader.unchanged
                    activitiesRead.rows += reader.rows
                } else {
                    var reader = try EntityTableReader(table: table, header: header, original: register, source: sheet.source,
                                                       options: options, references: references)
                    working = reader.read(sheet.records, into: working)
                    problems += reader.problems.map { $0.from(sheet.source) }
                    (imported.rows, imported.added, imported.changed, imported.unchanged) = (reader.rows, reader.added, reader.changed, reader.unchanged)
                }
                tables.append(imported)
            } catch let error as ImportError {
                problems += error.problems.map { $0.from(sheet.source) }
            }
        }
        if !problems.isEmpty { throw ImportError(problems) }

        // What rows named and nothing had: created with their names only.
        // Transfers come whole from `references.transfers` below, and no row creates an activity.
        func add<T: ListedEntity>(_ type: T.Type, _ created: CreatedEntity) {
            working[keyPath: T.list].append(T.named(id: created.id, name: created.name))
        }
        for created in references.created {
            guard case .entity(let kind) = created.kind, kind != .transfer, kind != .activity, let type = kind.listedType else { continue }
            add(type, created)
        }
        working.transfers += references.transfers
        working.organisation.legalEntities += references.legalEntities
        if !references.legalEntities.isEmpty, working.activities.contains(where: { $0.legalEntityIds.isEmpty }) {
            // An activity that named none was for every legal entity of the organisation as it was.
            let before = register.organisation.legalEntities.map(\.id)
            for index in working.activities.indices where working.activities[index].legalEntityIds.isEmpty {
                working.activities[index].legalEntityIds = before
            }
        }

        let first = tables.first { $0.table == .activities } ?? tables.first
        return ImportPlan(register: working, added: activitiesRead.added, changed: activitiesRead.changed, unchanged: activitiesRead.unchanged,
                          language: first?.language ?? .en, delimiter: recognised.first?.sheet.delimiter ?? .comma,
                          rows: activitiesRead.rows, warnings: warnings, tables: tables, created: references.created, skipped: skipped)
    }
}
