import RopaExport
import RopaModel

/// What the rows of a file are read against: the register as it is, its entities by name and id, and each
/// existing activity as the export writes it (a cell that still reads so leaves its fields as they are).
struct ImportContext {
    let register: Register
    let header: ActivityHeader
    let legalEntities: EntityLookup
    let processors: EntityLookup
    let jointControllers: EntityLookup
    let securityMeasures: EntityLookup
    /// The register's wording in English and Swedish.
    let texts: [ExportText]
    let activities: [String: Activity]
    let cells: [String: [ExportField: String]]
    /// Every id in the register, of every kind, with its kind.
    let ids: [String: EntityKind]
    /// Vocabulary matchers, built once for the whole file.
    let terms = TermMatchers()

    init(register: Register, header: ActivityHeader) throws {
        self.register = register
        self.header = header
        let texts = Language.allCases.map { ExportText(register: register, language: $0) }
        self.texts = texts
        legalEntities = EntityLookup(register.organisation.legalEntities.map { entity in
            // The organisation number as written, with its hyphen, and without.
            let number = entity.organisationNumber ?? ""
            let numbers = [number, OrganisationNumber.normalised(number), number.filter { $0 != "-" }]
            return (entity.id, [entity.name] + numbers + texts.map { $0.legalEntity(entity) })
        })
        processors = EntityLookup(register.processors.map { ($0.id, [$0.name]) })
        jointControllers = EntityLookup(register.jointControllers.map { joint in
            (joint.id, [joint.name, joint.party?.name ?? ""] + texts.map { $0.jointControllerName(joint.id) })
        })
        securityMeasures = EntityLookup(register.securityMeasures.map { ($0.id, [$0.name]) })
        activities = Dictionary(register.activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        ids = Dictionary(register.entityIndex.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        cells = try ImportContext.exportedCells(register, language: header.language)
    }

    /// Each activity's cells as `ropa export --format csv` writes them in `language`, read back by the import's
    /// own reader, formula guard undone.
    static func exportedCells(_ register: Register, language: Language) throws -> [String: [ExportField: String]] {
        let bytes = CSVExporter.export(register, table: .activities, options: CSVOptions(language: language, delimiter: .comma))
        let records = try CSVReader.records(bytes, delimiter: UInt8(ascii: ","))
        let fields = CSVExporter.fields(.activities)
        var result: [String: [ExportField: String]] = [:]
        for record in records.dropFirst() {
            var row: [ExportField: String] = [:]
            for (field, cell) in zip(fields, record.fields) { row[field] = CellText.restored(cell) }
            if let id = row[.id], result[id] == nil { result[id] = row }
        }
        return result
    }
}
