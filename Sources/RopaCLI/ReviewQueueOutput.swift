import RopaExport
import RopaJSON
import RopaModel

/// The review queue as terminal text and as JSON, for `ropa review`.
enum ReviewQueueOutput {
    /// One block per processor, most urgent first; each reason with its code and article, then what to do.
    static func text(_ queue: [ReviewItem], register: Register, asOf: CalendarDate, language: Language = .en) -> String {
        func t(_ message: CLIMessage, _ arguments: String...) -> String { message.text(language, arguments) }
        var lines = [t(.reviewHeading, TerminalText.escape(register.organisation.name), asOf.description)]
        guard !queue.isEmpty else {
            lines.append(ExportMessage.reviewNothingNeedsAttention.text(language))
            return lines.joined(separator: "\n") + "\n"
        }
        let counts = ReviewUrgency.allCases.compactMap { urgency -> String? in
            let count = queue.filter { $0.urgency == urgency }.count
            return count == 0 ? nil : "\(urgency.label.text(language).lowercased()): \(count)"
        }.joined(separator: "; ")
        lines.append(queue.count == 1 ? t(.reviewOneNeedsAttention, counts) : t(.reviewManyNeedAttention, "\(queue.count)", counts))
        for (index, item) in queue.enumerated() {
            lines.append("")
            var heading = "\(index + 1). \(TerminalText.escape(item.name)) (\(TerminalText.escape(item.processorID)))"
            if let parent = item.parentID {
                let chain = item.chain.isEmpty ? parent : item.chain.map(\.name).joined(separator: " → ")
                heading += t(.reviewSubprocessorOf, TerminalText.escape(chain))
            }
            heading += " · \(item.urgency.label.text(language).lowercased())"
            if let due = item.reviewDueText(language) { heading += t(.reviewDue, due) }
            lines.append(heading)
            for reason in item.reasons {
                lines.append("   \(reason.code.rawValue) [\(reason.article)]: \(TerminalText.escape(reason.message(language)))")
                lines.append("     → \(TerminalText.escape(reason.action(language)))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An array of objects: id, name, parent, chain, depth, position, urgency, urgencyRank, usedBy,
    /// reviewDue and daysUntilReview when known, and reasons (code, article, message, action, urgency, field,
    /// transfer).
    static func json(_ queue: [ReviewItem], language: Language = .en) -> JSONValue {
        .array(queue.enumerated().map { index, item in
            var members: [String: JSONValue] = [
                "id": .string(item.processorID),
                "name": .string(item.name),
                "parent": item.parentID.map(JSONValue.string) ?? .null,
                "chain": .array(item.chain.map { .string($0.id) }),
                "depth": .int(item.depth),
                "position": .int(index + 1),
                "urgency": .string(item.urgency.rawValue),
                "urgencyRank": .int(item.urgency.rank),
                "usedBy": .array(item.usedBy.map(JSONValue.string)),
                "reasons": .array(item.reasons.map { json($0, language: language) }),
            ]
            if let due = item.reviewDue { members["reviewDue"] = .string(due.description) }
            if let days = item.daysUntilReview { members["daysUntilReview"] = .int(days) }
            return .object(members)
        })
    }

    static func json(_ reason: ReviewReason, language: Language = .en) -> JSONValue {
        var members: [String: JSONValue] = [
            "code": .string(reason.code.rawValue),
            "article": .string(reason.article),
            "message": .string(reason.message(language)),
            "action": .string(reason.action(language)),
            "urgency": .string(reason.urgency.rawValue),
            "field": .string(reason.field),
        ]
        if let transfer = reason.transferID { members["transfer"] = .string(transfer) }
        return .object(members)
    }
}
