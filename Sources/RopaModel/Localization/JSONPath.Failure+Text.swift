import RopaJSON

/// The words for a path that cannot be set (`ropa set`, the UI's forms), in either language.
extension JSONPath.Failure: LocalizedDescription {
    public var text: LocalizedText {
        switch self {
        case .noElement(let walked, let key):
            return LocalizedText(.editNoElement, walked.joined(separator: "."), TerminalText.escape(key))
        case .notAContainer(let walked, let key, let found):
            let here = (walked + [key]).joined(separator: ".")
            return LocalizedText(.editNotAContainer, arguments: [.verbatim(here), .verbatim(walked.joined(separator: ".")), JSONValue.typeText(found)])
        }
    }

    public func description(_ language: Language) -> String {
        text.text(language)
    }
}
