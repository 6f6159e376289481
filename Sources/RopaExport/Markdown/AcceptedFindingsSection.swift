import RopaModel

/// After the open findings: those the DPO accepted until a date, with the reason and who accepted them,
/// so the document shows every gap, open or accepted. Nothing when none is accepted.
enum AcceptedFindingsSection {
    static func write(_ accepted: [(finding: Finding, acceptance: AcceptedFinding)], _ context: DocumentContext, to writer: inout MarkdownWriter) {
        guard !accepted.isEmpty else { return }
        let text = context.text
        writer.paragraph(.text(text.sentence(.acceptedFindings)))
        let header = [ExportPhrase.severity, .rule, .entity, .field, .reason, .acceptedUntil, .acceptedBy].map(text.phrase)
        writer.table(header: header) { table in
            for (finding, acceptance) in accepted {
                table.row([
                    .inline(finding.severity.label.text(context.language)),
                    .inline(finding.code.rawValue),
                    .inline(text.findingEntity(finding)),
                    .inline(finding.field),
                    .inline(acceptance.reason),
                    .inline(acceptance.until),
                    .inline([acceptance.acceptedBy, acceptance.acceptedOn].compactMap { $0 }.joined(separator: ", ")),
                ])
            }
        }
    }
}
