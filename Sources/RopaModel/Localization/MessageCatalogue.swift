/// The words of every message in English and Swedish, by key. Each language's table is put together from
/// one part per area (help, commands, the store, JSON, the import, the review), kept in `English/` and
/// `Swedish/`; a test requires every key in both, with the same placeholders.
public enum MessageCatalogue {
    public static let english: [Message: String] = merged([
        EnglishHelp.table, EnglishCommands.table, EnglishStore.table, EnglishJSON.table, EnglishImport.table,
        EnglishReview.table, EnglishSafety.table, EnglishSpreadsheet.table, EnglishNotice.table, EnglishGit.table, EnglishTerminalUI.table,
        EnglishWorkbookReading.table,
    ])

    public static let swedish: [Message: String] = merged([
        SwedishHelp.table, SwedishCommands.table, SwedishStore.table, SwedishJSON.table, SwedishImport.table,
        SwedishReview.table, SwedishSafety.table, SwedishSpreadsheet.table, SwedishNotice.table, SwedishGit.table, SwedishTerminalUI.table,
        SwedishWorkbookReading.table,
    ])

    /// The parts of each table, for the test that no key is in two parts.
    static let englishParts = [EnglishHelp.table, EnglishCommands.table, EnglishStore.table, EnglishJSON.table,
                               EnglishImport.table, EnglishReview.table, EnglishSafety.table, EnglishSpreadsheet.table,
                               EnglishNotice.table, EnglishGit.table, EnglishTerminalUI.table, EnglishWorkbookReading.table]
    static let swedishParts = [SwedishHelp.table, SwedishCommands.table, SwedishStore.table, SwedishJSON.table,
                               SwedishImport.table, SwedishReview.table, SwedishSafety.table, SwedishSpreadsheet.table,
                               SwedishNotice.table, SwedishGit.table, SwedishTerminalUI.table, SwedishWorkbookReading.table]

    public static func table(_ language: Language) -> [Message: String] {
        language == .sv ? swedish : english
    }

    private static func merged(_ parts: [[Message: String]]) -> [Message: String] {
        parts.reduce(into: [:]) { table, part in table.merge(part) { first, _ in first } }
    }
}

extension Message {
    /// The message in `language` with its placeholders filled. A key missing from a table (which the
    /// catalogue test rules out) falls back to English, then to the key itself.
    public func text(_ language: Language, _ arguments: [String]) -> String {
        let template = MessageCatalogue.table(language)[self] ?? MessageCatalogue.english[self] ?? rawValue
        return MessageFormat.format(template, arguments)
    }

    public func text(_ language: Language, _ arguments: String...) -> String {
        text(language, arguments)
    }
}
