/// The organisation's role in a processing activity: Art 30(1) for controllers, Art 30(2) for processors.
public enum ProcessingRole: String, Vocabulary {
    case controller
    case jointController
    case processor

    public var label: BilingualLabel {
        switch self {
        case .controller: return .init(en: "Controller", sv: "Personuppgiftsansvarig")
        case .jointController: return .init(en: "Joint controller", sv: "Gemensamt personuppgiftsansvarig")
        case .processor: return .init(en: "Processor", sv: "Personuppgiftsbiträde")
        }
    }

    public var citation: String? { self == .processor ? "Art 30(2)" : "Art 30(1)" }
}

/// Where an activity stands in its life.
public enum ActivityStatus: String, Vocabulary {
    case draft, active, retired

    public var label: BilingualLabel {
        switch self {
        case .draft: return .init(en: "Draft", sv: "Utkast")
        case .active: return .init(en: "Active", sv: "Aktiv")
        case .retired: return .init(en: "Retired", sv: "Avslutad")
        }
    }
}

/// A yes / no / not yet known answer, so a register can say "unknown" instead of guessing.
public enum Answer: String, Vocabulary {
    case yes, no, unknown

    public var label: BilingualLabel {
        switch self {
        case .yes: return .init(en: "Yes", sv: "Ja")
        case .no: return .init(en: "No", sv: "Nej")
        case .unknown: return .init(en: "Unknown", sv: "Okänt")
        }
    }
}

/// Progress of a data protection impact assessment (Art 35).
public enum DPIAStatus: String, Vocabulary {
    case notStarted, inProgress, done

    public var label: BilingualLabel {
        switch self {
        case .notStarted: return .init(en: "Not started", sv: "Ej påbörjad")
        case .inProgress: return .init(en: "In progress", sv: "Pågår")
        case .done: return .init(en: "Done", sv: "Klar")
        }
    }

    public var citation: String? { "Art 35" }
}

/// Units of a structured retention period.
public enum PeriodUnit: String, Vocabulary {
    case days, weeks, months, years

    public var label: BilingualLabel {
        switch self {
        case .days: return .init(en: "days", sv: "dagar")
        case .weeks: return .init(en: "weeks", sv: "veckor")
        case .months: return .init(en: "months", sv: "månader")
        case .years: return .init(en: "years", sv: "år")
        }
    }

    /// Approximate length in days, for comparing periods written in different units.
    public var approximateDays: Int {
        switch self {
        case .days: return 1
        case .weeks: return 7
        case .months: return 30
        case .years: return 365
        }
    }
}

/// Whether a security measure is technical or organisational (Art 32).
public enum SecurityMeasureKind: String, Vocabulary {
    case technical, organisational, physical

    public var label: BilingualLabel {
        switch self {
        case .technical: return .init(en: "Technical", sv: "Teknisk")
        case .organisational: return .init(en: "Organisational", sv: "Organisatorisk")
        case .physical: return .init(en: "Physical", sv: "Fysisk")
        }
    }
}

/// Whether an Art 26 arrangement exists.
public enum ArrangementStatus: String, Vocabulary {
    /// `unknown`: whether there is an arrangement is not stated (find out); `missing`: known not to exist.
    case inPlace, missing, unknown

    public var label: BilingualLabel {
        switch self {
        case .inPlace: return .init(en: "In place", sv: "Finns")
        case .missing: return .init(en: "Missing", sv: "Saknas")
        case .unknown: return .init(en: "Unknown / not stated", sv: "Okänt / ej angivet")
        }
    }

    public var citation: String? { "Art 26" }
}
