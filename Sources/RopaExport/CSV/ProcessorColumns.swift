import RopaModel

/// Processors the organisation engaged, with their Art 28(3) agreement; and sub-processors, with the
/// processor that engaged them and the controller's approval.
enum ProcessorColumns {
    static func processors(_ text: ValueText) -> [CSVColumn<Processor>] {
        let columns: [CSVColumn<Processor>] = [
            CSVColumn(.id) { $0.id },
            CSVColumn(.processor) { $0.name },
            CSVColumn(.service) { $0.service.orEmpty },
            CSVColumn(.country) { text.country($0.country) },
            CSVColumn(.contact) { text.contact($0.contact) },
            CSVColumn(.agreementStatus) { text.label($0.agreement.status) },
            CSVColumn(.agreementSigned) { $0.agreement.signedDate.orEmpty },
            CSVColumn(.agreementReference) { $0.agreement.reference.orEmpty },
            CSVColumn(.reviewDue) { $0.agreement.reviewDue.orEmpty },
            CSVColumn(.agreementLastReviewed) { $0.agreement.lastReviewed.orEmpty },
            .list(.clauses) { processor in Article28Clause.allCases.map { text.clause($0, of: processor.agreement) } },
            CSVColumn(.subprocessorAuthorisation) { $0.agreement.subprocessorAuthorisation.map(text.cited) ?? "" },
            CSVColumn(.objectionPeriodDays) { $0.agreement.objectionPeriodDays.map(String.init) ?? "" },
            .list(.subprocessors) { text.index.subprocessors(of: $0.id).map(\.name) },
            .list(.activities) { text.index.activities(usingProcessor: $0.id).map(\.name) },
            CSVColumn(.agreementNote) { $0.agreement.note.orEmpty },
            CSVColumn(.notes) { $0.notes.orEmpty },
        ]
        return columns
    }

    static func subprocessors(_ text: ValueText) -> [CSVColumn<Processor>] {
        let columns: [CSVColumn<Processor>] = [
            CSVColumn(.id) { $0.id },
            CSVColumn(.subprocessor) { $0.name },
            CSVColumn(.engagedBy) { $0.parentProcessorId.map(text.processorName) ?? "" },
            CSVColumn(.service) { $0.service.orEmpty },
            CSVColumn(.country) { text.country($0.country) },
            CSVColumn(.contact) { text.contact($0.contact) },
            CSVColumn(.approval) { text.label($0.approval?.status) },
            CSVColumn(.approvalDate) { $0.approval?.date ?? "" },
            CSVColumn(.noticeDate) { $0.approval?.noticeDate ?? "" },
            CSVColumn(.agreementStatus) { text.label($0.agreement.status) },
            CSVColumn(.agreementSigned) { $0.agreement.signedDate.orEmpty },
            CSVColumn(.agreementReference) { $0.agreement.reference.orEmpty },
            .list(.subprocessors) { text.index.subprocessors(of: $0.id).map(\.name) },
            CSVColumn(.agreementNote) { $0.agreement.note.orEmpty },
            CSVColumn(.notes) { $0.notes.orEmpty },
        ]
        return columns
    }
}
