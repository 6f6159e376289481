/// Markdown ready to place: register text to be escaped, joined with the markup the exporter adds itself.
/// Register text is escaped only when the writer appends it to the document, straight into its bytes, so
/// no value is copied into a string of its own on the way.
enum Markup {
    /// Markup the exporter writes itself; never register text.
    case raw(String)
    /// Register text, which may span lines: the writer joins them with the line break of the place.
    case text(String)
    /// Register text on one line, as a table cell needs it.
    case inline(String)
    /// A label in bold followed by a colon: "**Purposes:**".
    case label(String)
    /// A link to a heading of the document; `fallback` (an id) shows when the text is blank.
    case link(String, anchor: String, fallback: String)
    /// Two pieces on one line: the last line of the first continues with the first line of the second.
    indirect case joined(Markup, Markup)

    static func + (lhs: Markup, rhs: Markup) -> Markup { .joined(lhs, rhs) }
}

extension Markup {
    /// Appends the markup as UTF-8, with `lineBreak` between the lines of multi-line text.
    func write(to bytes: inout [UInt8], lineBreak: [UInt8]) {
        switch self {
        case .raw(let markdown):
            bytes.appendUTF8(markdown)
        case .text(let value):
            MarkdownEscaping.appendLines(value, separator: lineBreak, to: &bytes)
        case .inline(let value):
            MarkdownEscaping.appendInline(value, to: &bytes)
        case .label(let text):
            bytes.appendMarkup("**")
            MarkdownEscaping.appendInline(text, to: &bytes)
            bytes.appendMarkup(":**")
        case .link(let value, let anchor, let fallback):
            bytes.append(UInt8(ascii: "["))
            MarkdownEscaping.appendInline(MarkdownEscaping.isBlankInline(value) ? fallback : value, to: &bytes)
            bytes.appendMarkup("](#")
            bytes.appendUTF8(anchor)
            bytes.append(UInt8(ascii: ")"))
        case .joined(let first, let second):
            first.write(to: &bytes, lineBreak: lineBreak)
            second.write(to: &bytes, lineBreak: lineBreak)
        }
    }
}

extension Array where Element == UInt8 {
    /// Appends the string's UTF-8 in one copy rather than byte by byte.
    mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }

    /// Appends a few bytes of markup the writer adds itself ("**", " | "), one at a time: for two or
    /// three bytes that costs less than setting up a copy.
    mutating func appendMarkup(_ markup: StaticString) {
        markup.withUTF8Buffer { for byte in $0 { append(byte) } }
    }
}
