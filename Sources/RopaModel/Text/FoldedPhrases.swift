/// A fixed list of words or phrases that rules look for in register text, folded once. Folding each phrase
/// again for every category or retention rule, and searching with Foundation's `contains`, was half of
/// `ropa validate` on 10 000 activities; a prepared needle compares bytes where that gives the same answer.
struct FoldedPhrases: Sendable {
    private let needles: [TextFolding.Needle]

    init(_ phrases: [String]) {
        needles = phrases.map(TextFolding.Needle.init)
    }

    /// Whether any of the phrases occurs in `text`, ignoring case and diacritics:
    /// the same answer as `phrases.contains { TextFolding.contains(text, $0) }`.
    func occur(in text: String) -> Bool {
        let key = TextFolding.SearchKey(text)
        return needles.contains { TextFolding.matches(key, $0) }
    }
}
