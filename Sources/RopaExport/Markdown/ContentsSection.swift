/// The table of contents: every section, with the entities' sections nested under their kind.
enum ContentsSection {
    static func write(_ context: DocumentContext, to writer: inout MarkdownWriter) {
        writer.list { list in
            var hasKinds = false, isNested = false
            for section in context.outline.sections where section.level >= 2 {
                if case .contents = section.body { continue }
                let link = Markup.link(section.title, anchor: section.anchor, fallback: section.anchor)
                if section.level == 2 {
                    if isNested { list.endNesting() }
                    isNested = false
                    hasKinds = true
                    list.item(link)
                } else if hasKinds {
                    if !isNested { list.beginNesting() }
                    isNested = true
                    list.item(link)
                }
            }
        }
    }
}
