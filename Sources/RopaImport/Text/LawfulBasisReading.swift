import Foundation
import RopaModel

/// Reads a lawful basis as Swedish and English practice writes it, beside the labels the export uses:
/// "Intresseavvägning", "Myndighetsutövning", "Allmänt intresse", "Avtal", and the article itself in any of
/// its usual spellings ("art. 6.1 c", "6(1)(f)", "Artikel 6.1 e", "Art 6(1)(b) GDPR").
enum LawfulBasisReading {
    /// Words of practice, folded, for each basis.
    private static let words: [String: LawfulBasis] = {
        let table: [(String, LawfulBasis)] = [
            ("intresseavvägning", .legitimateInterests), ("intresseavvagning", .legitimateInterests),
            ("berättigat intresse", .legitimateInterests), ("berättigade intressen", .legitimateInterests),
            ("legitimate interest", .legitimateInterests), ("balancing of interests", .legitimateInterests),
            ("myndighetsutövning", .publicTask), ("allmänt intresse", .publicTask), ("uppgift av allmänt intresse", .publicTask),
            ("allmänt intresse eller myndighetsutövning", .publicTask), ("public interest", .publicTask),
            ("official authority", .publicTask), ("public task", .publicTask),
            ("avtal", .contract), ("fullgörande av avtal", .contract), ("avtalsförhållande", .contract), ("performance of a contract", .contract),
            ("rättslig förpliktelse", .legalObligation), ("rättslig skyldighet", .legalObligation), ("lagkrav", .legalObligation),
            ("legal obligation", .legalObligation),
            ("samtycke", .consent), ("consent", .consent),
            ("grundläggande intresse", .vitalInterests), ("grundläggande intressen", .vitalInterests), ("vitala intressen", .vitalInterests),
            ("vital interest", .vitalInterests),
        ]
        return Dictionary(table.map { (CellText.key($0.0), $0.1) }, uniquingKeysWith: { first, _ in first })
    }()

    private static let byPoint: [Character: LawfulBasis] = [
        "a": .consent, "b": .contract, "c": .legalObligation, "d": .vitalInterests, "e": .publicTask, "f": .legitimateInterests,
    ]

    static func match(_ text: String, _ matcher: TermMatcher<LawfulBasis>) -> LawfulBasis? {
        if let basis = matcher.match(text) ?? words[CellText.key(text)] ?? article(text) { return basis }
        // "Intresseavvägning (art. 6.1 f)": the words before the remark, or the remark.
        if let open = text.firstIndex(of: "("), open != text.startIndex {
            let before = String(text[..<open]), after = String(text[open...])
            return matcher.match(before) ?? words[CellText.key(before)] ?? article(after)
        }
        return nil
    }

    /// "art. 6.1 c", "Art 6(1)(c)", "6(1)(f)", "artikel 6.1.e", "Article 6(1)(b) GDPR": the point's letter.
    static func article(_ text: String) -> LawfulBasis? {
        var letters = CellText.key(text).filter { !" ().,:".contains($0) }
        for prefix in ["artikel", "article", "art"] where letters.hasPrefix(prefix) {
            letters.removeFirst(prefix.count)
            break
        }
        for suffix in ["gdpr", "dataskyddsförordningen", "dsf"] where letters.hasSuffix(suffix) {
            letters.removeLast(suffix.count)
            break
        }
        guard letters.count == 3, letters.hasPrefix("61"), let point = letters.last else { return nil }
        return byPoint[point]
    }
}
