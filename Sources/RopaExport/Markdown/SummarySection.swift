/// One row per processing activity: what a reader scans before turning to the sections.
enum SummarySection {
    static func write(_ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        guard !context.index.activities.isEmpty else {
            writer.paragraph(.text(text.sentence(.noActivities)))
            return
        }
        let fields: [ExportField] = [.activity, .role, .purposes, .lawfulBasis, .transferCountries, .owner, .lastReviewed]
        writer.table(header: fields.map(context.label)) { table in
            for activity in context.index.activities {
                table.row([
                    context.link(.activity, id: activity.id, name: activity.name),
                    .inline(text.label(activity.role)),
                    .inline(activity.purposes.map(\.description).joined(separator: ValueText.separator)),
                    .inline(text.lawfulBases(activity).joined(separator: ValueText.separator)),
                    .inline(text.transferCountries(activity).joined(separator: ValueText.separator)),
                    .inline(activity.owner ?? ""),
                    .inline(activity.lastReviewed ?? ""),
                ])
            }
        }
    }
}
