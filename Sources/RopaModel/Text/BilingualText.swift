/// A sentence or a part of one in English and Swedish, written beside the rule that says it (a review
/// reason's message and action). A name of a thing in both languages is a `BilingualLabel` instead.
public struct BilingualText: Equatable, Sendable {
    public let en: String
    public let sv: String

    public init(en: String, sv: String) {
        self.en = en
        self.sv = sv
    }

    public func text(_ language: Language) -> String {
        language == .sv ? sv : en
    }

    /// Both texts joined, each in its language.
    public static func + (lhs: BilingualText, rhs: BilingualText) -> BilingualText {
        BilingualText(en: lhs.en + rhs.en, sv: lhs.sv + rhs.sv)
    }
}
