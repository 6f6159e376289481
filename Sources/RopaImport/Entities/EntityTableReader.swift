import RopaExport
import RopaModel

/// Reads a table of processors, sub-processors, transfers, joint controllers or security measures into the
/// register. A row updates the entity its ID names, or, without an ID, the one of the same name; otherwise it
/// adds one. Columns the export derives from other tables (the activities that use an entity, a processor's
/// sub-processors, a country's transfer status) and the Art 28 clause checklist are not read back.
struct EntityTableReader {
    let table: CSVTable
    let header: TableHeader
    let source: String
    let references: ReferenceBook
    let terms = TermMatchers()
    /// Each existing entity's cells as the export writes them.
    let cells: [String: [ExportField: String]]
    private(set) var problems: [ImportProblem] = []
    private(set) var added: [String] = []
    private(set) var changed: [String] = []
    private(set) var unchanged: [String] = []
    private(set) var rows = 0

    init(table: CSVTable, header: TableHeader, original: Register, source: String, options: ImportOptions, references: ReferenceBook) throws {
        self.table = table
        self.header = header
        self.source = source
        self.references = references
        cells = try ImportContext.exportedCells(original, table: table, language: header.language)
    }

    var kind: EntityKind {
        switch table {
        case .processors, .subprocessors: return .processor
        case .transfers: return .transfer
        case .jointControllers: return .jointController
        case .securityMeasures: return .securityMeasure
        case .activities: return .activity
        }
    }

    /// The register's country list, for the country columns.
    private var countries = CountryList.builtIn

    mutating func read(_ records: [CSVRecord], into register: Register) -> Register {
        countries = register.countries
        var result = register
        var seen: [String: Int] = [:]
        for record in header.rows(of: records) {
            rows += 1
            if let problem = header.cellCountProblem(record) {
                problems.append(problem)
                continue
            }
            var row: [ExportField: String] = [:]
            for (position, field) in header.fields.enumerated() {
                guard let field else { continue }
                row[field] = CellText.restored(record.fields[position])
            }
            let id = CellText.trimmed(row[.id] ?? "")
            let name = CellText.trimmed(row[table.nameField] ?? "")
            if name.isEmpty, id.isEmpty { continue }
            // The activities have a reader of their own; every other listed kind is read here.
            if let type = kind.listedType as? any RowReadEntity.Type {
                apply(type, record.line, id: id, name: name, row: row, in: &result)
            }
            if let lastID = (added + changed + unchanged).last {
                if let earlier = seen[lastID], earlier != record.line {
                    problems.append(ImportProblem(line: record.line, column: header.title(.id),
                                                  LocalizedText(.importDuplicateEntity, ImportProblem.quoted(lastID), "\(earlier)")))
                }
                seen[lastID] = record.line
            }
        }
        return result
    }

    private mutating func apply<Entity: RowReadEntity>(_ type: Entity.Type, _ line: Int, id: String, name: String, row: [ExportField: String],
                                                        in register: inout Register) {
        apply(line, id: id, name: name, row: row, in: &register[keyPath: Entity.list])
    }

    private mutating func apply<Entity: RowReadEntity>(_ line: Int, id: String, name: String, row: [ExportField: String], in entities: inout [Entity]) {
        var index: Int?
        if !id.isEmpty {
            index = entities.firstIndex { $0.id == id }
            if index == nil, !EntityID.isValid(id) {
                problems.append(ImportProblem(line: line, column: header.title(.id), LocalizedText(.importInvalidID, ImportProblem.quoted(id))))
                return
            }
            if index == nil, references.taken.contains(id) {
                problems.append(ImportProblem(line: line, column: header.title(.id), LocalizedText(.importIDTaken, ImportProblem.quoted(id))))
                return
            }
        } else {
            let key = CellText.key(name)
            index = entities.firstIndex { CellText.key($0.name) == key }
        }
        if name.isEmpty, index == nil {
            problems.append(ImportProblem(line: line, column: header.title(table.nameField), LocalizedText(.importRowNeedsName)))
            return
        }
        var entity = index.map { entities[$0] } ?? Entity.fromRow(id: id.isEmpty ? EntityID.unique(from: name, taken: references.taken) : id, name: name)
        let base = index == nil ? nil : cells[entity.id]
        var reader = EntityRowReader(header: header, line: line, source: source, countries: countries,
                                     references: references, terms: terms, cells: row, base: base)
        reader.checkSize()
        if !name.isEmpty, reader.changed(table.nameField) { entity.name = name }
        Entity.read(&reader, into: &entity)
        if !reader.problems.isEmpty {
            problems += reader.problems
            return
        }
        references.add(kind, id: entity.id, names: entity.referenceNames)
        if let index {
            if entities[index] == entity { unchanged.append(entity.id) } else { changed.append(entity.id); entities[index] = entity }
        } else {
            entities.append(entity)
            added.append(entity.id)
        }
    }
}

