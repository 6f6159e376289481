import RopaModel

/// Processors and sub-processors: a table of all of them in chain order, then a section for each with
/// its Art 28(3) agreement, the clause checklist and its sub-processors as a nested list.
enum ProcessorSection {
    static func writeTable(_ processors: [(processor: Processor, depth: Int)], _ context: DocumentContext,
                           to writer: inout MarkdownWriter) {
        let text = context.text
        guard !processors.isEmpty else {
            writer.paragraph(.text(text.sentence(.noProcessors)))
            return
        }
        let fields: [ExportField] = [.processor, .engagedBy, .service, .country, .agreementStatus, .agreementSigned, .reviewDue]
        writer.table(header: fields.map(context.label)) { table in
            for (processor, _) in processors {
                table.row([
                    context.link(.processor, id: processor.id, name: processor.name),
                    processor.parentProcessorId.map { context.linkToProcessor($0) } ?? .inline(""),
                    .inline(processor.service ?? ""),
                    .inline(text.country(processor.country)),
                    .inline(text.label(processor.agreement.status)),
                    .inline(processor.agreement.signedDate ?? ""),
                    .inline(processor.agreement.reviewDue ?? ""),
                ])
            }
        }
    }

    static func write(_ processor: Processor, _ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        let agreement = processor.agreement
        context.list(to: &writer) { list in
            list.field(.id, processor.id)
            if let parent = processor.parentProcessorId {
                list.field(.engagedBy, markup: context.linkToProcessor(parent))
            }
            list.field(.service, processor.service)
            list.field(.country, text.country(processor.country))
            list.field(.contact, text.contact(processor.contact))
            if let approval = processor.approval {
                list.field(.approval, text.label(approval.status))
                list.field(.approvalDate, approval.date)
                list.field(.noticeDate, approval.noticeDate)
            } else if processor.isSubprocessor {
                list.field(.approval, nil)
            }
            list.field(.agreementStatus, text.cited(agreement.status))
            list.field(.agreementSigned, agreement.signedDate)
            list.field(.agreementReference, agreement.reference)
            list.field(.reviewDue, agreement.reviewDue)
            list.field(.agreementLastReviewed, agreement.lastReviewed)
            list.field(.subprocessorAuthorisation, agreement.subprocessorAuthorisation.map(text.cited))
            list.optionalField(.objectionPeriodDays, agreement.objectionPeriodDays.map(String.init))
            list.optionalField(.agreementNote, agreement.note)
            if agreement.clauses.isEmpty { list.field(.clauses, text.label(ClauseStatus.notChecked)) }
            list.fieldList(.activities, context.index.activities(usingProcessor: processor.id)) { list, activity in
                list.item(context.linkToActivity(activity))
            }
            list.fieldList(.subprocessors, subprocessors(of: processor.id, context, visited: [processor.id])) { list, child in
                subprocessorTree(child, context, visited: [processor.id], in: &list)
            }
            list.field(.notes, processor.notes)
            list.sources(processor.provenance)
        }
        if !agreement.clauses.isEmpty { writeClauses(agreement, context, to: &writer) }
    }

    /// The Art 28(3)(a)–(h) checklist: each clause, what it requires, and how far the agreement has it.
    private static func writeClauses(_ agreement: ProcessorAgreement, _ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        let header = [ExportPhrase.clause, .requirement, .field, .location, .note].map { phrase -> String in
            phrase == .field ? context.label(.status) : text.phrase(phrase)
        }
        writer.table(header: header) { table in
            for clause in Article28Clause.allCases {
                let check = agreement.check(clause)
                table.row([
                    .inline(clause.citation ?? clause.rawValue),
                    .inline(text.label(clause)),
                    .inline(text.label(check.status)),
                    .inline(check.location ?? ""),
                    .inline(check.note ?? ""),
                ])
            }
        }
    }

    /// The sub-processors a processor engaged directly, but for those already in the chain above it:
    /// a chain that loops back (a validation error) would otherwise nest forever.
    private static func subprocessors(of id: String, _ context: DocumentContext, visited: Set<String>) -> [Processor] {
        context.index.subprocessors(of: id).filter { !visited.contains($0.id) }
    }

    /// A sub-processor as a link with its key facts, and the sub-processors it engaged nested under it.
    private static func subprocessorTree(_ processor: Processor, _ context: DocumentContext, visited: Set<String>,
                                         in list: inout FieldList) {
        var line = context.link(.processor, id: processor.id, name: processor.name)
        let details = facts(processor, context.text)
        if !details.isEmpty { line = line + .raw(": ") + .text(details) }
        let visited = visited.union([processor.id])
        let children = subprocessors(of: processor.id, context, visited: visited)
        guard !children.isEmpty else { return list.item(line) }
        list.item(line) { nested in
            for child in children { subprocessorTree(child, context, visited: visited, in: &nested) }
        }
    }

    /// "Drift, United States (US), Approved 2025-09-15".
    private static func facts(_ processor: Processor, _ text: ValueText) -> String {
        var parts: [String] = []
        if let service = processor.service, !service.isEmpty { parts.append(service) }
        let country = text.country(processor.country)
        if !country.isEmpty { parts.append(country) }
        if let approval = processor.approval {
            parts.append([text.label(approval.status), approval.date ?? ""].filter { !$0.isEmpty }.joined(separator: " "))
        }
        return parts.joined(separator: ", ")
    }
}
