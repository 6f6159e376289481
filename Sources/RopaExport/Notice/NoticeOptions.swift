import RopaModel

/// What `ropa notice` is asked for: the language of the text and, optionally, whose notice it is.
public struct NoticeOptions: Equatable, Sendable {
    public var language: Language
    /// Limits the notice to activities whose data subjects contain this text (case- and diacritic-insensitive),
    /// as organisations publish separate notices for staff, applicants and customers. Nil or blank: everyone.
    public var audience: String?

    public init(language: Language = .en, audience: String? = nil) {
        self.language = language
        self.audience = audience
    }
}
