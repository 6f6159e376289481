/// Writes a `Document` as CommonMark with GFM tables. Every text of the document is escaped with the
/// register export's `MarkdownEscaping`, so no value becomes markup, a link or raw HTML; only the
/// renderer's own structure (headings, lists, emphasis, links it is given) is Markdown.
public enum DocumentMarkdownRenderer {
    public static func render(_ document: Document) -> [UInt8] {
        var lines: [String] = ["# " + MarkdownEscaping.inline(document.title), ""]
        for line in document.subtitle {
            lines += [MarkdownEscaping.inline(line), ""]
        }
        for block in document.blocks {
            lines += render(block, in: document)
            lines.append("")
        }
        while lines.last == "" { lines.removeLast() }
        return Array((lines.joined(separator: "\n") + "\n").utf8)
    }

    static func render(_ block: DocumentBlock, in document: Document) -> [String] {
        switch block {
        case .heading(let level, let text, _):
            // The title is the only level-1 heading; the document's chapters come one level below it.
            return [String(repeating: "#", count: min(level + 1, 6)) + " " + MarkdownEscaping.inline(text)]
        case .paragraph(let runs):
            return [runs.map(inline).joined()]
        case .bulletList(let items):
            return items.map { "- " + $0.map(inline).joined() }
        case .fields(let fields):
            var lines = fields.flatMap(field)
            if lines.last == "" { lines.removeLast() }
            return lines
        case .table(let table):
            let header = "| " + table.columns.map { MarkdownEscaping.inline($0.title) }.joined(separator: " | ") + " |"
            let rule = "|" + table.columns.map { _ in " --- |" }.joined()
            let rows = table.rows.map { "| " + $0.map(MarkdownEscaping.inline).joined(separator: " | ") + " |" }
            return [header, rule] + rows
        case .contents(let depth):
            return contents(document, depth: depth)
        case .pageBreak:
            return ["---"]
        }
    }

    /// "**Label:** value" for one line, else the label and the lines as a list.
    static func field(_ field: DocumentField) -> [String] {
        let label = "**" + MarkdownEscaping.inline(field.label) + ":**"
        if field.lines.count == 1, let line = field.lines.first {
            return [label + " " + line.map(inline).joined(), ""]
        }
        return [label, ""] + field.lines.map { "- " + $0.map(inline).joined() } + [""]
    }

    static func inline(_ run: TextRun) -> String {
        var text = MarkdownEscaping.lines(run.text).joined(separator: "\\\n")
        guard !text.isEmpty else { return "" }
        if run.bold { text = "**" + text + "**" }
        if run.italic { text = "*" + text + "*" }
        if let link = run.link, !link.contains(where: { $0 == ")" || $0 == "(" || $0.isWhitespace || $0.isNewline }) {
            text = "[" + text + "](" + link + ")"
        }
        return text
    }

    static func contents(_ document: Document, depth: Int) -> [String] {
        document.blocks.compactMap { block in
            guard case .heading(let level, let text, _) = block, level <= depth else { return nil }
            return String(repeating: "  ", count: level - 1) + "- " + MarkdownEscaping.inline(text)
        }
    }
}
