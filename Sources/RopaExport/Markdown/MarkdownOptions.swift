import RopaModel
import RopaStore

/// How a Markdown document is written.
public struct MarkdownOptions: Equatable, Sendable {
    /// The language of headings, labels and vocabulary values. Validation messages stay in English.
    public var language: Language
    /// The day the document speaks for: shown under the title, and the day findings are measured against.
    public var date: CalendarDate
    /// The version of the register exported, shown under the title; nil when the register has none.
    public var version: ExportVersion?
    /// The register's findings on `date` when the caller has them already (the terminal UI keeps them
    /// current as the register is edited): the appendix lists them instead of validating the register
    /// again. Nil: the export validates it.
    public var findings: [Finding]?

    public init(language: Language = .en, date: CalendarDate, version: ExportVersion? = nil, findings: [Finding]? = nil) {
        self.language = language
        self.date = date
        self.version = version
        self.findings = findings
    }
}

/// The version of the register an export shows: its number and hash, and whether the files held
/// changes not yet recorded as a version (then the export is of those files, not of the version alone).
public struct ExportVersion: Equatable, Sendable {
    public var number: Int
    public var hash: String
    public var hasUnrecordedChanges: Bool

    public init(number: Int, hash: String, hasUnrecordedChanges: Bool = false) {
        self.number = number
        self.hash = hash
        self.hasUnrecordedChanges = hasUnrecordedChanges
    }

    public init(_ version: Version, hasUnrecordedChanges: Bool = false) {
        self.init(number: version.number, hash: version.hash, hasUnrecordedChanges: hasUnrecordedChanges)
    }

    /// The first 12 hex digits, as `ropa log` shows them.
    public var shortHash: String { String(hash.prefix(12)) }
}
