/// Writes Markdown blocks one after another with a blank line between them: headings, paragraphs,
/// bullet lists that nest, and GFM pipe tables. It collects UTF-8 bytes, which is what an export returns.
struct MarkdownWriter {
    private(set) var bytes: [UInt8] = []

    /// An item of a bullet list, with the items nested under it.
    struct Item {
        /// Markup written before the content, such as "**Purposes:** ": kept apart so that it is not
        /// copied into every value.
        var lead: String
        var content: Markup
        var children: [Item]

        init(_ content: Markup, lead: String = "", children: [Item] = []) {
            self.lead = lead
            self.content = content
            self.children = children
        }
    }

    /// Two spaces per level of nesting, made once.
    private static let indents = (0..<8).map { String(repeating: "  ", count: $0) }

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func heading(level: Int, _ title: String) {
        startBlock()
        append(String(repeating: "#", count: level) + " " + MarkdownEscaping.inline(title) + "\n")
    }

    mutating func paragraph(_ markup: Markup) {
        startBlock()
        append(markup.lines.joined(separator: "\\\n") + "\n")
    }

    mutating func list(_ items: [Item]) {
        guard !items.isEmpty else { return }
        startBlock()
        for item in items { write(item, depth: 0) }
    }

    /// A pipe table. Every row gets as many cells as the header, so every row keeps its columns.
    mutating func table(header: [String], rows: [[Markup]]) {
        startBlock()
        append("| " + header.map(MarkdownEscaping.inline).joined(separator: " | ") + " |\n")
        append("|" + String(repeating: " --- |", count: header.count) + "\n")
        for row in rows {
            var cells = row.prefix(header.count).map(\.singleLine)
            while cells.count < header.count { cells.append("") }
            append("| ")
            for (position, cell) in cells.enumerated() {
                if position > 0 { append(" | ") }
                append(cell)
            }
            append(" |\n")
        }
    }

    private mutating func write(_ item: Item, depth: Int) {
        let indent = depth < Self.indents.count ? Self.indents[depth] : String(repeating: "  ", count: depth)
        let lines = item.content.lines
        append(indent)
        append("- ")
        append(item.lead)
        append(lines[0])
        // A backslash before the line ending is a hard line break; the next line stays inside the item.
        for line in lines.dropFirst() {
            append("\\\n")
            append(indent)
            append("  ")
            append(line)
        }
        append("\n")
        for child in item.children { write(child, depth: depth + 1) }
    }

    private mutating func startBlock() {
        if !bytes.isEmpty { bytes.append(0x0A) }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }
}
