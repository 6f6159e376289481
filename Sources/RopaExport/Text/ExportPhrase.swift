import RopaModel

/// Words, headings and column names the exports write around the register's values, in English and Swedish.
/// Sentences are `ExportSentence`.
public enum ExportPhrase: String, CaseIterable, Sendable {
    case title, contents, summary, activitiesHeading, processorsHeading, transfersHeading, jointControllersHeading
    case securityMeasuresHeading, findingsHeading
    case notRecorded, highRisk, leadAuthority, organisationNumber, date, version
    case severity, rule, entity, field, finding, article, clause, requirement, location, note, appliesTo
    case reason, acceptedUntil, acceptedBy

    public var label: BilingualLabel {
        switch self {
        case .title: return .init(en: "Record of processing activities", sv: "Register över behandlingar")
        case .contents: return .init(en: "Contents", sv: "Innehåll")
        case .summary: return .init(en: "Summary", sv: "Sammanfattning")
        case .activitiesHeading: return .init(en: "Processing activities", sv: "Behandlingar")
        case .processorsHeading: return .init(en: "Processors and sub-processors", sv: "Personuppgiftsbiträden och underbiträden")
        case .transfersHeading: return .init(en: "Transfers to third countries", sv: "Överföringar till tredjeland")
        case .jointControllersHeading: return .init(en: "Joint controllers", sv: "Gemensamt personuppgiftsansvariga")
        case .securityMeasuresHeading: return .init(en: "Security measures", sv: "Säkerhetsåtgärder")
        case .findingsHeading: return .init(en: "Appendix: open findings", sv: "Bilaga: öppna iakttagelser")
        case .notRecorded: return .init(en: "Not recorded", sv: "Ej angivet")
        case .highRisk: return .init(en: "high risk", sv: "hög risk")
        case .leadAuthority: return .init(en: "lead authority", sv: "ansvarig tillsynsmyndighet")
        case .organisationNumber: return .init(en: "organisation number", sv: "organisationsnummer")
        case .date: return .init(en: "Date", sv: "Datum")
        case .version: return .init(en: "Version", sv: "Version")
        case .severity: return .init(en: "Severity", sv: "Allvarlighetsgrad")
        case .rule: return .init(en: "Rule", sv: "Regel")
        case .entity: return .init(en: "Entry", sv: "Post")
        case .field: return .init(en: "Field", sv: "Fält")
        case .finding: return .init(en: "Finding", sv: "Iakttagelse")
        case .article: return .init(en: "Article", sv: "Artikel")
        case .clause: return .init(en: "Clause", sv: "Klausul")
        case .requirement: return .init(en: "Requirement", sv: "Krav")
        case .location: return .init(en: "Location", sv: "Plats i avtalet")
        case .note: return .init(en: "Note", sv: "Anteckning")
        case .appliesTo: return .init(en: "applies to", sv: "gäller")
        case .reason: return .init(en: "Reason", sv: "Skäl")
        case .acceptedUntil: return .init(en: "Accepted until", sv: "Godtagen till")
        case .acceptedBy: return .init(en: "Accepted by", sv: "Godtagen av")
        }
    }

    public func text(_ language: Language) -> String { label.text(language) }
}
