import RopaExport
import RopaModel

/// Reads one row of the activities table into an activity: a new one, or an existing one updated.
///
/// A column whose cell still reads as the export writes the existing activity leaves its fields exactly as they
/// are, so that what the spreadsheet cannot show (purpose ids, retention periods, provenance) survives a round
/// trip. A changed cell is read and replaces what its column shows. Columns the file does not have are left
/// alone. Every problem is collected with the row's line; the caller imports nothing when there is any.
struct ActivityRowReader {
    let context: ImportContext
    let line: Int
    /// The row's cells by field, formula guard undone; for an update, columns the file lacks hold the
    /// existing activity's cells.
    private(set) var cells: [ExportField: String]
    /// The existing activity's cells, or nil for a new activity.
    let base: [ExportField: String]?
    private(set) var problems: [ImportProblem] = []

    init(context: ImportContext, line: Int, cells: [ExportField: String], base: [ExportField: String]?) {
        self.context = context
        self.line = line
        self.base = base
        var merged = base ?? [:]
        for (field, cell) in cells { merged[field] = cell }
        self.cells = merged
    }

    func cell(_ field: ExportField) -> String { cells[field] ?? "" }

    /// True when any of the fields reads differently from the existing activity, or the activity is new.
    func changed(_ fields: ExportField...) -> Bool {
        guard let base else { return true }
        return fields.contains { !CellText.sameCell(cells[$0] ?? "", base[$0] ?? "") }
    }

    mutating func problem(_ field: ExportField?, _ message: LocalizedText) {
        problems.append(ImportProblem(line: line, column: field.map { context.header.title($0) }, message))
    }

    mutating func problem(_ field: ExportField?, _ message: ImportMessage, _ arguments: String...) {
        problem(field, LocalizedText(message, arguments: arguments.map(LocalizedText.verbatim)))
    }

