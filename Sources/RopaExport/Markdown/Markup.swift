/// Markdown ready to place: register text already escaped, joined with the markup the exporter adds
/// itself. Kept as lines, which a list item joins with hard line breaks.
struct Markup {
    private(set) var lines: [String]

    private init(lines: [String]) {
        self.lines = lines.isEmpty ? [""] : lines
    }

    /// Register text, which may span lines.
    static func text(_ value: String) -> Markup { Markup(lines: MarkdownEscaping.lines(value)) }

    /// Register text on one line, as a table cell needs it.
    static func inline(_ value: String) -> Markup { Markup(lines: [MarkdownEscaping.inline(value)]) }

    /// Markup the exporter writes itself; never register text.
    static func raw(_ markdown: String) -> Markup { Markup(lines: [markdown]) }

    /// A label in bold followed by a colon: "**Purposes:**".
    static func label(_ text: String) -> Markup { raw("**\(MarkdownEscaping.inline(text)):**") }

    /// Register text in bold. Blank text would leave `****`, which is no emphasis, so the caller passes
    /// a fallback (an id) for it.
    static func strong(_ value: String, fallback: String) -> Markup {
        let escaped = MarkdownEscaping.inline(value)
        return raw("**\(escaped.isEmpty ? MarkdownEscaping.inline(fallback) : escaped)**")
    }

    /// A link to a heading of the document.
    static func link(_ value: String, anchor: String, fallback: String) -> Markup {
        let escaped = MarkdownEscaping.inline(value)
        return raw("[\(escaped.isEmpty ? MarkdownEscaping.inline(fallback) : escaped)](#\(anchor))")
    }

    /// The two joined on one line: the last line of the first continues with the first of the second.
    static func + (lhs: Markup, rhs: Markup) -> Markup {
        var lines = lhs.lines
        let last = lines.removeLast()
        let joined = [last + rhs.lines[0]] + rhs.lines.dropFirst()
        return Markup(lines: lines + joined)
    }

    /// One line for a table cell; a multi-line value keeps its breaks visible.
    var singleLine: String { lines.joined(separator: "\u{240A}") }

    var isEmpty: Bool { lines.allSatisfy(\.isEmpty) }
}
