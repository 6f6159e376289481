import RopaModel

/// The appendix: what validation finds open on the document's date, most severe first. Messages are
/// those of the validator, in English.
enum FindingsSection {
    static func write(_ findings: [Finding], _ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        guard !findings.isEmpty else {
            writer.paragraph(.text(text.sentence(.noFindings)))
            return
        }
        let header = [ExportPhrase.severity, .rule, .entity, .field, .finding, .article].map(text.phrase)
        writer.table(header: header) { table in
            for finding in findings {
                table.row([
                    .inline(finding.severity.label.text(context.language)),
                    .inline(finding.code.rawValue),
                    .inline(text.findingEntity(finding)),
                    .inline(finding.field),
                    .inline(finding.message(context.language)),
                    .inline(finding.article.map { Citation.text($0, context.language) } ?? ""),
                ])
            }
        }
    }
}
