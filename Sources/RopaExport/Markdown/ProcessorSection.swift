import RopaModel

/// Processors and sub-processors: a table of all of them in chain order, then a section for each with
/// its Art 28(3) agreement, the clause checklist and its sub-processors as a nested list.
enum ProcessorSection {
    typealias Item = DocumentContext.Item

    static func writeTable(_ processors: [(processor: Processor, depth: Int)], _ context: DocumentContext,
                           to writer: inout MarkdownWriter) {
        let text = context.text
        guard !processors.isEmpty else {
            writer.paragraph(.text(text.phrase(.noProcessors)))
            return
        }
        let fields: [ExportField] = [.processor, .engagedBy, .service, .country, .agreementStatus, .agreementSigned, .reviewDue]
        let rows = processors.map { entry -> [Markup] in
            let processor = entry.processor
            return [
                context.link(.processor, id: processor.id, name: processor.name),
                processor.parentProcessorId.map { context.linkToProcessor($0) } ?? .inline(""),
                .inline(processor.service ?? ""),
                .inline(text.country(processor.country)),
                .inline(text.label(processor.agreement.status)),
                .inline(processor.agreement.signedDate ?? ""),
                .inline(processor.agreement.reviewDue ?? ""),
            ]
        }
        writer.table(header: fields.map(context.label), rows: rows)
    }

    static func write(_ processor: Processor, _ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        let agreement = processor.agreement
        var items: [Item] = [context.field(.id, processor.id)]
        if let parent = processor.parentProcessorId {
            items.append(context.field(.engagedBy, markup: context.linkToProcessor(parent)))
        }
        items += [
            context.field(.service, processor.service),
            context.field(.country, text.country(processor.country)),
            context.field(.contact, text.contact(processor.contact)),
        ]
        if let approval = processor.approval {
            items.append(context.field(.approval, text.label(approval.status)))
            items.append(context.field(.approvalDate, approval.date))
            items.append(context.field(.noticeDate, approval.noticeDate))
        } else if processor.isSubprocessor {
            items.append(context.field(.approval, nil))
        }
        items += [
            context.field(.agreementStatus, text.cited(agreement.status)),
            context.field(.agreementSigned, agreement.signedDate),
            context.field(.agreementReference, agreement.reference),
            context.field(.reviewDue, agreement.reviewDue),
            context.field(.agreementLastReviewed, agreement.lastReviewed),
            context.field(.subprocessorAuthorisation, agreement.subprocessorAuthorisation.map(text.cited)),
        ]
        if let note = context.optionalField(.agreementNote, agreement.note) { items.append(note) }
        if agreement.clauses.isEmpty { items.append(context.field(.clauses, text.label(ClauseStatus.notChecked))) }
        items += [
            context.fieldList(.activities, items: context.index.activities(usingProcessor: processor.id).map { Item(context.linkToActivity($0)) }),
            context.fieldList(.subprocessors, items: subprocessorTree(of: processor.id, context, visited: [processor.id])),
            context.field(.notes, processor.notes),
            context.sources(processor.provenance),
        ]
        writer.list(items)
        if !agreement.clauses.isEmpty { writeClauses(agreement, context, to: &writer) }
    }

    /// The Art 28(3)(a)–(h) checklist: each clause, what it requires, and how far the agreement has it.
    private static func writeClauses(_ agreement: ProcessorAgreement, _ context: DocumentContext, to writer: inout MarkdownWriter) {
        let text = context.text
        let header = [ExportPhrase.clause, .requirement, .field, .location, .note].map { phrase -> String in
            phrase == .field ? context.label(.status) : text.phrase(phrase)
        }
        let rows = Article28Clause.allCases.map { clause -> [Markup] in
            let check = agreement.check(clause)
            return [
                .inline(clause.citation ?? clause.rawValue),
                .inline(text.label(clause)),
                .inline(text.label(check.status)),
                .inline(check.location ?? ""),
                .inline(check.note ?? ""),
            ]
        }
        writer.table(header: header, rows: rows)
    }

    /// The sub-processors under a processor, each with theirs nested, as links with their key facts.
    /// `visited` stops a chain that loops back (a validation error) from nesting forever.
    private static func subprocessorTree(of id: String, _ context: DocumentContext, visited: Set<String>) -> [Item] {
        context.index.subprocessors(of: id).compactMap { child in
            guard !visited.contains(child.id) else { return nil }
            let children = subprocessorTree(of: child.id, context, visited: visited.union([child.id]))
            var line = context.link(.processor, id: child.id, name: child.name)
            let details = facts(child, context.text)
            if !details.isEmpty { line = line + .raw(": ") + .text(details) }
            return Item(line, children: children)
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
