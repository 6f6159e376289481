import RopaArchive
import RopaModel

/// Reads the sheets of an Office Open XML workbook (.xlsx) as rows of text, as Excel, LibreOffice and openpyxl
/// write them: shared or inline strings, numbers, booleans, formulas by their cached value, and dates (numbers
/// with a date format) as YYYY-MM-DD. Parts are found through the package's relationships, never by a path
/// of the file system.
struct XLSXReader {
    struct Failure: Error, Equatable {
        let reason: LocalizedText

        init(reason: LocalizedText) {
            self.reason = reason
        }

        init(_ message: ImportMessage, _ arguments: String...) {
            reason = LocalizedText(message, arguments: arguments.map(LocalizedText.verbatim))
        }
    }

    struct Sheet {
        let name: String
        let records: [CSVRecord]
    }

    /// Rows and columns beyond Excel's own limits are refused.
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384

    let archive: ZipReader

    init(_ bytes: [UInt8]) throws {
        do {
            archive = try ZipReader(bytes)
        } catch {
            throw Failure(reason: Self.describe(error))
        }
    }

    func part(_ name: String) throws -> [UInt8]? {
        do {
            return try archive.data(name)
        } catch {
            throw Failure(reason: Self.describe(error))
        }
    }

    /// What is wrong with the package, in the reader's language.
    static func describe(_ error: ZipReader.Failure) -> LocalizedText {
        func text(_ message: ImportMessage, _ arguments: LocalizedText...) -> LocalizedText { LocalizedText(message, arguments: arguments) }
        switch error {
        case .notAnArchive: return text(.workbookNotAnArchive)
        case .damaged(let part): return text(.workbookDamaged, describe(part))
        case .unsupported(let feature): return text(.workbookUnsupported, describe(feature))
        case .tooLarge(let name): return text(.workbookEntryTooLarge, .verbatim(name))
        case .duplicateName(let name): return text(.workbookDuplicateName, .verbatim(name))
        case .checksum(let name): return text(.workbookChecksum, .verbatim(name))
        case .inflate(let name, let failure): return text(.workbookInflate, .verbatim(name), describe(failure))
        }
    }

    static func describe(_ part: ZipReader.Part) -> LocalizedText {
        switch part {
        case .centralDirectory: return LocalizedText(.zipCentralDirectory)
        case .centralDirectoryEntry: return LocalizedText(.zipCentralDirectoryEntry)
        case .localHeader(let name): return LocalizedText(.zipLocalHeader, name)
        case .data(let name): return LocalizedText(.zipData, name)
        }
    }

    static func describe(_ feature: ZipReader.Feature) -> LocalizedText {
        switch feature {
        case .zip64: return .verbatim("ZIP64")
        case .severalDisks: return LocalizedText(.zipSeveralDisks)
        case .encryption(let name): return LocalizedText(.zipEncryption, name)
        case .compressionMethod(let method, let name): return LocalizedText(.zipCompressionMethod, "\(method)", name)
        }
    }

    /// The compression's failure; a malformed stream's detail is the technical term (Huffman code, block type).
    static func describe(_ failure: Inflate.Failure) -> LocalizedText {
        switch failure {
        case .truncated: return LocalizedText(.inflateTruncated)
        case .malformed(let detail): return LocalizedText(.inflateMalformed, detail)
        case .distanceTooFar: return LocalizedText(.inflateDistanceTooFar)
        case .tooLarge(let limit): return LocalizedText(.inflateTooLarge, "\(limit)")
        }
    }

    // MARK: The package

    /// The workbook part and the folder its relationships are relative to.
    func workbookPath() throws -> String {
        guard let rels = try part("_rels/.rels") else { return "xl/workbook.xml" }
        for relationship in try relationships(rels, base: "") where relationship.type.hasSuffix("/officeDocument") {
            return relationship.target
        }
        return "xl/workbook.xml"
    }

    struct Relationship {
        let id: String
        let type: String
        let target: String
    }

    func relationships(_ bytes: [UInt8], base: String) throws -> [Relationship] {
        var scanner = XMLScanner(bytes)
        var result: [Relationship] = []
        while let event = try scan(&scanner) {
            if case .start(let name, let attributes, _) = event, name == "Relationship",
               let id = attributes["Id"], let target = attributes["Target"], attributes["TargetMode"] != "External" {
                result.append(Relationship(id: id, type: attributes["Type"] ?? "", target: Self.resolve(target, base: base)))
            }
        }
        return result
    }

