/// Why an automated decision may be taken: the exceptions of Art 22(2) to the right in Art 22(1), or that the
/// decision is outside Art 22(1) (not solely automated, or without legal or similarly significant effect).
/// Source: Regulation (EU) 2016/679 Art 22, EUR-Lex CELEX 32016R0679, checked 2026-12-02.
public enum Article22Exception: String, Vocabulary {
    case contract
    case authorisedByLaw
    case explicitConsent
    case outsideArticle22

    public var label: BilingualLabel {
        switch self {
        case .contract: return .init(en: "Necessary for a contract with the person", sv: "Nödvändigt för ett avtal med den registrerade")
        case .authorisedByLaw: return .init(en: "Authorised by Union or national law", sv: "Tillåtet enligt unionsrätten eller nationell rätt")
        case .explicitConsent: return .init(en: "Explicit consent", sv: "Uttryckligt samtycke")
        case .outsideArticle22:
            return .init(en: "Not under Art 22(1): not solely automated, or no legal or similarly significant effect",
                         sv: "Omfattas inte av art. 22.1: inte enbart automatiserat, eller utan rättsliga följder eller liknande betydande påverkan")
        }
    }

    public var citation: String? {
        switch self {
        case .contract: return "Art 22(2)(a)"
        case .authorisedByLaw: return "Art 22(2)(b)"
        case .explicitConsent: return "Art 22(2)(c)"
        case .outsideArticle22: return "Art 22(1)"
        }
    }
}
