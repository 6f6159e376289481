/// Article 9(2) conditions that lift the ban on processing special categories.
public enum Article9Condition: String, Vocabulary {
    case explicitConsent
    case employmentAndSocialSecurity
    case vitalInterests
    case notForProfitBody
    case manifestlyPublic
    case legalClaims
    case substantialPublicInterest
    case healthOrSocialCare
    case publicHealth
    case archivingResearchStatistics

    public var label: BilingualLabel {
        switch self {
        case .explicitConsent: return .init(en: "Explicit consent", sv: "Uttryckligt samtycke")
        case .employmentAndSocialSecurity: return .init(en: "Employment and social security law", sv: "Arbetsrätt och social trygghet")
        case .vitalInterests: return .init(en: "Vital interests", sv: "Grundläggande intressen")
        case .notForProfitBody: return .init(en: "Not-for-profit body", sv: "Ideell organisation")
        case .manifestlyPublic: return .init(en: "Made manifestly public", sv: "Offentliggjorda av den registrerade")
        case .legalClaims: return .init(en: "Legal claims", sv: "Rättsliga anspråk")
        case .substantialPublicInterest: return .init(en: "Substantial public interest", sv: "Viktigt allmänt intresse")
        case .healthOrSocialCare: return .init(en: "Health or social care", sv: "Hälso- och sjukvård, social omsorg")
        case .publicHealth: return .init(en: "Public health", sv: "Folkhälsa")
        case .archivingResearchStatistics: return .init(en: "Archiving, research, statistics", sv: "Arkiv, forskning, statistik")
        }
    }

    public var citation: String? {
        switch self {
        case .explicitConsent: return "Art 9(2)(a)"
        case .employmentAndSocialSecurity: return "Art 9(2)(b)"
        case .vitalInterests: return "Art 9(2)(c)"
        case .notForProfitBody: return "Art 9(2)(d)"
        case .manifestlyPublic: return "Art 9(2)(e)"
        case .legalClaims: return "Art 9(2)(f)"
        case .substantialPublicInterest: return "Art 9(2)(g)"
        case .healthOrSocialCare: return "Art 9(2)(h)"
        case .publicHealth: return "Art 9(2)(i)"
        case .archivingResearchStatistics: return "Art 9(2)(j)"
        }
    }
}

/// Article 9(1) special categories of personal data (känsliga personuppgifter), and Article 10 data.
public enum SpecialCategory: String, Vocabulary {
    case racialOrEthnicOrigin
    case politicalOpinions
    case religiousOrPhilosophicalBeliefs
    case tradeUnionMembership
    case genetic
    case biometric
    case health
    case sexLifeOrOrientation
    case criminalOffences

    public var label: BilingualLabel {
        switch self {
        case .racialOrEthnicOrigin: return .init(en: "Racial or ethnic origin", sv: "Ras eller etniskt ursprung")
        case .politicalOpinions: return .init(en: "Political opinions", sv: "Politiska åsikter")
        case .religiousOrPhilosophicalBeliefs: return .init(en: "Religious or philosophical beliefs", sv: "Religiös eller filosofisk övertygelse")
        case .tradeUnionMembership: return .init(en: "Trade-union membership", sv: "Medlemskap i fackförening")
        case .genetic: return .init(en: "Genetic data", sv: "Genetiska uppgifter")
        case .biometric: return .init(en: "Biometric data for identification", sv: "Biometriska uppgifter för identifiering")
        case .health: return .init(en: "Health", sv: "Hälsa")
        case .sexLifeOrOrientation: return .init(en: "Sex life or sexual orientation", sv: "Sexualliv eller sexuell läggning")
        case .criminalOffences: return .init(en: "Criminal convictions and offences", sv: "Lagöverträdelser")
        }
    }

    public var citation: String? { self == .criminalOffences ? "Art 10" : "Art 9(1)" }

    /// Article 10 data needs a legal basis in national law, not an Art 9(2) condition.
    public var needsArticle9Condition: Bool { self != .criminalOffences }
}
