import RopaModel

/// Transfers to third countries: a table with country and mechanism, then a section for each with the
/// safeguard in full (SCC module and decision, adequacy decision, BCR, Art 49 derogation), TIA and measures.
enum TransferSection {
    typealias Item = DocumentContext.Item

    static func writeTable(_ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        guard !context.index.transfers.isEmpty else {
            writer.paragraph(.text(text.phrase(.noTransfers)))
            return
        }
        let fields: [ExportField] = [.transfer, .recipient, .country, .mechanism, .sccModule, .sccReference]
        let rows = context.index.transfers.map { transfer -> [Markup] in
            [
                context.link(.transfer, id: transfer.id, name: transfer.name),
                .inline(text.recipient(transfer.recipient)),
                .inline(text.country(transfer.country)),
                .inline(text.cited(transfer.safeguard.mechanism)),
                .inline(text.label(transfer.safeguard.sccModule)),
                .inline(text.sccReference(transfer.safeguard)),
            ]
        }
        writer.table(header: fields.map(context.label), rows: rows)
    }

    static func write(_ transfer: Transfer, _ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        let safeguard = transfer.safeguard
        var items: [Item] = [
            context.field(.id, transfer.id),
            context.field(.recipient, markup: recipient(transfer.recipient, context)),
            context.field(.recipientType, text.label(transfer.recipient.kind)),
            context.field(.country, text.country(transfer.country)),
        ]
        if let status = context.optionalField(.countryStatus, text.countryStatus(transfer.country)) { items.append(status) }
        items.append(context.field(.mechanism, text.cited(safeguard.mechanism)))
        // The details of the mechanism in use, and any other detail that happens to be recorded.
        let scc = safeguard.mechanism == .standardContractualClauses
        if scc || safeguard.sccModule != nil { items.append(context.field(.sccModule, text.label(safeguard.sccModule))) }
        if scc || safeguard.sccReference != nil { items.append(context.field(.sccReference, text.sccReference(safeguard))) }
        if scc || safeguard.sccSignedDate != nil { items.append(context.field(.sccSigned, safeguard.sccSignedDate)) }
        if safeguard.mechanism == .adequacy || safeguard.adequacyReference != nil {
            items.append(context.field(.adequacyReference, safeguard.adequacyReference))
        }
        if safeguard.mechanism == .bindingCorporateRules || safeguard.bcrReference != nil {
            items.append(context.field(.bcrReference, safeguard.bcrReference))
        }
        if safeguard.mechanism == .derogation || safeguard.derogation != nil {
            items.append(context.field(.derogation, safeguard.derogation.map(text.cited)))
        }
        if safeguard.mechanism == .derogation || safeguard.documentation != nil {
            items.append(context.field(.derogationDocumentation, safeguard.documentation))
        }
        if scc || transfer.transferImpactAssessmentDate != nil {
            items.append(context.field(.transferImpactAssessment, transfer.transferImpactAssessmentDate))
        }
        items += [
            context.fieldList(.supplementaryMeasures, transfer.supplementaryMeasures),
            context.fieldList(.dataCategories, transfer.dataCategories),
            context.fieldList(.activities, items: context.index.activities(usingTransfer: transfer.id).map { Item(context.linkToActivity($0)) }),
            context.field(.notes, transfer.notes),
            context.sources(transfer.provenance),
        ]
        writer.list(items)
    }

    private static func recipient(_ recipient: TransferRecipient, _ context: DocumentContext) -> Markup {
        let name = context.text.recipient(recipient)
        switch recipient.kind {
        case .processor:
            if let id = recipient.id { return context.link(.processor, id: id, name: name) }
        case .jointController:
            if let id = recipient.id { return context.link(.jointController, id: id, name: name) }
        case .other:
            break
        }
        return .text(name.isEmpty ? context.text.notRecorded : name)
    }
}
