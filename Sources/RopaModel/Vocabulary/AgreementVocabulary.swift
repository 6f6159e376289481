/// Where a processor agreement (personuppgiftsbiträdesavtal) stands. `unknown` says that no one has
/// stated whether there is one (a policy silent on it), which asks to find out; `missing` says that it is
/// known there is none, which asks to obtain one.
public enum AgreementStatus: String, Vocabulary {
    case missing, draft, sent, signed, expired, terminated, unknown

    public var label: BilingualLabel {
        switch self {
        case .missing: return .init(en: "Missing", sv: "Saknas")
        case .draft: return .init(en: "Draft", sv: "Utkast")
        case .sent: return .init(en: "Sent", sv: "Skickat")
        case .signed: return .init(en: "Signed", sv: "Undertecknat")
        case .expired: return .init(en: "Expired", sv: "Utgånget")
        case .terminated: return .init(en: "Terminated", sv: "Uppsagt")
        case .unknown: return .init(en: "Unknown / not stated", sv: "Okänt / ej angivet")
        }
    }

    public var citation: String? { "Art 28(3)" }
}

/// What Article 28(3) requires a processor agreement to contain: the opening items of its first
/// subparagraph (subject matter, duration, nature and purpose, types of data, categories of data subjects,
/// the controller's obligations and rights), the eight clauses (a)–(h), and the duty of its second
/// subparagraph to inform the controller of an instruction that infringes the law.
/// Source: Regulation (EU) 2016/679 Art 28(3), EUR-Lex CELEX 32016R0679, checked 2026-12-02.
public enum Article28Clause: String, Vocabulary {
    case subjectMatter, duration, natureAndPurpose, dataTypes, dataSubjectCategories, controllerRights
    case a, b, c, d, e, f, g, h
    case infringingInstructions

    /// The eight lettered clauses (a)–(h).
    public static let lettered: [Article28Clause] = [.a, .b, .c, .d, .e, .f, .g, .h]

    public var label: BilingualLabel {
        switch self {
        case .subjectMatter: return .init(en: "Subject matter of the processing", sv: "Föremålet för behandlingen")
        case .duration: return .init(en: "Duration of the processing", sv: "Behandlingens varaktighet")
        case .natureAndPurpose: return .init(en: "Nature and purpose of the processing", sv: "Behandlingens art och ändamål")
        case .dataTypes: return .init(en: "Types of personal data", sv: "Typ av personuppgifter")
        case .dataSubjectCategories: return .init(en: "Categories of data subjects", sv: "Kategorier av registrerade")
        case .controllerRights: return .init(en: "The controller's obligations and rights", sv: "Den personuppgiftsansvariges skyldigheter och rättigheter")
        case .a: return .init(en: "Acts only on documented instructions, including on transfers", sv: "Behandlar endast enligt dokumenterade instruktioner, även om överföringar")
        case .b: return .init(en: "Persons processing are bound by confidentiality", sv: "Personer som behandlar uppgifterna har tystnadsplikt")
        case .c: return .init(en: "Takes all Art 32 security measures", sv: "Vidtar alla säkerhetsåtgärder enligt art. 32")
        case .d: return .init(en: "Conditions for engaging sub-processors", sv: "Villkor för att anlita underbiträden")
        case .e: return .init(en: "Assists with data-subject rights requests", sv: "Bistår vid de registrerades begäranden")
        case .f: return .init(en: "Assists with Arts 32–36 (security, breaches, DPIA, consultation)", sv: "Bistår med art. 32–36 (säkerhet, incidenter, konsekvensbedömning, samråd)")
        case .g: return .init(en: "Deletes or returns all data at the end of the services", sv: "Raderar eller återlämnar alla uppgifter när tjänsten upphör")
        case .h: return .init(en: "Provides information and allows audits and inspections", sv: "Tillhandahåller information och möjliggör granskningar")
        case .infringingInstructions:
            return .init(en: "Informs at once of instructions that infringe the law",
                         sv: "Informerar genast om instruktioner som strider mot lagen")
        }
    }

    public var citation: String? {
        switch self {
        case .a, .b, .c, .d, .e, .f, .g, .h: return "Art 28(3)(\(rawValue))"
        case .infringingInstructions: return "Art 28(3) second subparagraph"
        default: return "Art 28(3) first subparagraph"
        }
    }

    /// How the item is named in a list: "(a)" for a lettered clause, else its label in lower case.
    public var reference: BilingualLabel {
        if Self.lettered.contains(self) { return .init(en: "(\(rawValue))", sv: "(\(rawValue))") }
        return .init(en: label.en.prefix(1).lowercased() + label.en.dropFirst(), sv: label.sv.prefix(1).lowercased() + label.sv.dropFirst())
    }
}

/// How far a clause of Article 28(3) is found in the agreement.
public enum ClauseStatus: String, Vocabulary {
    case present, partial, missing, notChecked

    public var label: BilingualLabel {
        switch self {
        case .present: return .init(en: "Present", sv: "Finns")
        case .partial: return .init(en: "Partial", sv: "Delvis")
        case .missing: return .init(en: "Missing", sv: "Saknas")
        case .notChecked: return .init(en: "Not checked", sv: "Ej kontrollerad")
        }
    }
}

/// How the controller authorised the engagement of sub-processors (Art 28(2)).
public enum SubprocessorAuthorisation: String, Vocabulary {
    case specific
    case generalWithNotice

    public var label: BilingualLabel {
        switch self {
        case .specific: return .init(en: "Prior specific authorisation", sv: "Särskilt förhandstillstånd")
        case .generalWithNotice: return .init(en: "General authorisation with notice", sv: "Allmänt tillstånd med förhandsbesked")
        }
    }

    public var citation: String? { "Art 28(2)" }
}

/// Whether the controller has approved a sub-processor.
public enum ApprovalStatus: String, Vocabulary {
    case approved, pending, objected, notRequested

    public var label: BilingualLabel {
        switch self {
        case .approved: return .init(en: "Approved", sv: "Godkänt")
        case .pending: return .init(en: "Pending", sv: "Inväntar beslut")
        case .objected: return .init(en: "Objected", sv: "Invändning gjord")
        case .notRequested: return .init(en: "Not requested", sv: "Ej begärt")
        }
    }
}
