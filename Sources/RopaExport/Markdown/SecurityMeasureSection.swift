import RopaModel

/// Security measures (Art 32) as one table: each measure, its type, what it is and what it protects.
enum SecurityMeasureSection {
    static func write(_ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        guard !context.index.securityMeasures.isEmpty else {
            writer.paragraph(.text(text.sentence(.noSecurityMeasures)))
            return
        }
        let fields: [ExportField] = [.id, .securityMeasure, .measureType, .description, .activities, .notes]
        writer.table(header: fields.map(context.label)) { table in
            for measure in context.index.securityMeasures {
                table.row([
                    .inline(measure.id),
                    .inline(measure.name),
                    .inline(text.label(measure.kind)),
                    .inline(measure.description ?? ""),
                    .inline(context.index.activities(usingSecurityMeasure: measure.id).map(\.name).joined(separator: ValueText.separator)),
                    .inline(measure.notes ?? ""),
                ])
            }
        }
    }
}
