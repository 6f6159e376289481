/// The rights of data subjects (Chapter III, and withdrawing consent under Art 7(3)), as a register lists the
/// rights available for an activity (the ICO's and the CNIL's templates).
public enum DataSubjectRight: String, Vocabulary {
    case access, rectification, erasure, restriction, portability, objection, withdrawConsent, humanIntervention

    public var label: BilingualLabel {
        switch self {
        case .access: return .init(en: "Access", sv: "Tillgång")
        case .rectification: return .init(en: "Rectification", sv: "Rättelse")
        case .erasure: return .init(en: "Erasure", sv: "Radering")
        case .restriction: return .init(en: "Restriction", sv: "Begränsning")
        case .portability: return .init(en: "Data portability", sv: "Dataportabilitet")
        case .objection: return .init(en: "Objection", sv: "Invändning")
        case .withdrawConsent: return .init(en: "Withdraw consent", sv: "Återkalla samtycke")
        case .humanIntervention: return .init(en: "Human intervention in automated decisions", sv: "Mänskligt ingripande i automatiserade beslut")
        }
    }

    public var citation: String? {
        switch self {
        case .access: return "Art 15"
        case .rectification: return "Art 16"
        case .erasure: return "Art 17"
        case .restriction: return "Art 18"
        case .portability: return "Art 20"
        case .objection: return "Art 21"
        case .withdrawConsent: return "Art 7(3)"
        case .humanIntervention: return "Art 22(3)"
        }
    }
}

/// The rights available for an activity: those its lawful bases give, unless the register overrides them.
public enum DataSubjectRights {
    /// The rights the activity's lawful bases give. Access, rectification and restriction hold for every basis;
    /// erasure not for a legal obligation or a public task (Art 17(3)(b)); portability only for consent and
    /// contract (Art 20(1)(a)); objection only for a public task and legitimate interests (Art 21(1));
    /// withdrawing consent for consent (Art 7(3)); human intervention for Art 22(2)(a) and (c) decisions
    /// (Art 22(3)). Regulation (EU) 2016/679, EUR-Lex CELEX 32016R0679; the ICO's table of rights per lawful
    /// basis says the same. A processor record has none of its own: people exercise them with the controllers.
    public static func derived(_ activity: Activity) -> [DataSubjectRight] {
        guard activity.role != .processor else { return [] }
        // What the bases allow, as flags: sets of these enums hash their raw strings, and a document asks
        // this for every activity (a twentieth of a large register's Markdown export).
        var erasure = false, portability = false, objection = false, withdrawConsent = false
        for purpose in activity.purposes {
            guard let basis = purpose.lawfulBasis else { continue }
            if basis != .legalObligation && basis != .publicTask { erasure = true }
            if basis == .consent || basis == .contract { portability = true }
            if basis == .publicTask || basis == .legitimateInterests { objection = true }
            if basis == .consent { withdrawConsent = true }
        }
        var humanIntervention = false
        if let automated = activity.automatedDecisionMaking, automated.used == .yes,
           automated.exception == .contract || automated.exception == .explicitConsent {
            humanIntervention = true
        }
        return DataSubjectRight.allCases.filter { right in
            switch right {
            case .access, .rectification, .restriction: return true
            case .erasure: return erasure
            case .portability: return portability
            case .objection: return objection
            case .withdrawConsent: return withdrawConsent
            case .humanIntervention: return humanIntervention
            }
        }
    }

    /// The rights the register states for the activity, or else (none stated, or an empty list) those its lawful bases give.
    public static func available(_ activity: Activity) -> [DataSubjectRight] {
        activity.rightsAvailable.flatMap { $0.isEmpty ? nil : $0 } ?? derived(activity)
    }
}
