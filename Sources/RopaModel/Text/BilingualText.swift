/// A sentence or a part of one in English and Swedish, written beside the rule that says it (a review
/// reason's message and action). A name of a thing in both languages is a `BilingualLabel` instead.
public typealias BilingualText = Bilingual<SentenceRole>

extension Bilingual where Role == SentenceRole {
    /// Both texts joined, each in its language.
    public static func + (lhs: BilingualText, rhs: BilingualText) -> BilingualText {
        BilingualText(en: lhs.en + rhs.en, sv: lhs.sv + rhs.sv)
    }
}
