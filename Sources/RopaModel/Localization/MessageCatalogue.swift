/// The keys of one target's messages with their words in English and Swedish. Each target keeps the
/// messages only it uses beside its code (`Message` here for the domain, `StoreMessage`, `ExportMessage`,
/// `ImportMessage`, `UIMessage`, `CLIMessage`), each language's table put together from one part per area in
/// the target's `Localization/English` and `Localization/Swedish`; a test per target requires every key in both
/// languages, with the same placeholders. `LocalizedText` carries a key of any catalogue.
public protocol CatalogueMessage: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    static var tables: MessageTables<Self> { get }
}

/// A catalogue's English and Swedish tables, each put together from one part per area.
public struct MessageTables<Key: Hashable & Sendable>: Sendable {
    public let english: [Key: String]
    public let swedish: [Key: String]
    /// The parts each table is put together from, for the test that no key is in two parts.
    public let englishParts: [[Key: String]]
    public let swedishParts: [[Key: String]]

    public init(english: [[Key: String]], swedish: [[Key: String]]) {
        englishParts = english
        swedishParts = swedish
        self.english = Self.merged(english)
        self.swedish = Self.merged(swedish)
    }

    /// One table from its parts; the test that no key is in two parts keeps the order from mattering.
    private static func merged(_ parts: [[Key: String]]) -> [Key: String] {
        parts.reduce(into: [:]) { table, part in table.merge(part) { first, _ in first } }
    }
}

extension CatalogueMessage {
    public static var english: [Self: String] { tables.english }
    public static var swedish: [Self: String] { tables.swedish }

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

    /// Whether `other` is this key of this catalogue.
    func isSame(as other: any CatalogueMessage) -> Bool {
        (other as? Self) == self
    }
}