/// A kind of entity the import reads from a table of its own (every listed kind but the activity, whose table
/// has a reader of its own): what a row that names no entity creates, and how a row's cells change one.
protocol RowReadEntity: ListedEntity {
    /// A new entity for a row that names none in the register.
    static func fromRow(id: String, name: String) -> Self
    /// The row's changed cells written into the entity.
    static func read(_ reader: inout EntityRowReader, into entity: inout Self)
}

extension RowReadEntity {
    static func fromRow(id: String, name: String) -> Self { named(id: id, name: name) }
}

extension Processor: RowReadEntity {
    static func read(_ reader: inout EntityRowReader, into processor: inout Processor) {
        if reader.changed(.service) { processor.service = reader.text(.service) }
        if reader.changed(.country) { processor.country = reader.country(.country) }
        if reader.changed(.contact) { processor.contact = reader.contact(.contact, keeping: processor.contact) }
        if reader.changed(.engagedBy) { processor.parentProcessorId = reader.processor(.engagedBy) }
        if reader.changed(.agreementStatus) { processor.agreement.status = reader.term(.agreementStatus) ?? .missing }
        if reader.changed(.agreementSigned) { processor.agreement.signedDate = reader.date(.agreementSigned) }
        if reader.changed(.agreementReference) { processor.agreement.reference = reader.text(.agreementReference) }
        if reader.changed(.reviewDue) { processor.agreement.reviewDue = reader.date(.reviewDue) }
        if reader.changed(.agreementLastReviewed) { processor.agreement.lastReviewed = reader.date(.agreementLastReviewed) }
        if reader.changed(.subprocessorAuthorisation) { processor.agreement.subprocessorAuthorisation = reader.term(.subprocessorAuthorisation) }
        if reader.changed(.objectionPeriodDays) { processor.agreement.objectionPeriodDays = reader.days(.objectionPeriodDays) }
        if reader.changed(.agreementNote) { processor.agreement.note = reader.text(.agreementNote) }
        if reader.changed(.approval) || reader.changed(.approvalDate) || reader.changed(.noticeDate) {
            let status: ApprovalStatus? = reader.term(.approval)
            let date = reader.date(.approvalDate), notice = reader.date(.noticeDate)
            processor.approval = status.map { SubprocessorApproval(status: $0, date: date, noticeDate: notice) }
        }
        if reader.changed(.notes) { processor.notes = reader.text(.notes) }
    }
}

extension Transfer: RowReadEntity {
    /// The recipient is not known from the transfers table alone, unlike `ropa add`'s new transfer.
    static func fromRow(id: String, name: String) -> Transfer {
        Transfer(id: id, name: name, recipient: TransferRecipient(kind: .other))
    }

