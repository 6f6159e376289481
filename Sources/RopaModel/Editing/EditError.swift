/// Why an edit of an entity was refused: by a form of the UI or by `ropa set` (the store words it as a
/// `StoreError` again, so the command line reports it as before).
public enum EditError: Error, Equatable, LocalizedDescription {
    /// No entity has this id.
    case unknownEntity(String)
    /// The value or path cannot be stored, with the reason.
    case invalid(LocalizedText)

    public func description(_ language: Language) -> String {
        switch self {
        case .unknownEntity(let id): return Message.storeUnknownEntity.text(language, TerminalText.escape(id))
        case .invalid(let problem): return problem.text(language)
        }
    }
}
