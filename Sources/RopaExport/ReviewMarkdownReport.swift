import RopaModel

/// The processor-agreement review as a Markdown report for management: title with organisation and date,
/// summary counts, the queue as a table, and a section per processor. Every value from the register is
/// escaped, so tables keep their columns and no value can format the report or drive a terminal.
public enum ReviewMarkdownReport {
    public static func render(_ queue: [ReviewItem], register: Register, asOf: CalendarDate) -> String {
        let settings = register.settings
        var lines: [String] = [
            "# Processor agreement review: \(escape(register.organisation.name))",
            "",
            "As of \(asOf). Review interval \(settings.reviewIntervalMonths) months; due soon within \(settings.dueSoonDays) days.",
            "",
            "## Summary",
            "",
            "\(queue.count) of \(register.processors.count) processors and sub-processors need attention.",
            "",
            "| urgency | processors |",
            "| --- | ---: |",
        ]
        for urgency in ReviewUrgency.allCases {
            lines.append("| \(escape(urgency.label.en)) | \(queue.filter { $0.urgency == urgency }.count) |")
        }
        lines.append("| Total | \(queue.count) |")
        guard !queue.isEmpty else {
            lines += ["", "No processor agreement needs attention."]
            return lines.joined(separator: "\n") + "\n"
        }
        lines += ["", "## Queue", "",
                  "| # | processor | engaged by | urgency | review due | reasons |",
                  "| ---: | --- | --- | --- | --- | --- |"]
        for (index, item) in queue.enumerated() {
            let cells = [
                "\(index + 1)",
                escape(item.name),
                escape(engagedBy(item) ?? "—"),
                escape(item.urgency.label.en),
                escape(item.reviewDueText ?? "—"),
                escape(item.reasons.map(\.code.rawValue).joined(separator: ", ")),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        for (index, item) in queue.enumerated() {
            lines += ["", "## \(index + 1). \(escape(item.name))", ""]
            lines.append("- Id: \(escape(item.processorID))")
            if let chain = engagedBy(item) { lines.append("- Engaged by: \(escape(chain))") }
            if let processor = register.processor(item.processorID) {
                lines.append("- Agreement: \(escape(agreement(processor)))")
            }
            if let due = item.reviewDueText { lines.append("- Review due: \(escape(due))") }
            let used = item.usedBy.map { register.activity($0)?.name ?? $0 }
            lines.append("- Used by: \(used.isEmpty ? "no activity" : escape(used.joined(separator: "; ")))")
            lines.append("- Urgency: \(escape(item.urgency.label.en))")
            lines += ["", "| article | what is wrong | what to do |", "| --- | --- | --- |"]
            for reason in item.reasons {
                lines.append("| \(escape(reason.article)) | \(escape(reason.message)) | \(escape(reason.action)) |")
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
    static func agreement(_ processor: Processor) -> String {
        let agreement = processor.agreement
        var parts = [agreement.status.label.en.lowercased()]
        if let date = agreement.signedDate { parts.append("signed \(date)") }
        if let reference = agreement.reference, !reference.isEmpty { parts.append("reference \(reference)") }
        if let last = agreement.lastReviewed { parts.append("last reviewed \(last)") }
        if let authorisation = agreement.subprocessorAuthorisation {
            parts.append("sub-processors: \(authorisation.label.en.lowercased())")
        }
        return parts.joined(separator: ", ")
    }
}
