import Foundation
import RopaModel

/// What is wrong with one target's message catalogue, one line a problem: a key without text in either
/// language, a table with keys the enum lacks, a key in two parts of a table, placeholders that differ between
/// the languages or skip a number, Swedish that is the English left in place, and a leading or trailing space or
/// line break in one language only (they matter where messages are put together: "Usage: " + usage line).
/// Returned rather than asserted so that each target's test names its own catalogue.
public enum CatalogueProblems {
    public static func of<Key: CatalogueMessage>(_ catalogue: Key.Type, sameInBothLanguages: Set<Key> = []) -> [String] {
        var problems: [String] = []
        for (language, table) in [(Language.en, Key.english), (.sv, Key.swedish)] {
            for key in Key.allCases where (table[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append("\(key) has no \(language) text")
            }
            if table.count != Key.allCases.count { problems.append("the \(language) table has keys the enum lacks") }
        }
        for parts in [Key.tables.englishParts, Key.tables.swedishParts] where parts.map(\.count).reduce(0, +) != Key.allCases.count {
            problems.append("a key is in two parts of a table, or in none")
        }
        for key in Key.allCases {
            let english = Key.english[key] ?? "", swedish = Key.swedish[key] ?? ""
            let englishPlaceholders = MessageFormat.placeholders(in: english)
            let swedishPlaceholders = MessageFormat.placeholders(in: swedish)
            if englishPlaceholders != swedishPlaceholders {
                problems.append("\(key): placeholders \(englishPlaceholders.sorted()) in English, \(swedishPlaceholders.sorted()) in Swedish")
            }
            if let highest = englishPlaceholders.max(), englishPlaceholders != Set(0...highest) {
                problems.append("\(key): placeholders are not numbered from {0} without gaps")
            }
            if english == swedish, !sameInBothLanguages.contains(key) { problems.append("\(key) is not translated") }
            if (english.first == " ") != (swedish.first == " ") { problems.append("\(key): a leading space in one language only") }
            if (english.last == " ") != (swedish.last == " ") { problems.append("\(key): a trailing space in one language only") }
            if english.hasSuffix("\n") != swedish.hasSuffix("\n") { problems.append("\(key): a final line break in one language only") }
            if english.hasPrefix("\n") != swedish.hasPrefix("\n") { problems.append("\(key): a first line break in one language only") }
        }
        return problems
    }
}
