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

    /// The extension of the file an export is written to.
    public var fileExtension: String {
        switch self {
        case .csv: return "csv"
        case .markdown: return "md"
        case .json: return "json"
        case .xlsx: return "xlsx"
        }
    }
}
