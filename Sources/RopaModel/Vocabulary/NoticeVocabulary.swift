/// Whether a person must give the data, and why (Art 13(2)(e)): the law requires it, a contract requires
/// it, it is needed to enter into a contract, or giving it is voluntary.
public enum ProvisionRequirement: String, Vocabulary {
    case statutory
    case contractual
    case contractPrerequisite
    case voluntary

    public var label: BilingualLabel {
        switch self {
        case .statutory: return .init(en: "Required by law", sv: "Krävs enligt lag")
        case .contractual: return .init(en: "Required by a contract", sv: "Krävs enligt avtal")
        case .contractPrerequisite: return .init(en: "Needed to enter into a contract", sv: "Krävs för att ingå avtal")
        case .voluntary: return .init(en: "Voluntary", sv: "Frivilligt")
        }
    }

    public var citation: String? { "Art 13(2)(e)" }
}

/// Where an activity's data comes from: the person it is about (Art 13), other sources (Art 14), or both.
public enum CollectionSource: String, Vocabulary {
    case dataSubject
    case otherSources
    case both

    public var label: BilingualLabel {
        switch self {
        case .dataSubject: return .init(en: "From the person", sv: "Från den registrerade")
        case .otherSources: return .init(en: "From other sources", sv: "Från andra källor")
        case .both: return .init(en: "From the person and other sources", sv: "Från den registrerade och andra källor")
        }
    }

    public var citation: String? {
        switch self {
        case .dataSubject: return "Art 13"
        case .otherSources: return "Art 14"
        case .both: return "Art 13, Art 14"
        }
    }
}
