/// The keys of one target's messages with their words in English and Swedish. Each target keeps the
/// messages only it uses beside its code (`Message` here for the domain, `StoreMessage`, `ExportMessage`,
/// `ImportMessage`, `UIMessage`, `CLIMessage`), each language's table put together from one part per area in
/// the target's `Localization/English` and `Localization/Swedish`; a test per target requires every key in both
/// languages, with the same placeholders. `LocalizedText` carries a key of any catalogue.
public protocol CatalogueMessage: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    static var english: [Self: String] { get }
    static var swedish: [Self: String] { get }
    /// The parts each table is put together from, for the test that no key is in two parts.
    static var englishParts: [[Self: String]] { get }
    static var swedishParts: [[Self: String]] { get }
}

extension CatalogueMessage {
    public static func table(_ language: Language) -> [Self: String] {
        language == .sv ? swedish : english
    }

    /// The message in `language` with its placeholders filled. A key missing from a table (which the
    /// catalogue tests rule out) falls back to English, then to the key itself.
    public func text(_ language: Language, _ arguments: [String]) -> String {
        let template = Self.table(language)[self] ?? Self.english[self] ?? rawValue
        return MessageFormat.format(template, arguments)
    }

    public func text(_ language: Language, _ arguments: String...) -> String {
        text(language, arguments)
    }

    /// One table from its parts; the test that no key is in two parts keeps the order from mattering.
    public static func merged(_ parts: [[Self: String]]) -> [Self: String] {
        parts.reduce(into: [:]) { table, part in table.merge(part) { first, _ in first } }
    }

    /// Whether `other` is this key of this catalogue.
    func isSame(as other: any CatalogueMessage) -> Bool {
        (other as? Self) == self
    }
}
