import RopaModel

/// Words and headings the exports write around the register's values, in English and Swedish.
public enum ExportPhrase: String, CaseIterable, Sendable {
    case title, contents, summary, activitiesHeading, processorsHeading, transfersHeading, jointControllersHeading
    case securityMeasuresHeading, findingsHeading
    case notRecorded, highRisk, leadAuthority, organisationNumber, date, version, noVersion, unrecordedChanges
    case noFindings, noActivities, noProcessors, noTransfers, noJointControllers, noSecurityMeasures
    case severity, rule, entity, field, finding, article, clause, requirement, location, note, appliesTo
    case acceptedFindings, reason, acceptedUntil, acceptedBy

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
        case .noVersion: return .init(en: "no version recorded yet", sv: "ingen version sparad ännu")
        case .unrecordedChanges: return .init(en: "with changes not yet recorded as a version", sv: "med ändringar som ännu inte sparats som version")
        case .noFindings: return .init(en: "No open findings.", sv: "Inga öppna iakttagelser.")
        case .noActivities: return .init(en: "No processing activities are recorded.", sv: "Inga behandlingar är registrerade.")
        case .noProcessors: return .init(en: "No processors are recorded.", sv: "Inga personuppgiftsbiträden är registrerade.")
        case .noTransfers: return .init(en: "No transfers to third countries are recorded.", sv: "Inga överföringar till tredjeland är registrerade.")
        case .noJointControllers: return .init(en: "No joint controllers are recorded.", sv: "Inga gemensamt personuppgiftsansvariga är registrerade.")
        case .noSecurityMeasures: return .init(en: "No security measures are recorded.", sv: "Inga säkerhetsåtgärder är registrerade.")
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
        case .acceptedFindings: return .init(en: "Accepted findings (left out above until the date, with the reason):",
                                             sv: "Godtagna iakttagelser (utelämnade ovan till datumet, med skälet):")
        case .reason: return .init(en: "Reason", sv: "Skäl")
        case .acceptedUntil: return .init(en: "Accepted until", sv: "Godtagen till")
        case .acceptedBy: return .init(en: "Accepted by", sv: "Godtagen av")
        }
    }

    public func text(_ language: Language) -> String { label.text(language) }
}
