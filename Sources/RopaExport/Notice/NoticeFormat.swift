/// The formats `ropa notice` writes: Markdown here, HTML and DOCX through the document renderers.
public enum NoticeFormat: String, CaseIterable, Sendable {
    case markdown, html, docx

    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .html: return "html"
        case .docx: return "docx"
        }
    }

    /// Whether this build can write the format: HTML and DOCX wait for their renderers.
    public var isAvailable: Bool { self == .markdown }

    /// The notice in this format, or nil when the format is not available.
    public func render(_ document: Document) -> [UInt8]? {
        switch self {
        case .markdown: return DocumentMarkdownRenderer.render(document)
        case .html, .docx: return nil
        }
    }
}
