import RopaJSON
import RopaModel

/// The review queue as terminal text and as JSON, for `ropa review`.
enum ReviewQueueOutput {
    /// One block per processor, most urgent first; each reason with its code and article, then what to do.
    static func text(_ queue: [ReviewItem], register: Register, asOf: CalendarDate) -> String {
        var lines = ["Processor agreement review · \(TerminalText.escape(register.organisation.name)) · as of \(asOf)"]
        guard !queue.isEmpty else {
            lines.append("No processor agreement needs attention.")
            return lines.joined(separator: "\n") + "\n"
        }
        let counts = ReviewUrgency.allCases.compactMap { urgency -> String? in
            let count = queue.filter { $0.urgency == urgency }.count
            return count == 0 ? nil : "\(urgency.label.en.lowercased()): \(count)"
        }
        let noun = queue.count == 1 ? "processor needs" : "processors need"
        lines.append("\(queue.count) \(noun) attention — \(counts.joined(separator: "; ")).")
        for (index, item) in queue.enumerated() {
            lines.append("")
            var heading = "\(index + 1). \(TerminalText.escape(item.name)) (\(TerminalText.escape(item.processorID)))"
            if let parent = item.parentID {
                let chain = item.chain.isEmpty ? parent : item.chain.map(\.name).joined(separator: " → ")
                heading += " · sub-processor of \(TerminalText.escape(chain))"
            }
            heading += " · \(item.urgency.label.en.lowercased())"
            if let due = item.reviewDueText { heading += " · review due \(due)" }
            lines.append(heading)
            for reason in item.reasons {
                lines.append("   \(reason.code.rawValue) [\(reason.article)]: \(TerminalText.escape(reason.message))")
                lines.append("     → \(TerminalText.escape(reason.action))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An array of objects: id, name, parent, chain, depth, position, urgency, urgencyRank, usedBy,
    /// reviewDue and daysUntilReview when known, and reasons (code, article, message, action, urgency, field,
    /// transfer).
    static func json(_ queue: [ReviewItem]) -> JSONValue {
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
                "reasons": .array(item.reasons.map(json)),
            ]
            if let due = item.reviewDue { members["reviewDue"] = .string(due.description) }
            if let days = item.daysUntilReview { members["daysUntilReview"] = .int(days) }
            return .object(members)
        })
    }

    static func json(_ reason: ReviewReason) -> JSONValue {
        var members: [String: JSONValue] = [
            "code": .string(reason.code.rawValue),
            "article": .string(reason.article),
            "message": .string(reason.message),
            "action": .string(reason.action),
            "urgency": .string(reason.urgency.rawValue),
            "field": .string(reason.field),
        ]
        if let transfer = reason.transferID { members["transfer"] = .string(transfer) }
        return .object(members)
    }
}
