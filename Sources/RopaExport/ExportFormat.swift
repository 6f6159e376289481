/// The formats `ropa export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Spreadsheet tables (RFC 4180).
    case csv
    /// A document for people: CommonMark with GFM tables.
    case markdown
    /// The whole register as one canonical JSON document.
    case json
    /// An Excel workbook (Office Open XML): a sheet per table.
    case xlsx
    /// The register document for the authority as a Word document (WordprocessingML).
    case docx
    /// The register document as one self-contained HTML file that prints to A4.
    case html

    /// The extension of the file an export is written to.
    public var fileExtension: String {
        switch self {
        case .csv: return "csv"
        case .markdown: return "md"
        case .json: return "json"
        case .xlsx: return "xlsx"
        case .docx: return "docx"
        case .html: return "html"
        }
    }

    /// Formats that are a document for people, with a date and the version they were made from.
    public var isDocument: Bool { self == .markdown || self == .docx || self == .html }

    /// Formats that are not text, and so never go to a terminal.
    public var isBinary: Bool { self == .docx || self == .xlsx }
}
