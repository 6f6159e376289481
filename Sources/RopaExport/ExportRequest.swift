import RopaModel

/// Everything an export needs besides the register: what to write and how. The terminal UI and the
/// command line build one and hand it to `Exporter`.
public struct ExportRequest: Equatable, Sendable {
    public var format: ExportFormat
    /// For CSV: the tables to write, one file each. Ignored by the other formats.
    public var tables: [CSVTable]
    public var csv: CSVOptions
    public var markdown: MarkdownOptions
    public var workbook: WorkbookOptions
    /// For DOCX and HTML: whether the open findings follow as an appendix.
    public var findings = false

    public init(format: ExportFormat, tables: [CSVTable] = [.activities], csv: CSVOptions = CSVOptions(),
                markdown: MarkdownOptions, workbook: WorkbookOptions? = nil) {
        self.format = format
        self.tables = tables
        self.csv = csv
        self.markdown = markdown
        self.workbook = workbook ?? WorkbookOptions(language: markdown.language, version: markdown.version, date: markdown.date)
    }

    /// The register document's options (DOCX, HTML): language, date and version as for Markdown.
    public var document: RegisterDocumentOptions {
        RegisterDocumentOptions(language: markdown.language, date: markdown.date, version: markdown.version, findings: findings)
    }

    /// A request for one format in one language with every other option at its default.
    public static func simple(_ format: ExportFormat, language: Language = .en, date: CalendarDate = .today(),
                              version: ExportVersion? = nil) -> ExportRequest {
        ExportRequest(format: format, csv: CSVOptions(language: language),
                      markdown: MarkdownOptions(language: language, date: date, version: version))
    }
}

/// One file of an export: the name it takes in a folder, and its bytes.
public struct ExportFile: Equatable, Sendable {
    public let name: String
    public let bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}
