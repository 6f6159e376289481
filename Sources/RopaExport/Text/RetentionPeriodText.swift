import Foundation
import RopaModel

/// A structured retention period as a table cell writes it and an import reads it back: "5 years from end of
/// the customer relationship", "5 år från avslutad kundrelation", "90 days". A cell holds one per retention rule,
/// in the rules' order, with `none` for a rule that has no structured period.
public enum RetentionPeriodText {
    /// What a rule without a structured period shows, so that the periods after it keep their places.
    public static let none = "–"

    /// "5 years from …": the amount, the unit (singular for one) and the event it runs from, if any.
    public static func text(_ period: RetentionPeriod, language: Language) -> String {
        let unit = period.amount == 1 ? singular(period.unit).text(language) : period.unit.label.text(language)
        var text = "\(period.amount) \(unit)"
        if let event = period.startingEvent, !event.isEmpty { text += " \(from.text(language)) \(event)" }
        return text
    }

    /// What an item says: a length (amount and unit) and the event the period runs from, either of which may be
    /// missing ("avslutat ärende" alone names the event of a length written elsewhere). Nil for `none`.
    public struct Reading: Equatable, Sendable {
        public var amount: Int?
        public var unit: PeriodUnit?
        public var startingEvent: String?

        public init(amount: Int? = nil, unit: PeriodUnit? = nil, startingEvent: String? = nil) {
            self.amount = amount
            self.unit = unit
            self.startingEvent = startingEvent
        }
    }

    /// Reads an item in either language; nil when it is `none` (or a hyphen or dash typed for it).
    public static func read(_ item: String) -> Reading? {
        let text = item.trimmingCharacters(in: .whitespacesAndNewlines)
        if ["–", "-", "—", ""].contains(text) { return nil }
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let first = words.first, first.count <= 9, let amount = Int(first), amount >= 0, words.count >= 2,
              let unit = unit(named: words[1]) else {
            return Reading(startingEvent: text)
        }
        var rest = Array(words.dropFirst(2))
        if let word = rest.first, Language.allCases.contains(where: { from.text($0).caseInsensitiveCompare(word) == .orderedSame }) {
            rest.removeFirst()
        }
        let event = rest.joined(separator: " ")
        return Reading(amount: amount, unit: unit, startingEvent: event.isEmpty ? nil : event)
    }

    /// The first "<number> <unit>" a retention rule's text holds ("raderas 90 dagar efter …"), for an event
    /// given without a length of its own.
    public static func length(in text: String) -> (amount: Int, unit: PeriodUnit)? {
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "." || $0 == "(" || $0 == ")" }).map(String.init)
        for (index, word) in words.enumerated() where index + 1 < words.count && word.count <= 9 {
            if let amount = Int(word), amount >= 0, let unit = unit(named: words[index + 1]) { return (amount, unit) }
        }
        return nil
    }

    private static let from = BilingualLabel(en: "from", sv: "från")

    private static func singular(_ unit: PeriodUnit) -> BilingualLabel {
        switch unit {
        case .days: return .init(en: "day", sv: "dag")
        case .weeks: return .init(en: "week", sv: "vecka")
        case .months: return .init(en: "month", sv: "månad")
        case .years: return .init(en: "year", sv: "år")
        }
    }

    /// A unit by its name in either language, singular or plural, in any case.
    private static func unit(named word: String) -> PeriodUnit? {
        PeriodUnit.allCases.first { unit in
            Language.allCases.contains { language in
                [unit.label.text(language), singular(unit).text(language)].contains { $0.caseInsensitiveCompare(word) == .orderedSame }
            }
        }
    }
}
