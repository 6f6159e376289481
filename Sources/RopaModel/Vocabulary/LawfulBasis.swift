/// Article 6(1) lawful bases (rättslig grund).
public enum LawfulBasis: String, Vocabulary {
    case consent
    case contract
    case legalObligation
    case vitalInterests
    case publicTask
    case legitimateInterests

    public var label: BilingualLabel {
        switch self {
        case .consent: return .init(en: "Consent", sv: "Samtycke")
        case .contract: return .init(en: "Contract", sv: "Avtal")
        case .legalObligation: return .init(en: "Legal obligation", sv: "Rättslig förpliktelse")
        case .vitalInterests: return .init(en: "Vital interests", sv: "Grundläggande intressen")
        case .publicTask: return .init(en: "Public task", sv: "Allmänt intresse / myndighetsutövning")
        case .legitimateInterests: return .init(en: "Legitimate interests", sv: "Berättigat intresse")
        }
    }

    public var citation: String? {
        switch self {
        case .consent: return "Art 6(1)(a)"
        case .contract: return "Art 6(1)(b)"
        case .legalObligation: return "Art 6(1)(c)"
        case .vitalInterests: return "Art 6(1)(d)"
        case .publicTask: return "Art 6(1)(e)"
        case .legitimateInterests: return "Art 6(1)(f)"
        }
    }
}
