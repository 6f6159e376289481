/// Words in the two languages the register is kept in. `Role` says what the words are, so that a name is
/// not passed where a sentence belongs; how a language picks its words is decided here for both.
public struct Bilingual<Role: BilingualRole>: Equatable, Sendable {
    public let en: String
    public let sv: String

    public init(en: String, sv: String) {
        self.en = en
        self.sv = sv
    }

    public func text(_ language: Language) -> String {
        language == .sv ? sv : en
    }
}

/// What a pair of `Bilingual` words is; the roles are types only, never values.
public protocol BilingualRole: Sendable {}

/// The name of a thing (a field, a kind, a word of a vocabulary) in both languages.
public enum NameRole: BilingualRole {}

/// A sentence or a part of one in both languages.
public enum SentenceRole: BilingualRole {}
