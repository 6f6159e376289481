import RopaModel

/// A processor or sub-processor (Art 28): who it is, its agreement and the clauses of Art 28(3) point by
/// point, the activities that use it and the sub-processors it engaged.
enum ProcessorFields {
    static func append(_ processor: Processor, to builder: inout RegisterDocumentBuilder) {
        let wording = builder.wording
        let text = wording.text
        let agreement = processor.agreement
        builder.append(.heading(level: 2, text: processor.name.isEmpty ? processor.id : processor.name,
                                anchor: DocumentAnchor.processor(processor.id)))
        var fields = FieldBuilder(wording)
        if let parent = processor.parentProcessorId {
            fields.add(wording.label(.engagedBy), runs: [[TextRun(text.processorName(parent), link: DocumentAnchor.processor(parent))]])
        }
        fields.add(.service, processor.service)
        fields.add(.country, text.country(processor.country))
        fields.optional(.contact, text.contact(processor.contact))
        if let approval = processor.approval {
            let details = [wording.label(approval.status), approval.date ?? ""].filter { !$0.isEmpty }
            fields.add(.approval, details.joined(separator: ", "))
            fields.optional(.noticeDate, approval.noticeDate)
        } else if processor.isSubprocessor {
            fields.add(.approval, nil)
        }
        fields.add(.agreementStatus, wording.cited(agreement.status))
        fields.add(.agreementSigned, agreement.signedDate)
        fields.optional(.agreementReference, agreement.reference)
        fields.optional(.agreementLastReviewed, agreement.lastReviewed)
        fields.optional(.reviewDue, agreement.reviewDue)
        if let authorisation = agreement.subprocessorAuthorisation {
            fields.add(.subprocessorAuthorisation, wording.cited(authorisation))
        }
        fields.optional(.objectionPeriodDays, agreement.objectionPeriodDays.map(String.init))
        fields.add(.clauses, lines: Article28Clause.allCases.map { clause($0, of: agreement, wording) })
        fields.optional(.agreementNote, agreement.note)
        fields.add(wording.label(.activities), runs: builder.index.activities(usingProcessor: processor.id).map { activity in
            [TextRun(activity.name.isEmpty ? activity.id : activity.name, link: DocumentAnchor.activity(activity.id))]
        })
        let children = builder.index.subprocessors(of: processor.id).filter { $0.id != processor.id }
        if !children.isEmpty {
            fields.add(wording.label(.subprocessors), runs: children.map { child in
                [TextRun(child.name.isEmpty ? child.id : child.name, link: DocumentAnchor.processor(child.id))]
            })
        }
        fields.optional(.notes, processor.notes)
        fields.sources(processor.provenance)
        builder.append(.fields(fields.fields))
    }

    /// "Art 28(3)(a) Acts only on documented instructions: Present (§ 7.2) – note".
    private static func clause(_ clause: Article28Clause, of agreement: ProcessorAgreement, _ wording: DocumentWording) -> String {
        let check = agreement.check(clause)
        var line = "\(wording.citation(clause.citation ?? "Art 28(3)")) \(wording.label(clause)): \(wording.label(check.status))"
        if let location = check.location, !location.isEmpty { line += " (\(location))" }
        if let note = check.note, !note.isEmpty { line += " – \(note)" }
        return line
    }
}
