import RopaExport
import RopaModel

/// Creates and updates processing activities from a spreadsheet with the columns `ropa export --format csv`
/// writes for activities, in English or Swedish, separated by `,` or `;` (or tab, `|`).
///
/// A row whose ID is an activity of the register updates it; a row with an empty ID, or an id the register
/// does not have yet, adds an activity (with that id, or one made from its name). Activities the file does
/// not mention are left alone; the organisation, processors, transfers, joint controllers and security
/// measures are only referred to, never changed. The organisation-wide columns (controller contact, data
/// protection officer, EU representative) are not read: they belong to organisation.json.
///
/// All or nothing: every row that cannot be read is reported with its line, and then nothing is imported.
public enum CSVImport {
    public static func plan(_ bytes: [UInt8], into register: Register, options: ImportOptions = ImportOptions()) throws -> ImportPlan {
        let delimiterByte = options.delimiter.flatMap { $0.rawValue.utf8.first } ?? CSVReader.detectDelimiter(bytes)
        let delimiter = CSVDelimiter.allCases.first { $0.rawValue.utf8.first == delimiterByte } ?? .comma
        let records: [CSVRecord]
        do {
            records = try CSVReader.records(bytes, delimiter: delimiterByte)
        } catch let error as CSVSyntaxError {
            throw ImportError([ImportProblem(line: error.line, error.text)])
        }
        guard let headerRecord = records.first(where: { !$0.isBlank }) else {
            throw ImportError([ImportProblem(line: 1, LocalizedText(.importEmptyFile))])
        }
        let header = try ActivityHeader.read(headerRecord)
        let context = try ImportContext(register: register, header: header)

        var problems: [ImportProblem] = [], warnings: [ImportProblem] = []
        var result = register
        var positions = Dictionary(register.activities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var taken = Set(context.ids.keys)
        var seenIDs: [String: Int] = [:]
        // Activities by name, to warn when a row without an ID adds one whose name is taken.
        var namesakes = Dictionary(register.activities.map { (CellText.key($0.name), $0.id) }, uniquingKeysWith: { first, _ in first })
        var added: [String] = [], changed: [String] = [], unchanged: [String] = []
        var rows = 0

        for record in records where record.line > header.line && !record.isBlank {
            rows += 1
            guard record.fields.count == header.fields.count else {
                problems.append(ImportProblem(line: record.line, LocalizedText(.importCellCount, "\(record.fields.count)", "\(header.fields.count)")))
                continue
            }
            var cells: [ExportField: String] = [:]
            var rowProblems: [ImportProblem] = []
            for (position, field) in header.fields.enumerated() {
                let cell = CellText.restored(record.fields[position])
                if let field {
                    cells[field] = cell
                } else if !CellText.isBlank(cell) {
                    rowProblems.append(ImportProblem(line: record.line, LocalizedText(.importValueWithoutHeader, "\(position + 1)")))
                }
            }
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
        if !problems.isEmpty { throw ImportError(problems) }
        return ImportPlan(register: result, added: added, changed: changed, unchanged: unchanged,
                          language: header.language, delimiter: delimiter, rows: rows, warnings: warnings)
    }
}
