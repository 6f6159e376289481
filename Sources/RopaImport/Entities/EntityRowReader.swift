import Foundation
import RopaExport
import RopaModel

/// Reads the cells of one row of a processors, sub-processors, transfers, joint controllers or security
/// measures table. As for activities, a cell that still reads as the export writes the existing entity leaves
/// its fields alone, and a column the file lacks is left alone.
struct EntityRowReader {
    let header: TableHeader
    let line: Int
    let source: String
    let countries: CountryList
    let references: ReferenceBook
    let terms: TermMatchers
    private(set) var cells: [ExportField: String]
    let base: [ExportField: String]?
    private(set) var problems: [ImportProblem] = []

    init(header: TableHeader, line: Int, source: String, countries: CountryList, references: ReferenceBook, terms: TermMatchers,
         cells: [ExportField: String], base: [ExportField: String]?) {
        self.header = header
        self.line = line
        self.source = source
        self.countries = countries
        self.references = references
        self.terms = terms
        self.base = base
        var merged = base ?? [:]
        for (field, cell) in cells { merged[field] = cell }
        self.cells = merged
    }

    func cell(_ field: ExportField) -> String { cells[field] ?? "" }

    /// True when the field's cell reads differently from the existing entity's, or the entity is new and the
    /// file has the column.
    func changed(_ field: ExportField) -> Bool {
        guard header.contains(field) else { return false }
        guard let base else { return true }
        return !CellText.sameCell(cells[field] ?? "", base[field] ?? "")
    }

    /// Refuses, with its row, a row whose cells would make the entity's file larger than a register file may be.
    mutating func checkSize() {
        guard let size = CellText.oversizedRow(cells.values) else { return }
        problems.append(ImportProblem(line: line, column: nil, LocalizedText(.importRowTooLarge, arguments: [
            LocalizedText.verbatim("\(size / 1_048_576)"), LocalizedText.verbatim("\(RegisterLimits.maximumFileSize / 1_048_576)")])))
    }

    mutating func problem(_ field: ExportField, _ message: ImportMessage, _ arguments: String...) {
        problem(field, LocalizedText(message, arguments: arguments.map(LocalizedText.verbatim)))
    }

    mutating func problem(_ field: ExportField, _ message: LocalizedText) {
        problems.append(ImportProblem(line: line, column: header.title(field), message))
    }

    // MARK: Values

    func text(_ field: ExportField) -> String? { CellText.optional(CellText.trimmed(cell(field))) }

    func items(_ field: ExportField) -> [String] { CellText.items(cell(field)) }

    mutating func date(_ field: ExportField) -> String? {
        guard let text = text(field) else { return nil }
        guard CalendarDate(text) != nil else {
            problem(field, .importNotADate, ImportProblem.quoted(text))
            return nil
        }
        return text
    }

    /// "Yes" / "Ja" as true, "No" / "Nej" as false, an empty cell (or "Unknown") as not recorded.
    mutating func flag(_ field: ExportField) -> Bool? {
        let answer: Answer? = term(field)
        return answer == .yes ? true : answer == .no ? false : nil
    }

    /// A whole number of days, 0 or more.
    mutating func days(_ field: ExportField) -> Int? {
        guard let text = text(field) else { return nil }
        guard let days = Int(text), days >= 0 else {
            problem(field, LocalizedText(BilingualText(en: "\(ImportProblem.quoted(text)) is not a number of days",
                                                        sv: "\(ImportProblem.quoted(text)) är inget antal dagar")))
            return nil
        }
        return days
    }

    mutating func term<Term: Vocabulary>(_ field: ExportField) -> Term? {
        guard let text = text(field) else { return nil }
        guard let term = terms.matcher(Term.self).match(text) else {
            problem(field, .importNotOneOf, ImportProblem.quoted(text), TermMatcher<Term>.choices(header.language))
            return nil
        }
        return term
    }

    mutating func country(_ field: ExportField) -> String? {
        guard let text = text(field) else { return nil }
        guard let code = CountryReading.code(text, in: countries) else {
            problem(field, .importNotACountry, ImportProblem.quoted(text))
            return nil
        }
        return code
    }

    /// "Name, role, email, phone, address, url – note" as the export writes a contact; parts are told apart by
    /// their look (an address with @, a number, a web address), the rest by their place.
    func contact(_ field: ExportField, keeping existing: Contact?) -> Contact? {
        guard let text = text(field) else { return nil }
        var contact = Contact()
        var body = text
        if let dash = text.range(of: " – ") {
            body = String(text[..<dash.lowerBound])
            contact.note = CellText.optional(String(text[dash.upperBound...]))
        }
        var plain: [String] = []
        for part in body.components(separatedBy: ", ").map(CellText.trimmed) where !part.isEmpty {
            if part.contains("@"), !part.contains(" ") {
                contact.email = part
            } else if part.hasPrefix("http://") || part.hasPrefix("https://") || part.hasPrefix("www.") {
                contact.url = part
            } else if part.first.map({ $0 == "+" || $0.isNumber }) == true, part.allSatisfy({ $0.isNumber || " +-()".contains($0) }) {
                contact.phone = part
            } else if contact.email == nil, contact.phone == nil, plain.count < 2 {
                plain.append(part)
            } else {
                contact.address = [contact.address, part].compactMap { $0 }.joined(separator: ", ")
            }
        }
        contact.name = plain.first
        contact.role = plain.count > 1 ? plain[1] : nil
        return contact
    }

    /// A processor by name or id; created from its name when it is nowhere (unless creating is refused).
    mutating func processor(_ field: ExportField) -> String? {
        guard let text = text(field) else { return nil }
        switch references.resolveOrCreate(.processor, text, source: source, line: line) {
        case .found(let id): return id
        case .ambiguous(let candidates):
            problems.append(ImportProblem(line: line, column: header.title(field), LocalizedText(.importAmbiguousReference, arguments: [
                .verbatim(ImportProblem.quoted(text)), EntityKind.processor.lowercasedLabel, .verbatim(candidates.joined(separator: ", "))])))
        case .unknown, nil:
            problems.append(ImportProblem(line: line, column: header.title(field), LocalizedText(.importUnknownReference, arguments: [
                .verbatim(ImportProblem.quoted(text)), EntityKind.processor.lowercasedLabel])))
        }
        return nil
    }
}
