import RopaModel

/// Transfers to third countries: a table with country and mechanism, then a section for each with the
/// safeguard in full (SCC module and decision, adequacy decision, BCR, Art 49 derogation), TIA and measures.
enum TransferSection {
    static func writeTable(_ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        guard !context.index.transfers.isEmpty else {
            writer.paragraph(.text(text.sentence(.noTransfers)))
            return
        }
        let fields: [ExportField] = [.transfer, .recipient, .country, .mechanism, .sccModule, .sccReference]
        writer.table(header: fields.map(context.label)) { table in
            for transfer in context.index.transfers {
                table.row([
                    context.link(.transfer, id: transfer.id, name: transfer.name),
                    .inline(text.recipient(transfer.recipient)),
                    .inline(text.country(transfer.country)),
                    .inline(text.cited(transfer.safeguard.mechanism)),
                    .inline(text.label(transfer.safeguard.sccModule)),
                    .inline(text.sccReference(transfer.safeguard)),
                ])
            }
        }
    }

    static func write(_ transfer: Transfer, _ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        let safeguard = transfer.safeguard
        context.list(to: &writer) { list in
            list.field(.id, transfer.id)
            list.field(.recipient, markup: recipient(transfer.recipient, context))
            list.field(.recipientType, text.label(transfer.recipient.kind))
            list.field(.country, text.country(transfer.country))
            list.optionalField(.countryStatus, text.countryStatus(transfer.country))
            list.field(.mechanism, text.cited(safeguard.mechanism))
            // The details of the mechanism in use, and any other detail that happens to be recorded.
            let scc = safeguard.mechanism == .standardContractualClauses
            if scc || safeguard.sccModule != nil { list.field(.sccModule, text.label(safeguard.sccModule)) }
            if scc || safeguard.sccReference != nil { list.field(.sccReference, text.sccReference(safeguard)) }
            if scc || safeguard.sccSignedDate != nil { list.field(.sccSigned, safeguard.sccSignedDate) }
            if safeguard.mechanism == .adequacy || safeguard.adequacyReference != nil {
                list.field(.adequacyReference, safeguard.adequacyReference)
            }
            list.optionalField(.recipientCoverage, text.coverage(safeguard.recipientCoverage))
            if safeguard.mechanism == .bindingCorporateRules || safeguard.bcrReference != nil {
                list.field(.bcrReference, safeguard.bcrReference)
            }
            if safeguard.mechanism == .derogation || safeguard.derogation != nil {
                list.field(.derogation, safeguard.derogation.map(text.cited))
            }
            if safeguard.mechanism == .derogation || safeguard.documentation != nil {
                list.field(.derogationDocumentation, safeguard.documentation)
            }
            list.optionalField(.occasionalTransfers, text.yesNo(safeguard.occasional))
            if scc || transfer.transferImpactAssessmentDate != nil {
                list.field(.transferImpactAssessment, transfer.transferImpactAssessmentDate)
            }
            list.fieldList(.supplementaryMeasures, transfer.supplementaryMeasures)
            list.fieldList(.dataCategories, transfer.dataCategories)
            list.fieldList(.activities, context.index.activities(usingTransfer: transfer.id)) { list, activity in
                list.item(context.linkToActivity(activity))
            }
            list.field(.notes, transfer.notes)
            list.sources(transfer.provenance)
        }
    }

    private static func recipient(_ recipient: TransferRecipient, _ context: DocumentContext) -> Markup {
        let name = context.text.recipient(recipient)
        switch recipient.kind {
        case .processor:
            if let id = recipient.id { return context.link(.processor, id: id, name: name) }
        case .jointController:
            if let id = recipient.id { return context.link(.jointController, id: id, name: name) }
        case .other, .internationalOrganisation:
            break
        }
        return .text(name.isEmpty ? context.text.notRecorded : name)
    }
}