    /// The activity this row describes, starting from `activity` (the existing one, or a new one with its id).
    mutating func read(_ start: Activity) -> Activity {
        var activity = start
        // A cell that alone would make the activity's file larger than any register file may be (a control
        // character takes six bytes in JSON) is refused with its row and column, before anything is written.
        for (field, cell) in cells where CellText.storedSize(cell) > RegisterLimits.maximumFileSize {
            problem(field, .importCellTooLarge, "\(CellText.storedSize(cell) / 1_048_576)", "\(RegisterLimits.maximumFileSize / 1_048_576)")
        }
        if problems.isEmpty, let size = CellText.oversizedRow(cells.values) {
            problem(nil, .importRowTooLarge, "\(size / 1_048_576)", "\(RegisterLimits.maximumFileSize / 1_048_576)")
        }
        let name = CellText.trimmed(cell(.activity))
        if name.isEmpty {
            problem(.activity, .importActivityNeedsName)
        } else if changed(.activity) {
            activity.name = name
        }
        if changed(.description) { activity.description = CellText.optional(cell(.description)) }
        if changed(.owner) { activity.owner = CellText.optional(cell(.owner)) }
        if changed(.notes) { activity.notes = CellText.optional(cell(.notes)) }
        if changed(.role) { activity.role = term(.role, default: base == nil ? .controller : activity.role) }
        if changed(.status) { activity.status = term(.status, default: base == nil ? .active : activity.status) }
        if changed(.lastReviewed) { activity.lastReviewed = date(.lastReviewed) }
        if changed(.dataSubjects) { activity.dataSubjects = CellText.items(cell(.dataSubjects)) }
        if changed(.dataSources) { activity.dataSources = CellText.items(cell(.dataSources)) }
        if changed(.recipients) { activity.recipients = CellText.items(cell(.recipients)) }
        if changed(.legalEntities) { activity.legalEntityIds = legalEntities() }
        if changed(.controllers) { activity.controllers = controllers(activity.controllers) }
        if changed(.jointControllers) { activity.jointControllerIds = references(.jointControllers, kind: .jointController) }
        if changed(.processors) { activity.processorIds = references(.processors, kind: .processor) }
        if changed(.purposes, .lawfulBasis, .legitimateInterests, .article9Condition) { activity.purposes = purposes(activity.purposes) }
        let categoriesChanged = changed(.dataCategories, .specialCategories, .highRiskData)
        if categoriesChanged { activity.dataCategories = dataCategories(activity.dataCategories) }
        if categoriesChanged || changed(.retention) { activity.retention = retention(activity.retention, categories: activity.dataCategories) }
        if changed(.retentionPeriods) { readRetentionPeriods(&activity.retention) }
        if changed(.transferCountries, .transferMechanisms) { activity.transferIds = transfers(for: activity) }
        if changed(.securityMeasures) {
            let measures = securityMeasures()
            activity.securityMeasureIds = measures.ids
            activity.securityDescription = measures.description
        }
        if changed(.automatedDecisions, .profiling) {
            // The Art 22 exception has a column of its own (the catalogue's): it stays unless that one changes.
            let exception = activity.automatedDecisionMaking?.exception
            activity.automatedDecisionMaking = automatedDecisions()
            activity.automatedDecisionMaking?.exception = exception
        }
        if changed(.dpiaNeeded, .dpiaStatus, .dpiaDate, .dpiaLink) {
            // So do the screening criteria, the items of IMY's list and the reason no DPIA is needed.
            let (criteria, listed, reason) = (activity.dpia?.criteria, activity.dpia?.imyListItems, activity.dpia?.notNeededReason)
            activity.dpia = dpia()
            if criteria != nil || listed != nil || reason != nil {
                var dpia = activity.dpia ?? DPIA(needed: .unknown)
                (dpia.criteria, dpia.imyListItems, dpia.notNeededReason) = (criteria, listed, reason)
                activity.dpia = dpia
            }
        }
        readCatalogue(&activity)
        // Problems in the order of the columns, as a person reads the row.
        let order = Dictionary(context.header.titles.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        problems = problems.enumerated().sorted { lhs, rhs in
            let left = lhs.element.column.flatMap { order[$0] } ?? -1, right = rhs.element.column.flatMap { order[$0] } ?? -1
            return (left, lhs.offset) < (right, rhs.offset)
        }.map(\.element)
        return activity
    }

    // MARK: Single values

    /// A vocabulary term; an empty cell gives `default`.
    mutating func term<Term: Vocabulary>(_ field: ExportField, default fallback: Term) -> Term {
        optionalTerm(field) ?? fallback
    }

    mutating func optionalTerm<Term: Vocabulary>(_ field: ExportField) -> Term? {
        let text = cell(field)
        guard !CellText.isBlank(text) else { return nil }
        guard let term = context.terms.matcher(Term.self).match(text) else {
            problem(field, .importNotOneOf, ImportProblem.quoted(text), TermMatcher<Term>.choices(context.header.language))
            return nil
        }
        return term
    }

    mutating func date(_ field: ExportField) -> String? {
        let text = CellText.trimmed(cell(field))
        guard !text.isEmpty else { return nil }
        guard CalendarDate(text) != nil else {
            problem(field, .importNotADate, ImportProblem.quoted(text))
            return nil
        }
        return text
    }

    // MARK: References

    /// The ids a cell names, each resolved by id or name; unknown and ambiguous names are problems.
    mutating func references(_ field: ExportField, kind: EntityKind) -> [String] {
        var ids: [String] = []
        for item in CellText.items(cell(field)) {
            switch context.references.resolveOrCreate(kind, item, source: context.source, line: line) {
            case .found(let id):
                if !ids.contains(id) { ids.append(id) }
            case .unknown, nil:
                problem(field, LocalizedText(.importUnknownReference, arguments: [.verbatim(ImportProblem.quoted(item)), kind.lowercasedLabel]))
            case .ambiguous(let candidates):
                problem(field, LocalizedText(.importAmbiguousReference, arguments: [.verbatim(ImportProblem.quoted(item)), kind.lowercasedLabel,
                                                                                    .verbatim(candidates.joined(separator: ", "))]))
            }
        }
        return ids
    }

    /// The organisation's legal entities the activity is recorded for; all of them reads as none named.
    mutating func legalEntities() -> [String] {
        var ids: [String] = []
        for item in CellText.items(cell(.legalEntities)) {
            switch context.references.resolve(.organisation, item) {
            case .found(let id):
                if !ids.contains(id) { ids.append(id) }
            case .unknown:
                if let id = context.references.createLegalEntity(item, source: context.source, line: line) {
                    ids.append(id)
                } else {
                    problem(.legalEntities, .importUnknownLegalEntity, ImportProblem.quoted(item))
                }
            case .ambiguous(let candidates):
                problem(.legalEntities, .importAmbiguousLegalEntity, ImportProblem.quoted(item), candidates.joined(separator: ", "))
            }
        }
        let all = context.register.organisation.legalEntities.map(\.id) + context.references.legalEntities.map(\.id)
        return Set(ids) == Set(all) ? [] : ids
    }

    /// The controllers of a processor record (Art 30(2)); a party that still reads as exported is kept whole.
    func controllers(_ existing: [ExternalParty]) -> [ExternalParty] {
        var unused = existing
        var result: [ExternalParty] = []
        for item in CellText.items(cell(.controllers)) {
            if let index = unused.firstIndex(where: { party in context.texts.contains { $0.party(party) == item } }) {
                result.append(unused.remove(at: index))
            } else if let index = unused.firstIndex(where: { CellText.key($0.name) == CellText.key(item) }) {
                var party = unused.remove(at: index)
                party.name = item
                party.contact = nil
                result.append(party)
            } else {
                let taken = Set(result.map(\.id) + unused.map(\.id))
                result.append(ExternalParty(id: EntityID.unique(from: item, taken: taken), name: item))
            }
        }
        return result
    }

    /// The security measures by name or id, then the activity's general description: everything from the
    /// first value that names no measure on.
    mutating func securityMeasures() -> (ids: [String], description: String?) {
        let items = CellText.items(cell(.securityMeasures))
        var ids: [String] = []
        var index = 0
        while index < items.count, case .found(let id) = context.references.resolve(.securityMeasure, items[index]) {
            if !ids.contains(id) { ids.append(id) }
            index += 1
        }
        // Everything before the last value that names a measure is a measure: one the register does not have
        // is created (or, when creating is refused, a problem).
        if let last = items.lastIndex(where: { if case .found = context.references.resolve(.securityMeasure, $0) { return true } else { return false } }),
           last >= index {
            while index <= last {
                switch context.references.resolveOrCreate(.securityMeasure, items[index], source: context.source, line: line) {
                case .found(let id):
                    if !ids.contains(id) { ids.append(id) }
                case .unknown, .ambiguous, nil:
                    problem(.securityMeasures, .importUnknownSecurityMeasure, ImportProblem.quoted(items[index]))
                }
                index += 1
            }
        }
        let rest = Array(items[index...])
        return (ids, rest.isEmpty ? nil : rest.joined(separator: "; "))
    }

    // MARK: Automated decisions and DPIA

    /// "Yes – description"; profiling on its own makes the use of automated decisions unknown.
    mutating func automatedDecisions() -> AutomatedDecisionMaking? {
        let text = CellText.trimmed(cell(.automatedDecisions))
        let profiling: Answer? = optionalTerm(.profiling)
        guard !text.isEmpty else { return profiling.map { AutomatedDecisionMaking(used: .unknown, profiling: $0) } }
        var answerText = text
        var description: String?
        for separator in [" – ", " - "] {
            if let range = text.range(of: separator) {
                answerText = String(text[..<range.lowerBound])
                description = CellText.optional(String(text[range.upperBound...]))
                break
            }
        }
        guard let used = context.terms.matcher(Answer.self).match(answerText) else {
            problem(.automatedDecisions, .importAutomatedDecisionStart, ImportProblem.quoted(text), TermMatcher<Answer>.choices(context.header.language))
            return nil
        }
        return AutomatedDecisionMaking(used: used, profiling: profiling, description: description)
    }

    mutating func dpia() -> DPIA? {
        let needed: Answer? = optionalTerm(.dpiaNeeded)
        let status: DPIAStatus? = optionalTerm(.dpiaStatus)
        let date = date(.dpiaDate)
        let link = CellText.optional(cell(.dpiaLink))
        if needed == nil, status == nil, date == nil, link == nil { return nil }
        return DPIA(needed: needed ?? .unknown, status: status, link: link, date: date)
    }
}
