import RopaModel

/// A document for people, in no format yet: the register document and the privacy notice are built as one
/// of these, and each renderer (HTML, DOCX, Markdown) writes it in its format. Text here is plain register
/// text; escaping it is the renderer's job, so no format's markup can leak into another.
public struct Document: Equatable, Sendable {
    /// The title on the first page and in the file's properties.
    public var title: String
    /// Lines under the title on the first page: organisation, organisation numbers, version, date.
    public var subtitle: [String]
    /// The document's language (sv-SE or en-GB in the file), which also picks the renderer's own words.
    public var language: Language
    /// The register version the document was made from, recorded as a document property.
    public var versionStamp: String?
    public var blocks: [DocumentBlock]

    public init(title: String, subtitle: [String] = [], language: Language, versionStamp: String? = nil,
                blocks: [DocumentBlock] = []) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.versionStamp = versionStamp
        self.blocks = blocks
    }
}

public enum DocumentBlock: Equatable, Sendable {
    /// A heading; level 1 starts a chapter. `anchor` names it for links within the document.
    case heading(level: Int, text: String, anchor: String?)
    case paragraph([TextRun])
    /// A bullet list; each item is a line of runs.
    case bulletList([[TextRun]])
    /// Label–value pairs, as an activity's Art 30(1) points are shown: one row per label.
    case fields([DocumentField])
    case table(DocumentTable)
    /// The table of contents, made by the renderer from the headings up to `depth`.
    case contents(depth: Int)
    case pageBreak
}

/// A piece of text with one style. A link's target is an anchor in the document or an external address.
public struct TextRun: Equatable, Sendable {
    public var text: String
    public var bold: Bool
    public var italic: Bool
    public var link: String?

    public init(_ text: String, bold: Bool = false, italic: Bool = false, link: String? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.link = link
    }
}

public struct DocumentField: Equatable, Sendable {
    public var label: String
    /// The value's lines; several lines show as a list within the field.
    public var lines: [[TextRun]]

    public init(label: String, lines: [[TextRun]]) {
        self.label = label
        self.lines = lines
    }
}

public struct DocumentTable: Equatable, Sendable {
    public struct Column: Equatable, Sendable {
        public var title: String
        /// The column's share of the page width, relative to the other columns.
        public var weight: Double

        public init(title: String, weight: Double = 1) {
            self.title = title
            self.weight = weight
        }
    }

    public var columns: [Column]
    public var rows: [[String]]
    /// Wide tables go on landscape pages.
    public var landscape: Bool

    public init(columns: [Column], rows: [[String]], landscape: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.landscape = landscape
    }
}
