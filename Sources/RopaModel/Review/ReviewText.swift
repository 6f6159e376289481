/// Small wording helpers shared by the review rules, in both languages.
enum ReviewText {
    /// "1 activity uses" / "3 activities use".
    static func activities(_ count: Int) -> BilingualText {
        count == 1 ? .init(en: "1 activity uses", sv: "1 behandling använder")
            : .init(en: "\(count) activities use", sv: "\(count) behandlingar använder")
    }

    /// "today", "in 1 day", "in 12 days", "1 day ago", "31 days ago".
    static func relative(days: Int) -> LocalizedText {
        switch days {
        case 0: return LocalizedText(.relativeToday)
        case 1: return LocalizedText(.relativeInOneDay)
        case -1: return LocalizedText(.relativeOneDayAgo)
        case let days where days > 0: return LocalizedText(.relativeInDays, "\(days)")
        default: return LocalizedText(.relativeDaysAgo, "\(-days)")
        }
    }

    /// "Art 28(3)" for the whole checklist or any unlettered item, else "Art 28(3)(a), (c), (h)".
    static func citation(_ clauses: [Article28Clause]) -> String {
        guard let first = clauses.first, clauses.allSatisfy(Article28Clause.lettered.contains) else { return "Art 28(3)" }
        if clauses == Article28Clause.lettered { return "Art 28(3)(a)–(h)" }
        return (["Art 28(3)(\(first.rawValue))"] + clauses.dropFirst().map { "(\($0.rawValue))" }).joined(separator: ", ")
    }

    /// "(a), (c) and (h)" / "(a), (c) och (h)"; unlettered items by name ("duration of the processing").
    static func letters(_ clauses: [Article28Clause]) -> BilingualText {
        func joined(_ parts: [String], _ and: String) -> String {
            guard parts.count > 1, let last = parts.last else { return parts.first ?? "" }
            return parts.dropLast().joined(separator: ", ") + " \(and) " + last
        }
        return .init(en: joined(clauses.map(\.reference.en), "and"), sv: joined(clauses.map(\.reference.sv), "och"))
    }
}
