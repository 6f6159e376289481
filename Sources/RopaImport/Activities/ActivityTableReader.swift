import RopaExport
import RopaModel

/// Reads the rows of an activities table into the register: a row whose ID is an activity of the register
/// updates it; a row with an empty ID, or an id the register does not have yet, adds an activity (with that id,
/// or one made from its name). Activities the table does not mention are left alone.
struct ActivityTableReader {
    let context: ImportContext
    private(set) var problems: [ImportProblem] = []
    private(set) var warnings: [ImportProblem] = []
    private(set) var added: [String] = []
    private(set) var changed: [String] = []
    private(set) var unchanged: [String] = []
    private(set) var rows = 0

    init(context: ImportContext) {
        self.context = context
    }

    mutating func read(_ records: [CSVRecord], into register: Register) -> Register {
        let header = context.header
        var result = register
        var positions = Dictionary(register.activities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var taken = Set(context.ids.keys).union(context.references.taken)
        var seenIDs: [String: Int] = [:]
        // Activities by name, to warn when a row without an ID adds one whose name is taken.
        var namesakes = Dictionary(register.activities.map { (CellText.key($0.name), $0.id) }, uniquingKeysWith: { first, _ in first })

        for record in header.rows(of: records) {
            rows += 1
            if let problem = header.cellCountProblem(record) {
                problems.append(problem)
                continue
            }
            var cells: [ExportField: String] = [:]
            var extra: [String] = []
            var rowProblems: [ImportProblem] = []
            for (position, field) in header.fields.enumerated() {
                let cell = position < record.fields.count ? CellText.restored(record.fields[position]) : ""
                if let field {
                    cells[field] = cell
                } else if !CellText.isBlank(cell) {
                    if let title = header.extra.first(where: { $0.position == position })?.title {
                        extra.append("\(CellText.trimmed(title)): \(CellText.trimmed(cell))")
                    } else {
                        rowProblems.append(ImportProblem(line: record.line, LocalizedText(.importValueWithoutHeader, "\(position + 1)")))
                    }
                }
            }
            if header.purposeIsName { cells[.activity] = CellText.items(cells[.purposes] ?? "").first ?? "" }
            let id = CellText.trimmed(cells[.id] ?? "")
            let name = CellText.trimmed(cells[.activity] ?? "")
            var start: Activity
            var base: [ExportField: String]?
            if !id.isEmpty, let existing = context.activities[id] {
                start = existing
                base = context.cells[id]
            } else if !id.isEmpty {
                if let kind = context.ids[id] {
                    rowProblems.append(ImportProblem(line: record.line, column: header.title(.id), LocalizedText(.importIDOfOtherKind, arguments: [.verbatim(ImportProblem.quoted(id)), kind.lowercasedLabel])))
                } else if !EntityID.isValid(id) {
                    rowProblems.append(ImportProblem(line: record.line, column: header.title(.id),
                        LocalizedText(.importInvalidID, ImportProblem.quoted(id))))
                }
                start = Activity(id: id, name: name)
            } else {
                start = Activity(id: EntityID.unique(from: name, taken: taken), name: name)
                if let namesake = namesakes[CellText.key(name)] {
                    warnings.append(ImportProblem(line: record.line, column: header.title(.id),
                        LocalizedText(.importNoIDBesideNamesake, ImportProblem.quoted(name), start.id, namesake)))
                }
            }
            if context.options.keepExtra, !extra.isEmpty {
                // Kept in the notes, a line each, once: importing the sheet again adds nothing.
                let notes = cells[.notes] ?? base?[.notes] ?? start.notes ?? ""
                let missing = extra.filter { !notes.components(separatedBy: "\n").contains($0) }
                if !missing.isEmpty { cells[.notes] = ([notes].filter { !CellText.isBlank($0) } + missing).joined(separator: "\n") }
            }
            if let earlier = seenIDs[start.id] {
                rowProblems.append(ImportProblem(line: record.line, column: header.title(.id), LocalizedText(.importDuplicateActivity, ImportProblem.quoted(start.id), "\(earlier)")))
            }
            seenIDs[start.id] = record.line
            taken.insert(start.id)

            var reader = ActivityRowReader(context: context, line: record.line, cells: cells, base: base)
            let activity = reader.read(start)
            rowProblems += reader.problems
            if !rowProblems.isEmpty {
                problems += rowProblems
                continue
            }
            if let position = positions[activity.id] {
                if result.activities[position] == activity {
                    unchanged.append(activity.id)
                } else {
                    result.activities[position] = activity
                    changed.append(activity.id)
                }
            } else {
                let key = CellText.key(activity.name)
                if namesakes[key] == nil { namesakes[key] = activity.id }
                positions[activity.id] = result.activities.count
                result.activities.append(activity)
                added.append(activity.id)
            }
        }
        return result
    }
}
