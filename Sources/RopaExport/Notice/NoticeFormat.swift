/// The formats `ropa notice` writes, each through its `Document` renderer.
public enum NoticeFormat: String, CaseIterable, Sendable {
    case markdown, html, docx

    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .html: return "html"
        case .docx: return "docx"
        }
    }

    /// The notice's file name for an export path: `….notice.md`, `….notice.html` or `….notice.docx`.
    public var noticeSuffix: String { ".notice.\(fileExtension)" }

    /// The format a path names by its `.notice.*` ending, or nil when it names none.
    public init?(noticePath path: String) {
        let lower = path.lowercased()
        guard let format = NoticeFormat.allCases.first(where: { lower.hasSuffix($0.noticeSuffix) }) else { return nil }
        self = format
    }

    public func render(_ document: Document) throws -> [UInt8] {
        switch self {
        case .markdown: return DocumentMarkdownRenderer.render(document)
        case .html: return HTMLRenderer.render(document)
        case .docx: return try DOCXRenderer.render(document)
        }
    }
}
