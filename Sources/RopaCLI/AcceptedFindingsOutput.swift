import RopaModel

/// The findings `ropa validate` leaves out because the DPO accepted them, one line each with the reason,
/// the last day and who accepted them.
enum AcceptedFindingsOutput {
    static func write(_ accepted: [(finding: Finding, acceptance: AcceptedFinding)], context: CommandContext) {
        let language = context.language
        for (finding, acceptance) in accepted {
            let entity = "\(finding.kind.label.text(language)) '\(TerminalText.escape(finding.entityName))' (\(finding.entityID))"
            let by = [acceptance.acceptedBy, acceptance.acceptedOn].compactMap { $0 }.map(TerminalText.escape).joined(separator: ", ")
            context.say(.validateAcceptedLine, finding.code.rawValue, entity, finding.field, TerminalText.escape(acceptance.reason),
                        acceptance.until, by)
        }
    }
}
