/// How a transfer to a third country is made lawful (Chapter V).
public enum TransferMechanism: String, Vocabulary {
    case adequacy
    case standardContractualClauses
    case bindingCorporateRules
    case codeOfConduct
    case certification
    case derogation
    /// Contractual clauses authorised by the supervisory authority (Art 46(3)(a)).
    case adHocClauses
    /// Known to rest on no safeguard at all: validation asks to obtain one.
    case none
    /// Not stated (a policy silent on it): validation asks to find out.
    case unknown

    public var label: BilingualLabel {
        switch self {
        case .adequacy: return .init(en: "Adequacy decision", sv: "Adekvansbeslut")
        case .standardContractualClauses: return .init(en: "Standard contractual clauses (SCC)", sv: "Standardavtalsklausuler (SCC)")
        case .bindingCorporateRules: return .init(en: "Binding corporate rules", sv: "Bindande företagsbestämmelser")
        case .codeOfConduct: return .init(en: "Code of conduct", sv: "Uppförandekod")
        case .certification: return .init(en: "Certification", sv: "Certifiering")
        case .derogation: return .init(en: "Art 49 derogation", sv: "Undantag enligt art. 49")
        case .adHocClauses: return .init(en: "Authorised contractual clauses", sv: "Godkända avtalsklausuler")
        case .none: return .init(en: "None", sv: "Ingen")
        case .unknown: return .init(en: "Unknown / not stated", sv: "Okänd / ej angiven")
        }
    }

    public var citation: String? {
        switch self {
        case .adequacy: return "Art 45"
        case .standardContractualClauses: return "Art 46(2)(c)"
        case .bindingCorporateRules: return "Art 47"
        case .codeOfConduct: return "Art 46(2)(e)"
        case .certification: return "Art 46(2)(f)"
        case .derogation: return "Art 49"
        case .adHocClauses: return "Art 46(3)(a)"
        case .none, .unknown: return nil
        }
    }

    /// The appropriate safeguards of Art 46, each of which needs a transfer impact assessment
    /// (C-311/18 Schrems II; EDPB Recommendations 01/2020).
    public var isArticle46Safeguard: Bool {
        switch self {
        case .standardContractualClauses, .bindingCorporateRules, .codeOfConduct, .certification, .adHocClauses: return true
        case .adequacy, .derogation, .none, .unknown: return false
        }
    }
}

/// The four modules of the 2021 standard contractual clauses.
public enum SCCModule: String, Vocabulary {
    case module1 = "1"
    case module2 = "2"
    case module3 = "3"
    case module4 = "4"

    public var label: BilingualLabel {
        switch self {
        case .module1: return .init(en: "Module 1: controller to controller", sv: "Modul 1: personuppgiftsansvarig till personuppgiftsansvarig")
        case .module2: return .init(en: "Module 2: controller to processor", sv: "Modul 2: personuppgiftsansvarig till personuppgiftsbiträde")
        case .module3: return .init(en: "Module 3: processor to processor", sv: "Modul 3: personuppgiftsbiträde till personuppgiftsbiträde")
        case .module4: return .init(en: "Module 4: processor to controller", sv: "Modul 4: personuppgiftsbiträde till personuppgiftsansvarig")
        }
    }

    /// The Commission decision the 2021 clauses come from, used when a transfer names no other.
    public static let defaultReference = "Commission Implementing Decision (EU) 2021/914"
}

/// Article 49(1) derogations for specific situations.
public enum Article49Derogation: String, Vocabulary {
    case explicitConsent
    case contractWithDataSubject
    case contractInInterestOfDataSubject
    case importantPublicInterest
    case legalClaims
    case vitalInterests
    case publicRegister
    case compellingLegitimateInterests

    public var label: BilingualLabel {
        switch self {
        case .explicitConsent: return .init(en: "Explicit consent", sv: "Uttryckligt samtycke")
        case .contractWithDataSubject: return .init(en: "Contract with the data subject", sv: "Avtal med den registrerade")
        case .contractInInterestOfDataSubject: return .init(en: "Contract in the data subject's interest", sv: "Avtal i den registrerades intresse")
        case .importantPublicInterest: return .init(en: "Important public interest", sv: "Viktigt allmänintresse")
        case .legalClaims: return .init(en: "Legal claims", sv: "Rättsliga anspråk")
        case .vitalInterests: return .init(en: "Vital interests", sv: "Grundläggande intressen")
        case .publicRegister: return .init(en: "Public register", sv: "Offentligt register")
        case .compellingLegitimateInterests: return .init(en: "Compelling legitimate interests", sv: "Tvingande berättigade intressen")
        }
    }

    public var citation: String? {
        switch self {
        case .explicitConsent: return "Art 49(1)(a)"
        case .contractWithDataSubject: return "Art 49(1)(b)"
        case .contractInInterestOfDataSubject: return "Art 49(1)(c)"
        case .importantPublicInterest: return "Art 49(1)(d)"
        case .legalClaims: return "Art 49(1)(e)"
        case .vitalInterests: return "Art 49(1)(f)"
        case .publicRegister: return "Art 49(1)(g)"
        case .compellingLegitimateInterests: return "Art 49(1) second subparagraph"
        }
    }
}

/// Who receives a transfer.
public enum TransferRecipientKind: String, Vocabulary {
    case processor
    case jointController
    case other
    /// An international organisation (Art 4(26)): `recipient.id` names it in the reference data; no country.
    case internationalOrganisation

    public var label: BilingualLabel {
        switch self {
        case .processor: return .init(en: "Processor or sub-processor", sv: "Personuppgiftsbiträde eller underbiträde")
        case .jointController: return .init(en: "Joint controller", sv: "Gemensamt personuppgiftsansvarig")
        case .other: return .init(en: "Other recipient", sv: "Annan mottagare")
        case .internationalOrganisation: return .init(en: "International organisation", sv: "Internationell organisation")
        }
    }
}
