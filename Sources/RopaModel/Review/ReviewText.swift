/// Small wording helpers shared by the review rules.
enum ReviewText {
    /// "1 activity uses" / "3 activities use".
    static func activities(_ count: Int) -> String {
        count == 1 ? "1 activity uses" : "\(count) activities use"
    }

    /// "today", "in 1 day", "in 12 days", "1 day ago", "31 days ago".
    static func relative(days: Int) -> String {
        switch days {
        case 0: return "today"
        case 1: return "in 1 day"
        case -1: return "1 day ago"
        case let days where days > 0: return "in \(days) days"
        default: return "\(-days) days ago"
        }
    }

    /// "Art 28(3)(a)–(h)" for the whole checklist, else "Art 28(3)(a), (c), (h)".
    static func citation(_ clauses: [Article28Clause]) -> String {
        if clauses == Article28Clause.allCases { return "Art 28(3)(a)–(h)" }
        guard let first = clauses.first else { return "Art 28(3)" }
        return (["Art 28(3)(\(first.rawValue))"] + clauses.dropFirst().map { "(\($0.rawValue))" }).joined(separator: ", ")
    }

    /// "(a), (c) and (h)".
    static func letters(_ clauses: [Article28Clause]) -> String {
        let parts = clauses.map { "(\($0.rawValue))" }
        guard parts.count > 1, let last = parts.last else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + last
    }
}
