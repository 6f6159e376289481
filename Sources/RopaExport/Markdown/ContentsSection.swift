/// The table of contents: every section, with the entities' sections nested under their kind.
enum ContentsSection {
    static func write(_ context: DocumentContext, to writer: inout MarkdownWriter) {
        var items: [MarkdownWriter.Item] = []
        for section in context.outline.sections where section.level >= 2 {
            if case .contents = section.body { continue }
            let link = MarkdownWriter.Item(.link(section.title, anchor: section.anchor, fallback: section.anchor))
            if section.level == 2 {
                items.append(link)
            } else if !items.isEmpty {
                items[items.count - 1].children.append(link)
            }
        }
        writer.list(items)
    }
}
