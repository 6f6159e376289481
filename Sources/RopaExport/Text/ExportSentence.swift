import RopaModel

/// Sentences, and the parts of one, that the exports write around the register's values: what an empty
/// section says, the version line's tail, the notes of the register document. Names and headings are
/// `ExportPhrase` and `RegisterDocumentPhrase` (labels); these are `BilingualText`.
public enum ExportSentence: String, CaseIterable, Sendable {
    case noVersion, unrecordedChanges, noFindings, noActivities, noProcessors, noTransfers, noJointControllers
    case noSecurityMeasures, acceptedFindings, notRecordedNote, contactsOnFirstPage

    public var sentence: BilingualText {
        switch self {
        case .noVersion: return .init(en: "no version recorded yet", sv: "ingen version sparad ännu")
        case .unrecordedChanges: return .init(en: "with changes not yet recorded as a version", sv: "med ändringar som ännu inte sparats som version")
        case .noFindings: return .init(en: "No open findings.", sv: "Inga öppna iakttagelser.")
        case .noActivities: return .init(en: "No processing activities are recorded.", sv: "Inga behandlingar är registrerade.")
        case .noProcessors: return .init(en: "No processors are recorded.", sv: "Inga personuppgiftsbiträden är registrerade.")
        case .noTransfers: return .init(en: "No transfers to third countries are recorded.", sv: "Inga överföringar till tredjeland är registrerade.")
        case .noJointControllers: return .init(en: "No joint controllers are recorded.", sv: "Inga gemensamt personuppgiftsansvariga är registrerade.")
        case .noSecurityMeasures: return .init(en: "No security measures are recorded.", sv: "Inga säkerhetsåtgärder är registrerade.")
        case .acceptedFindings: return .init(en: "Accepted findings (left out above until the date, with the reason):",
                                             sv: "Godtagna iakttagelser (utelämnade ovan till datumet, med skälet):")
        case .notRecordedNote:
            return .init(en: "“Not recorded” marks a point of Article 30 the register does not yet answer.",
                         sv: "”Ej angivet” markerar en punkt i artikel 30 som registret ännu inte besvarar.")
        case .contactsOnFirstPage:
            return .init(en: "Contact details of the controller and the data protection officer: see “The controller”.",
                         sv: "Kontaktuppgifter till den personuppgiftsansvarige och dataskyddsombudet: se ”Den personuppgiftsansvarige”.")
        }
    }

    public func text(_ language: Language) -> String { sentence.text(language) }
}
