import RopaModel

/// A transfer to a third country (Chapter V): recipient, country, the safeguard with what identifies it,
/// and for Art 49 the documentation of suitable safeguards that Art 30(1)(e) asks for.
enum TransferFields {
    static func append(_ transfer: Transfer, to builder: inout RegisterDocumentBuilder) {
        let wording = builder.wording
        let text = wording.text
        let safeguard = transfer.safeguard
        builder.append(.heading(level: 2, text: transfer.name.isEmpty ? transfer.id : transfer.name,
                                anchor: DocumentAnchor.transfer(transfer.id)))
        var fields = FieldBuilder(wording)
        fields.add(wording.label(.recipient), runs: [recipient(transfer.recipient, wording)])
        fields.add(.recipientType, wording.label(transfer.recipient.kind))
        fields.add(.country, text.country(transfer.country))
        fields.optional(.countryStatus, text.countryStatus(transfer.country))
        fields.add(.mechanism, wording.safeguard(safeguard))
        let scc = safeguard.mechanism == .standardContractualClauses
        if scc || safeguard.sccSignedDate != nil { fields.add(.sccSigned, safeguard.sccSignedDate) }
        fields.optional(.recipientCoverage, text.coverage(safeguard.recipientCoverage))
        if safeguard.mechanism == .derogation || safeguard.documentation != nil {
            fields.add(.derogationDocumentation, safeguard.documentation)
        }
        fields.optional(.occasionalTransfers, text.yesNo(safeguard.occasional))
        if scc || transfer.transferImpactAssessmentDate != nil {
            fields.add(.transferImpactAssessment, transfer.transferImpactAssessmentDate)
        }
        fields.optional(.supplementaryMeasures, lines: transfer.supplementaryMeasures)
        fields.optional(.dataCategories, lines: transfer.dataCategories)
        fields.add(wording.label(.activities), runs: builder.index.activities(usingTransfer: transfer.id).map { activity in
            [TextRun(activity.name.isEmpty ? activity.id : activity.name, link: DocumentAnchor.activity(activity.id))]
        })
        fields.optional(.notes, transfer.notes)
        fields.sources(transfer.provenance)
        builder.append(.fields(fields.fields))
    }

    private static func recipient(_ recipient: TransferRecipient, _ wording: DocumentWording) -> [TextRun] {
        let name = wording.text.recipient(recipient)
        guard !name.isEmpty else { return [TextRun(wording.notRecorded)] }
        switch (recipient.kind, recipient.id) {
        case (.processor, let id?): return [TextRun(name, link: DocumentAnchor.processor(id))]
        case (.jointController, let id?): return [TextRun(name, link: DocumentAnchor.jointController(id))]
        default: return [TextRun(name)]
        }
    }
}
