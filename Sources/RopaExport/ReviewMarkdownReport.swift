import RopaModel

/// The processor-agreement review as a Markdown report for management: title with organisation and date,
/// summary counts, the queue as a table, and a section per processor. Every value from the register is
/// escaped, so tables keep their columns and no value can format the report or drive a terminal.
public enum ReviewMarkdownReport {
    public static func render(_ queue: [ReviewItem], register: Register, asOf: CalendarDate, language: Language = .en) -> String {
        func t(_ message: ExportMessage, _ arguments: String...) -> String { message.text(language, arguments) }
        let settings = register.settings
        var lines: [String] = [
            "# " + t(.reportTitle, escape(register.organisation.name)),
            "",
            t(.reportAsOf, asOf.description, "\(settings.reviewIntervalMonths)", "\(settings.dueSoonDays)"),
            "",
            "## " + t(.reportSummary),
            "",
            t(.reportNeedAttention, "\(queue.count)", "\(register.processors.count)"),
            "",
            "| \(t(.reportColumnUrgency)) | \(t(.reportColumnProcessors)) |",
            "| --- | ---: |",
        ]
        for urgency in ReviewUrgency.allCases {
            lines.append("| \(escape(urgency.label.text(language))) | \(queue.filter { $0.urgency == urgency }.count) |")
        }
        lines.append("| \(t(.reportTotal)) | \(queue.count) |")
        guard !queue.isEmpty else {
            lines += ["", t(.reviewNothingNeedsAttention)]
            return lines.joined(separator: "\n") + "\n"
        }
        lines += ["", "## " + t(.reportQueue), "",
                  "| # | \(t(.reportColumnProcessor)) | \(t(.reportColumnEngagedBy)) | \(t(.reportColumnUrgency)) | "
                      + "\(t(.reportColumnReviewDue)) | \(t(.reportColumnReasons)) |",
                  "| ---: | --- | --- | --- | --- | --- |"]
        for (index, item) in queue.enumerated() {
            let cells = [
                "\(index + 1)",
                escape(item.name),
                escape(engagedBy(item) ?? "—"),
                escape(item.urgency.label.text(language)),
                escape(item.reviewDueText(language) ?? "—"),
                escape(item.reasons.map(\.code.rawValue).joined(separator: ", ")),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        for (index, item) in queue.enumerated() {
            lines += ["", "## \(index + 1). \(escape(item.name))", ""]
            lines.append("- \(t(.reportID)): \(escape(item.processorID))")
            if let chain = engagedBy(item) { lines.append("- \(t(.reportEngagedBy)): \(escape(chain))") }
            if let processor = register.processor(item.processorID) {
                lines.append("- \(t(.reportAgreement)): \(escape(agreement(processor, language: language)))")
            }
            if let due = item.reviewDueText(language) { lines.append("- \(t(.reportReviewDue)): \(escape(due))") }
            let used = item.usedBy.map { register.activity($0)?.name ?? $0 }
            lines.append("- \(t(.reportUsedBy)): \(used.isEmpty ? t(.reportNoActivity) : escape(used.joined(separator: "; ")))")
            lines.append("- \(t(.reportUrgency)): \(escape(item.urgency.label.text(language)))")
            lines += ["", "| \(t(.reportColumnArticle)) | \(t(.reportColumnWhatIsWrong)) | \(t(.reportColumnWhatToDo)) |", "| --- | --- | --- |"]
            for reason in item.reasons {
                lines.append("| \(escape(Citation.text(reason.article, language))) | \(escape(reason.message(language))) | \(escape(reason.action(language))) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Top AB → Middle AB", or nil for a processor the organisation engaged itself.
    static func engagedBy(_ item: ReviewItem) -> String? {
        guard let parent = item.parentID else { return nil }
        return item.chain.isEmpty ? parent : item.chain.map(\.name).joined(separator: " → ")
    }

    /// "signed 2025-09-01, reference PUB-1, last reviewed 2025-09-01" and so on, as far as recorded.
    static func agreement(_ processor: Processor, language: Language = .en) -> String {
        let agreement = processor.agreement
        var parts = [agreement.status.label.text(language).lowercased()]
        if let date = agreement.signedDate { parts.append(ExportMessage.reportSigned.text(language, date)) }
        if let reference = agreement.reference, !reference.isEmpty { parts.append(ExportMessage.reportReference.text(language, reference)) }
        if let last = agreement.lastReviewed { parts.append(ExportMessage.reportLastReviewed.text(language, last)) }
        if let authorisation = agreement.subprocessorAuthorisation {
            parts.append(ExportMessage.reportSubprocessors.text(language, authorisation.label.text(language).lowercased()))
        }
        return parts.joined(separator: ", ")
    }
}
