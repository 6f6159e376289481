import RopaModel

/// How register values read in an export, for readers that must recognise them again: the CSV import maps
/// "Standard contractual clauses (SCC) (Art 46(2)(c)), …" back to a transfer, "IST Group AB (556254-0806)" to
/// a legal entity. It is the exports' own wording, so the two cannot drift apart (a joint controller's
/// "LinkedIn (LinkedIn Ireland Unlimited Company)" is the model's `JointController.displayName`).
public struct ExportText: Sendable {
    private let text: ValueText

    public init(register: Register, language: Language) {
        text = ValueText(language: language, index: RegisterIndex(register))
    }

    public var language: Language { text.language }

    /// "Not recorded": what a list shows for a value that is missing, such as a purpose without a basis.
    public var notRecorded: String { text.notRecorded }

    /// "Consent (Art 6(1)(a))": a vocabulary label with its article.
    public func cited<Term: Vocabulary>(_ term: Term) -> String { text.cited(term) }

    /// "United States (US)"; a code the reference data does not know as written; "" for none.
    public func country(_ code: String?) -> String { text.country(code) }

    /// The mechanism of a transfer with what identifies it (SCC module and decision, adequacy decision, …).
    public func safeguard(_ safeguard: TransferSafeguard) -> String { text.safeguard(safeguard) }

    /// "IST Group AB (556254-0806)", the same in every language.
    public static func legalEntity(_ entity: LegalEntity) -> String { ValueText.legalEntity(entity) }

    /// "Name (contact)" for a party outside the organisation.
    public func party(_ party: ExternalParty) -> String { text.party(party) }
}
