import RopaExport
import RopaModel

/// The header row of an activities table: which field each column holds, and the language it is written in.
struct ActivityHeader {
    /// The field of each column by position; nil for a column without a header (it must stay empty).
    let fields: [ExportField?]
    let titles: [String]
    let language: Language
    let line: Int

    /// The columns `ropa export --format csv` writes for activities; "Name"/"Namn" is also read as the activity.
    static let known: [ExportField] = CSVExporter.fields(.activities)

    func position(_ field: ExportField) -> Int? { fields.firstIndex(of: field) }
    func contains(_ field: ExportField) -> Bool { fields.contains(field) }

    /// The header's title of a field, for messages.
    func title(_ field: ExportField) -> String {
        position(field).map { titles[$0] } ?? field.text(language)
    }

    static func read(_ record: CSVRecord) throws -> ActivityHeader {
        var byKey: [String: ExportField] = [:]
        var english = Set<String>(), swedish = Set<String>()
        for field in known + [.name] {
            let target: ExportField = field == .name ? .activity : field
            let en = CellText.key(field.text(.en)), sv = CellText.key(field.text(.sv))
            if byKey[en] == nil { byKey[en] = target }
            if byKey[sv] == nil { byKey[sv] = target }
            if en != sv {
                english.insert(en)
                swedish.insert(sv)
            }
        }
        var fields: [ExportField?] = []
        var problems: [ImportProblem] = []
        var seen: [ExportField: String] = [:]
        var englishCount = 0, swedishCount = 0
        for title in record.fields {
            let key = CellText.key(title)
            if key.isEmpty {
                fields.append(nil)
                continue
            }
            guard let field = byKey[key] else {
                problems.append(ImportProblem(line: record.line, LocalizedText(.importUnknownColumn, ImportProblem.quoted(title))))
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
        if !fields.contains(.activity), problems.isEmpty {
            problems.append(ImportProblem(line: record.line, LocalizedText(.importNoActivityColumn, ImportProblem.quoted(ExportField.activity.text(.en)),
                                                                     ImportProblem.quoted(ExportField.activity.text(.sv)))))
        }
        if !problems.isEmpty { throw ImportError(problems) }
        return ActivityHeader(fields: fields, titles: record.fields, language: swedishCount > englishCount ? .sv : .en, line: record.line)
    }
}
