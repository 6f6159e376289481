/// A message that can be read in either language, made when something happens and worded when it is shown:
/// a catalogue message with its arguments, a label pair, or text that is the same in every language (a
/// path, a value from a file, an error text of the operating system).
public struct LocalizedText: Equatable, Sendable, CustomStringConvertible {
    indirect enum Content: Equatable, Sendable {
        case message(Catalogued, [LocalizedText])
        case label(BilingualLabel)
        case sentence(BilingualText)
        case verbatim(String)
        case joined([LocalizedText])
    }

    /// A key of any target's catalogue; two are equal when they are the same key of the same catalogue.
    struct Catalogued: Equatable, Sendable {
        let key: any CatalogueMessage

        static func == (lhs: Catalogued, rhs: Catalogued) -> Bool {
            lhs.key.isSame(as: rhs.key)
        }
    }

    let content: Content

    /// A message of any target's catalogue whose arguments are worded in the reader's language. Each target
    /// adds the two initialisers below for its own keys, so that `LocalizedText(.storeNotFound, path)` names
    /// the key alone.
    public init<Key: CatalogueMessage>(key: Key, arguments: [LocalizedText]) {
        content = .message(Catalogued(key: key), arguments)
    }

    /// A message of any target's catalogue whose arguments are the same in every language.
    public init<Key: CatalogueMessage>(key: Key, verbatim arguments: [String]) {
        self.init(key: key, arguments: arguments.map(LocalizedText.verbatim))
    }

    /// A catalogue message; the arguments fill its `{0}`, `{1}`, … and are the same in every language.
    public init(_ message: Message, _ arguments: String...) {
        self.init(key: message, verbatim: arguments)
    }

    /// A catalogue message whose arguments are themselves worded in the reader's language.
    public init(_ message: Message, arguments: [LocalizedText]) {
        self.init(key: message, arguments: arguments)
    }

    /// A pair of names written in place, e.g. by a screen that already holds both.
    public init(_ label: BilingualLabel) {
        content = .label(label)
    }

    /// A sentence in both languages written in place, beside the check that says it.
    public init(_ sentence: BilingualText) {
        content = .sentence(sentence)
    }

    private init(content: Content) {
        self.content = content
    }

    /// Text that reads the same in every language.
    public static func verbatim(_ text: String) -> LocalizedText {
        LocalizedText(content: .verbatim(text))
    }

    public func text(_ language: Language) -> String {
        switch content {
        case .message(let message, let arguments):
            return message.key.text(language, arguments.map { $0.text(language) })
        case .label(let label):
            return label.text(language)
        case .sentence(let sentence):
            return sentence.text(language)
        case .verbatim(let text):
            return text
        case .joined(let parts):
            return parts.map { $0.text(language) }.joined()
        }
    }

    /// The two texts one after the other, each worded in the reader's language.
    public static func + (lhs: LocalizedText, rhs: LocalizedText) -> LocalizedText {
        LocalizedText(content: .joined([lhs, rhs]))
    }

    /// The English text.
    public var description: String { text(.en) }
}

/// An error that can say what went wrong in either language; `description` stays English.
public protocol LocalizedDescription: CustomStringConvertible {
    func description(_ language: Language) -> String
}

extension LocalizedDescription {
    public var description: String { description(.en) }
}
