/// Writes Markdown blocks one after another with a blank line between them: headings, paragraphs,
/// bullet lists that nest, and GFM pipe tables. It collects UTF-8 bytes, which is what an export returns.
///
/// Everything is written as it is given, straight into the bytes: a document of ten thousand activities
/// is some thirty megabytes, and building its lists or tables as values first cost more than writing them.
struct MarkdownWriter {
    private(set) var bytes: [UInt8] = []

    /// A backslash before the line ending is a hard line break: how a paragraph goes on to its next line.
    fileprivate static let hardBreak = Array("\\\n".utf8)
    /// A table cell has one line: its line breaks stay visible as "␊".
    private static let visibleLineBreak = Array("\u{240A}".utf8)

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func heading(level: Int, _ title: String) {
        startBlock()
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "#"), count: level))
        bytes.append(UInt8(ascii: " "))
        MarkdownEscaping.appendInline(title, to: &bytes)
        bytes.append(0x0A)
    }

    mutating func paragraph(_ markup: Markup) {
        startBlock()
        markup.write(to: &bytes, lineBreak: Self.hardBreak)
        bytes.append(0x0A)
    }

    /// A bullet list, its items written by `body` in order. A list without items writes nothing.
    mutating func list(_ body: (inout List) -> Void) {
        var list = beginList()
        body(&list)
        end(list)
    }

    /// Starts a bullet list, which writes its items until it is handed back to `end(_:)`. The list takes
    /// the bytes over meanwhile, so appending to them never copies them.
    mutating func beginList() -> List {
        let list = List(bytes: bytes, separatesBlock: !bytes.isEmpty)
        bytes = []
        return list
    }

    mutating func end(_ list: List) {
        bytes = list.bytes
    }

    /// A pipe table, its rows written by `body` in order.
    mutating func table(header: [String], _ body: (inout Table) -> Void) {
        startBlock()
        append("| " + header.map(MarkdownEscaping.inline).joined(separator: " | ") + " |\n")
        append("|" + String(repeating: " --- |", count: header.count) + "\n")
        // The table takes the bytes over while it writes, as a list does.
        var table = Table(bytes: bytes, columns: header.count)
        bytes = []
        body(&table)
        bytes = table.bytes
    }

    private mutating func startBlock() {
        if !bytes.isEmpty { bytes.append(0x0A) }
    }

    private mutating func append(_ text: String) {
        bytes.appendUTF8(text)
    }

    /// The items of a bullet list, each on its line; items written inside `item(_:children:)` nest under
    /// that item.
    struct List {
        fileprivate var bytes: [UInt8]
        /// Whether a blank line goes before the first item, to end the block before the list.
        private var separatesBlock: Bool
        private var depth = 0

        /// Two spaces per level of nesting, made once.
        private static let indents = (0..<8).map { Array(repeating: UInt8(ascii: " "), count: 2 * $0) }
        /// A hard line break and the indent of an item's text, for each level of nesting.
        private static let lineBreaks = indents.map { hardBreak + $0 + Array("  ".utf8) }

        fileprivate init(bytes: [UInt8], separatesBlock: Bool) {
            self.bytes = bytes
            self.separatesBlock = separatesBlock
        }

        /// "- content", or "- **Label:** content" with a label.
        mutating func item(_ content: Markup, label: String? = nil) {
            if separatesBlock {
                bytes.append(0x0A)
                separatesBlock = false
            }
            let indent = depth < Self.indents.count ? Self.indents[depth] : Array(repeating: UInt8(ascii: " "), count: 2 * depth)
            bytes.append(contentsOf: indent)
            bytes.append(UInt8(ascii: "-"))
            bytes.append(UInt8(ascii: " "))
            if let label {
                Markup.label(label).write(to: &bytes, lineBreak: [])
                bytes.append(UInt8(ascii: " "))
            }
            // The next line of a value stays inside the item, indented under its text.
            let lineBreak = depth < Self.lineBreaks.count ? Self.lineBreaks[depth] : MarkdownWriter.hardBreak + indent + Array("  ".utf8)
            content.write(to: &bytes, lineBreak: lineBreak)
            bytes.append(0x0A)
        }

        /// An item with the items `children` writes nested under it.
        mutating func item(_ content: Markup, children: (inout List) -> Void) {
            item(content)
            beginNesting()
            children(&self)
            endNesting()
        }

        /// Items written after this nest under the last item written, until `endNesting()`.
        mutating func beginNesting() { depth += 1 }

        mutating func endNesting() { depth -= 1 }
    }

    /// The rows of a pipe table. Every row gets as many cells as the header, so every row keeps its columns.
    struct Table {
        fileprivate var bytes: [UInt8]
        let columns: Int

        mutating func row(_ cells: [Markup]) {
            bytes.appendMarkup("| ")
            for position in 0..<columns {
                if position > 0 { bytes.appendMarkup(" | ") }
                if position < cells.count { cells[position].write(to: &bytes, lineBreak: MarkdownWriter.visibleLineBreak) }
            }
            bytes.appendMarkup(" |\n")
        }
    }
}
