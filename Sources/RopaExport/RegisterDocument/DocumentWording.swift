import RopaModel

/// How the register's values read in a document for people, in one language: as `ValueText` words them,
/// but with citations as each language writes them ("Art 6(1)(b)" in English, "art. 6.1 b" in Swedish)
/// and the Commission's decisions named in Swedish in a Swedish document. The CSV keeps ropa's own
/// citations, since the import reads them back; a document is only read by people.
struct DocumentWording {
    let text: ValueText

    var language: Language { text.language }
    var notRecorded: String { text.notRecorded }

    func phrase(_ phrase: ExportPhrase) -> String { text.phrase(phrase) }
    func phrase(_ phrase: RegisterDocumentPhrase) -> String { phrase.text(language) }
    func sentence(_ sentence: ExportSentence) -> String { text.sentence(sentence) }
    func label(_ field: ExportField) -> String { field.text(language) }
    func label<Term: Vocabulary>(_ term: Term) -> String { text.label(term) }
    func label<Term: Vocabulary>(_ term: Term?) -> String { text.label(term) }

    /// "Consent (Art 6(1)(a))" / "Samtycke (art. 6.1 a)".
    func cited<Term: Vocabulary>(_ term: Term) -> String {
        text.cited(term, citation: citation)
    }

    /// A label with the Art 30 point it answers: "Purposes (Art 30(1)(b))" / "Ändamål (art. 30.1 b)".
    func label(_ field: ExportField, point: String) -> String {
        "\(label(field)) (\(citation(point)))"
    }

    /// A citation as the document's language writes it.
    func citation(_ citation: String) -> String {
        Citation.text(citation, language)
    }

    /// The mechanism of a transfer with what identifies it, as `ValueText.safeguard` words it.
    func safeguard(_ safeguard: TransferSafeguard) -> String {
        text.safeguard(safeguard, citation: citation, decision: decision)
    }

    /// A Commission decision named as the document's language names it: "Commission Implementing Decision
    /// (EU) 2021/914" is "kommissionens genomförandebeslut (EU) 2021/914" in Swedish.
    func decision(_ reference: String) -> String {
        guard language == .sv else { return reference }
        let names = [("Commission Implementing Decision", "kommissionens genomförandebeslut"),
                     ("Commission Decision", "kommissionens beslut")]
        for (english, swedish) in names where reference.hasPrefix(english) {
            return swedish + reference.dropFirst(english.count)
        }
        return reference
    }
}

/// Words of the register document besides the field labels and headings the exports share; its sentences
/// are `ExportSentence`.
public enum RegisterDocumentPhrase: String, CaseIterable, Sendable {
    case controller, organisationHeading, wholeEntry, preparedOn, registerVersion

    public var label: BilingualLabel {
        switch self {
        case .controller: return .init(en: "Controller", sv: "Personuppgiftsansvarig")
        case .organisationHeading: return .init(en: "The controller", sv: "Den personuppgiftsansvarige")
        case .wholeEntry: return .init(en: "the entry as a whole", sv: "posten i sin helhet")
        case .preparedOn: return .init(en: "Prepared on", sv: "Upprättad")
        case .registerVersion: return .init(en: "Register version", sv: "Registrets version")
        }
    }

    public func text(_ language: Language) -> String { label.text(language) }
}