    static func read(_ reader: inout EntityRowReader, into transfer: inout Transfer) {
        if reader.changed(.recipient) || reader.changed(.recipientType) {
            let kind: TransferRecipientKind = reader.term(.recipientType) ?? transfer.recipient.kind
            let name = reader.text(.recipient)
            switch kind {
            case .processor:
                transfer.recipient = TransferRecipient(kind: .processor, id: reader.processor(.recipient))
            case .jointController:
                if let name, case .found(let id)? = reader.references.resolveOrCreate(.jointController, name, source: reader.source, line: reader.line) {
                    transfer.recipient = TransferRecipient(kind: .jointController, id: id)
                } else {
                    transfer.recipient = TransferRecipient(kind: .jointController, name: name)
                }
            case .other:
                transfer.recipient = TransferRecipient(kind: .other, name: name)
            case .internationalOrganisation:
                // The export writes the organisation's name; the reference data gives back its id.
                let id = CountryList.builtIn.internationalOrganisations.first { $0.name == name || $0.nameSv == name || $0.id == name }?.id
                transfer.recipient = TransferRecipient(kind: .internationalOrganisation, id: id, name: id == nil ? name : nil)
            }
        }
        if reader.changed(.country) { transfer.country = reader.country(.country) }
        if reader.changed(.mechanism) { transfer.safeguard.mechanism = reader.term(.mechanism) ?? .none }
        if reader.changed(.sccModule) { transfer.safeguard.sccModule = reader.term(.sccModule) }
        if reader.changed(.sccReference) {
            let text = reader.text(.sccReference)
            // The export writes the decision the module implies when none is recorded: keep it implied.
            var implied = transfer.safeguard
            implied.sccReference = nil
            transfer.safeguard.sccReference = text == implied.effectiveSCCReference ? nil : text
        }
        if reader.changed(.sccSigned) { transfer.safeguard.sccSignedDate = reader.date(.sccSigned) }
        if reader.changed(.adequacyReference) { transfer.safeguard.adequacyReference = reader.text(.adequacyReference) }
        if reader.changed(.recipientCovered) || reader.changed(.coverageReference) || reader.changed(.coverageChecked) {
            let covered = reader.flag(.recipientCovered)
            let (reference, checked) = (reader.text(.coverageReference), reader.date(.coverageChecked))
            transfer.safeguard.recipientCoverage = covered == nil && reference == nil && checked == nil
                ? nil : RecipientCoverage(covered: covered ?? false, reference: reference, checkedDate: checked)
        }
        if reader.changed(.occasionalTransfers) { transfer.safeguard.occasional = reader.flag(.occasionalTransfers) }
        if reader.changed(.bcrReference) { transfer.safeguard.bcrReference = reader.text(.bcrReference) }
        if reader.changed(.derogation) { transfer.safeguard.derogation = reader.term(.derogation) }
        if reader.changed(.derogationDocumentation) { transfer.safeguard.documentation = reader.text(.derogationDocumentation) }
        if reader.changed(.transferImpactAssessment) { transfer.transferImpactAssessmentDate = reader.date(.transferImpactAssessment) }
        if reader.changed(.supplementaryMeasures) { transfer.supplementaryMeasures = reader.items(.supplementaryMeasures) }
        if reader.changed(.dataCategories) { transfer.dataCategories = reader.items(.dataCategories) }
        if reader.changed(.notes) { transfer.notes = reader.text(.notes) }
    }
}

extension JointController: RowReadEntity {
    static func read(_ reader: inout EntityRowReader, into joint: inout JointController) {
        if reader.changed(.party) || reader.changed(.partyContact) {
            if let name = reader.text(.party) {
                let id = joint.party?.id ?? EntityID.slug(name)
                joint.party = ExternalParty(id: id, name: name, contact: reader.contact(.partyContact, keeping: joint.party?.contact))
            } else {
                joint.party = nil
            }
        }
        if reader.changed(.country) { joint.country = reader.country(.country) }
        if reader.changed(.scope) { joint.scope = reader.text(.scope) }
        if reader.changed(.arrangement) { joint.arrangement.status = reader.term(.arrangement) ?? .missing }
        if reader.changed(.arrangementTitle) { joint.arrangement.title = reader.text(.arrangementTitle) }
        if reader.changed(.arrangementReference) { joint.arrangement.reference = reader.text(.arrangementReference) }
        if reader.changed(.arrangementDate) { joint.arrangement.date = reader.date(.arrangementDate) }
        if reader.changed(.responsibilities) { joint.responsibilities = reader.text(.responsibilities) }
        if reader.changed(.contactPoint) { joint.contactPoint = reader.text(.contactPoint) }
        if reader.changed(.notes) { joint.notes = reader.text(.notes) }
    }
}

extension SecurityMeasure: RowReadEntity {
    static func read(_ reader: inout EntityRowReader, into measure: inout SecurityMeasure) {
        if reader.changed(.measureType) { measure.kind = reader.term(.measureType) }
        if reader.changed(.description) { measure.description = reader.text(.description) }
        if reader.changed(.notes) { measure.notes = reader.text(.notes) }
    }
}
