/// Small wording helpers shared by the review rules, in both languages.
enum ReviewText {
    /// "1 activity uses" / "3 activities use".
    static func activities(_ count: Int) -> BilingualLabel {
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

    /// "Art 28(3)(a)–(h)" for the whole checklist, else "Art 28(3)(a), (c), (h)".
    static func citation(_ clauses: [Article28Clause]) -> String {
        if clauses == Article28Clause.allCases { return "Art 28(3)(a)–(h)" }
        guard let first = clauses.first else { return "Art 28(3)" }
        return (["Art 28(3)(\(first.rawValue))"] + clauses.dropFirst().map { "(\($0.rawValue))" }).joined(separator: ", ")
    }

    /// "(a), (c) and (h)" / "(a), (c) och (h)".
    static func letters(_ clauses: [Article28Clause]) -> BilingualLabel {
        let parts = clauses.map { "(\($0.rawValue))" }
        guard parts.count > 1, let last = parts.last else { return .init(en: parts.first ?? "", sv: parts.first ?? "") }
        let start = parts.dropLast().joined(separator: ", ")
        return .init(en: start + " and " + last, sv: start + " och " + last)
    }
}

extension BilingualLabel {
    /// Both texts joined, each in its language.
    static func + (lhs: BilingualLabel, rhs: BilingualLabel) -> BilingualLabel {
        BilingualLabel(en: lhs.en + rhs.en, sv: lhs.sv + rhs.sv)
    }
}
