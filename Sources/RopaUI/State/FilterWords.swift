import RopaModel

/// A list filter as typed after `/`: every word must occur in the row, in any order and case- and
/// diacritic-insensitively, so `kundservice karlstad` finds "Karlstad: kundservice och kontakt".
struct FilterWords: Sendable {
    let needles: [TextFolding.Needle]
    /// The whole filter folded, naming it in the cache of filtered rows.
    let folded: String

    init(_ text: String) {
        needles = text.split(whereSeparator: \.isWhitespace).map { TextFolding.Needle(String($0)) }.filter { !$0.isEmpty }
        folded = needles.map(\.folded).joined(separator: " ")
    }

    var isEmpty: Bool { needles.isEmpty }

    func matches(_ key: TextFolding.SearchKey) -> Bool {
        needles.allSatisfy { TextFolding.matches(key, $0) }
    }

    func matches(_ text: String) -> Bool {
        let key = TextFolding.fold(text)
        return needles.allSatisfy { key.contains($0.folded) }
    }
}
