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
