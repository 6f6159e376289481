import RopaModel

/// How the register document is made: its language, the day it speaks for, the version it shows.
public struct RegisterDocumentOptions: Equatable, Sendable {
    public var language: Language
    /// The day under the title, and the day findings are measured against.
    public var date: CalendarDate
    public var version: ExportVersion?
    /// Whether the open findings follow as an appendix: a document for the authority leaves them out.
    public var findings: Bool

    public init(language: Language = .en, date: CalendarDate, version: ExportVersion? = nil, findings: Bool = false) {
        self.language = language
        self.date = date
        self.version = version
        self.findings = findings
    }
}

/// The register as a document to hand to the supervisory authority, in no format yet (`HTMLRenderer` and
/// `DOCXRenderer` write it): the title page with organisation and version; contents; the controller with
/// its contacts; a narrow summary; a section per activity with the points of Article 30(1) in order, as the
/// CNIL's record sheet has them (30(2) for processing on behalf of others); processors with their
/// agreements; transfers; joint controllers; security measures; and, when asked for, the open findings.
/// No rule code, JSON key or field path appears: the reader is a person.
public enum RegisterDocument {
    /// Up to this many entries the contents list every activity, processor and transfer; beyond it the
    /// chapters only, so that the contents of a very large register stay a page or two.
    static let detailedContentsLimit = 150

    public static func make(_ register: Register, options: RegisterDocumentOptions) -> Document {
        let index = RegisterIndex(register)
        let wording = DocumentWording(text: ValueText(language: options.language, index: index))
        var builder = RegisterDocumentBuilder(index: index, wording: wording, options: options)
        builder.build()
        return Document(title: wording.phrase(.title), subtitle: builder.subtitle, language: options.language,
                        versionStamp: options.version.map { "\($0.number) \($0.hash)" }, blocks: builder.blocks)
    }
}

/// Anchors of the entity sections, so the fields can link to them.
enum DocumentAnchor {
    static func activity(_ id: String) -> String { "activity-\(id)" }
    static func processor(_ id: String) -> String { "processor-\(id)" }
    static func transfer(_ id: String) -> String { "transfer-\(id)" }
    static func jointController(_ id: String) -> String { "joint-controller-\(id)" }
}