    /// A relationship's target as a part name: relative to `base` (a folder), or absolute from the package root.
    static func resolve(_ target: String, base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(piece) }
        }
        return parts.joined(separator: "/")
    }

    func scan(_ scanner: inout XMLScanner) throws -> XMLScanner.Event? {
        do {
            return try scanner.next()
        } catch let failure as XMLScanner.Failure {
            throw Failure(reason: failure.reason)
        }
    }

    // MARK: Sheets

    func sheets() throws -> [Sheet] {
        let workbook = try workbookPath()
        guard let workbookXML = try part(workbook) else { throw Failure(.workbookNoWorkbookPart) }
        let folder = workbook.split(separator: "/").dropLast().joined(separator: "/")
        let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (workbook.split(separator: "/").last.map(String.init) ?? "") + ".rels"
        let rels = try part(relsPath).map { try relationships($0, base: folder) } ?? []
        let targets = Dictionary(rels.map { ($0.id, $0.target) }, uniquingKeysWith: { first, _ in first })

        var scanner = XMLScanner(workbookXML)
        var sheets: [(name: String, part: String)] = []
        while let event = try scan(&scanner) {
            guard case .start(let name, let attributes, _) = event, name == "sheet", let sheetName = attributes["name"] else { continue }
            let id = attributes.first { $0.key == "id" || $0.key.hasSuffix(":id") }?.value
            if let id, let target = targets[id] { sheets.append((sheetName, target)) }
        }
        let shared = try sharedStrings(rels.first { $0.type.hasSuffix("/sharedStrings") }?.target)
        let dates = try dateStyles(rels.first { $0.type.hasSuffix("/styles") }?.target)
        return try sheets.map { sheet in
            guard let bytes = try part(sheet.part) else { throw Failure(.workbookSheetMissing, sheet.name) }
            return Sheet(name: sheet.name, records: try rows(bytes, shared: shared, dates: dates))
        }
    }

    /// The shared strings, each the text of its runs (phonetic runs left out).
    func sharedStrings(_ path: String?) throws -> [String] {
        guard let path, let bytes = try part(path) else { return [] }
        var scanner = XMLScanner(bytes)
        var strings: [String] = []
        var current = ""
        var inText = false, inPhonetic = false
        while let event = try scan(&scanner) {
            switch event {
            case .start(let name, _, let selfClosing):
                if name == "si" { current = "" }
                if name == "rPh" { inPhonetic = true }
                if name == "t", !selfClosing { inText = true }
            case .end(let name):
                if name == "si" { strings.append(current) }
                if name == "rPh" { inPhonetic = false }
                if name == "t" { inText = false }
            case .text(let text):
                if inText, !inPhonetic { current += text }
            }
        }
        return strings
    }

    /// The cell styles (indexes of cellXfs) whose number format is a date.
    func dateStyles(_ path: String?) throws -> Set<Int> {
        guard let path, let bytes = try part(path) else { return [] }
        var scanner = XMLScanner(bytes)
        var customDates = Set<Int>()
        var styles: [Int] = []
        var inCellXfs = false
        while let event = try scan(&scanner) {
            switch event {
            case .start(let name, let attributes, let selfClosing):
                if name == "numFmt", let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"], Self.isDateFormat(code) {
                    customDates.insert(id)
                }
                if name == "cellXfs", !selfClosing { inCellXfs = true }
                if name == "xf", inCellXfs { styles.append(attributes["numFmtId"].flatMap(Int.init) ?? 0) }
            case .end(let name):
                if name == "cellXfs" { inCellXfs = false }
            case .text:
                break
            }
        }
        let builtIn = Set(14...22).union(27...36).union(45...47).union(50...58)
        return Set(styles.indices.filter { builtIn.contains(styles[$0]) || customDates.contains(styles[$0]) })
    }

    /// A number format that shows a date: it has a day or a year, outside quoted text and [brackets].
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false, bracket = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": quoted.toggle()
            case "[": bracket = true
            case "]": bracket = false
            case "d", "y": if !quoted && !bracket { return true }
            default: break
            }
        }
        return false
    }

    /// The rows of a sheet, each padded to the widest row, at the worksheet's row numbers.
    func rows(_ bytes: [UInt8], shared: [String], dates: Set<Int>) throws -> [CSVRecord] {
        var scanner = XMLScanner(bytes)
        var records: [CSVRecord] = []
        var cells: [Int: String] = [:]
        var rowNumber = 0
        var column = 0
        var cellType = "n", cellStyle = 0
        var value = "", inlineText = ""
        var inValue = false, inText = false, inPhonetic = false
        var widest = 0
        func finishRow() {
            guard !cells.isEmpty else { return }
            let width = (cells.keys.max() ?? -1) + 1
            widest = max(widest, width)
            records.append(CSVRecord(line: rowNumber, fields: (0..<width).map { cells[$0] ?? "" }))
            cells = [:]
        }
        while let event = try scan(&scanner) {
            switch event {
            case .start(let name, let attributes, let selfClosing):
                switch name {
                case "row":
                    let number = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
                    guard number > rowNumber, number <= Self.maximumRows else { throw Failure(.workbookRowsOutOfOrder) }
                    rowNumber = number
                    column = 0
                    if selfClosing { rowNumber = number }
                case "c":
                    if let reference = attributes["r"] { column = try Self.column(reference) }
                    guard column < Self.maximumColumns else { throw Failure(.workbookCellBeyondColumns) }
                    cellType = attributes["t"] ?? "n"
                    cellStyle = attributes["s"].flatMap(Int.init) ?? 0
                    value = ""
                    inlineText = ""
                    if selfClosing { column += 1 }
                case "v": inValue = !selfClosing
                case "t": inText = !selfClosing
                case "rPh": inPhonetic = !selfClosing
                default: break
                }
            case .end(let name):
                switch name {
                case "row": finishRow()
                case "c":
                    let text = cellText(type: cellType, style: cellStyle, value: value, inline: inlineText, shared: shared, dates: dates)
                    if !text.isEmpty { cells[column] = text }
                    column += 1
                case "v": inValue = false
                case "t": inText = false
                case "rPh": inPhonetic = false
                default: break
                }
            case .text(let text):
                if inValue { value += text } else if inText, !inPhonetic { inlineText += text }
            }
        }
        finishRow()
        return records.map { record in
            record.fields.count < widest ? CSVRecord(line: record.line, fields: record.fields + Array(repeating: "", count: widest - record.fields.count)) : record
        }
    }

    func cellText(type: String, style: Int, value: String, inline: String, shared: [String], dates: Set<Int>) -> String {
        switch type {
        case "s":
            guard let index = Int(value), shared.indices.contains(index) else { return "" }
            return shared[index]
        case "inlineStr": return inline
        case "str", "e": return value
        case "b": return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value
        default:
            guard let number = Double(value) else { return value }
            if dates.contains(style), number >= 1, number < 2_958_466 {
                // Excel's serial day 25 569 is 1970-01-01 (its day 60, a 29 February 1900 that never was, aside).
                return Self.date(dayNumber: Int(number.rounded(.down)) - 25_569)
            }
            if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
            return String(number)
        }
    }

    /// "AB12" → 27.
    static func column(_ reference: String) throws -> Int {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            column = column * 26 + Int(scalar.value - 64)
            letters += 1
            guard letters <= 3 else { throw Failure(.workbookReferenceBeyondColumns) }
        }
        guard letters > 0 else { throw Failure(.workbookReferenceWithoutColumn, String(reference.prefix(12))) }
        return column - 1
    }

    /// Days since 1970-01-01 as YYYY-MM-DD.
    static func date(dayNumber: Int) -> String {
        CalendarDate.fromDayNumber(dayNumber).description
    }

    // MARK: Properties

    /// The workbook's custom document properties, by name.
    func customProperties() throws -> [String: String] {
        guard let bytes = try part("docProps/custom.xml") else { return [:] }
        var scanner = XMLScanner(bytes)
        var properties: [String: String] = [:]
        var current: String?
        var value = ""
        var depth = 0
        while let event = try scan(&scanner) {
            switch event {
            case .start(let name, let attributes, _):
                if name == "property" { current = attributes["name"]; value = ""; depth = 0 } else if current != nil { depth += 1 }
            case .end(let name):
                if name == "property", let key = current { properties[key] = value; current = nil }
            case .text(let text):
                if current != nil, depth > 0 { value += text }
            }
        }
        return properties
    }
}
