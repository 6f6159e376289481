/// The one catalogue of field labels, in English and Swedish: the form, the detail view, the list tables,
/// `ropa show`, the CSV column headers (which the import reads back) and the Markdown document all name a
/// field from here, so a field is called the same everywhere. A new field adds its case here once.
public enum RegisterField: String, CaseIterable, Sendable {
    // Shared
    case id, name, description, country, contact, activities, transfers, notes, sources

    // Activities (Art 30(1) and 30(2))
    case activity, owner, role, status, legalEntities, controllers, jointControllers, purposes, lawfulBasis
    case legitimateInterests, article9Condition, dataSubjects, dataCategories, specialCategories, highRiskData
    case dataSources, recipients, processors, transferCountries, transferMechanisms, retention, securityMeasures
    case automatedDecisions, profiling, dpiaNeeded, dpiaStatus, dpiaDate, dpiaLink, lastReviewed

    // Processors and sub-processors (Art 28)
    case processor, subprocessor, engagedBy, service, agreementStatus, agreementSigned, agreementReference
    case reviewDue, agreementLastReviewed, clauses, subprocessorAuthorisation, subprocessors, agreementNote
    case approval, approvalDate, noticeDate

    // Transfers (Chapter V)
    case transfer, recipient, recipientType, countryStatus, mechanism, sccModule, sccReference, sccSigned
    case adequacyReference, bcrReference, derogation, derogationDocumentation, transferImpactAssessment
    case supplementaryMeasures

    // Joint controllers (Art 26)
    case jointController, party, partyContact, scope, arrangement, arrangementTitle, arrangementReference
    case arrangementDate, responsibilities, contactPoint

    // Security measures (Art 32)
    case securityMeasure, measureType

    // The organisation (Art 30(1)(a))
    case organisation, controllerContact, dataProtectionOfficer, euRepresentative, supervisoryAuthorities

    // Fields only the form and the detail view show (parts of contacts, lists and groups)
    case email, phone, address, web, note, organisationNumber, leadAuthority, provenance
    case purpose, legitimateInterest, specialCategory, highRisk, retentionText, retentionPeriod, periodAmount
    case periodUnit, periodStart, securityDescription, automatedDecisionsUsed, dpia
    case agreement, clauseLocation, recipientEntity, otherRecipient, safeguard, dataTransferred
    case collectedFrom, dataProvision, provisionRequirement, provisionConsequence
    case objectionPeriodDays, recipientCoverage, recipientCovered, coverageReference, coverageChecked, occasionalTransfers

    // Added in the second round of the legal review: what national law asks, DPIA screening, Art 22, and the
    // fields of the ICO's and the CNIL's templates
    case department, vulnerableDataSubjects, article10Basis, identityNumberJustification, statutoryProvision
    case article22Exception, dpiaCriteria, dpiaIMYListItems, dpiaNotNeededReason, rightsAvailable, consentRecords
    case legitimateInterestsAssessment, systems, storageLocation, retentionPolicy, retentionTrigger, breachLog
    /// The tables' column of structured retention periods with their trigger events.
    case retentionPeriods

    public var label: BilingualLabel {
        switch self {
        case .id: return .init(en: "ID", sv: "ID")
        case .name: return .init(en: "Name", sv: "Namn")
        case .description: return .init(en: "Description", sv: "Beskrivning")
        case .country: return .init(en: "Country", sv: "Land")
        case .contact: return .init(en: "Contact", sv: "Kontaktuppgifter")
        case .activities: return .init(en: "Activities", sv: "Behandlingar")
        case .transfers: return .init(en: "Transfers", sv: "Överföringar")
        case .notes: return .init(en: "Notes", sv: "Anteckningar")
        case .sources: return .init(en: "Sources", sv: "Källhänvisningar")

        case .activity: return .init(en: "Processing activity", sv: "Behandling")
        case .owner: return .init(en: "Owner", sv: "Ansvarig")
        case .role: return .init(en: "Role", sv: "Roll")
        case .status: return .init(en: "Status", sv: "Status")
        case .legalEntities: return .init(en: "Legal entities", sv: "Juridiska personer")
        case .controllers: return .init(en: "Controllers (Art 30(2))", sv: "Personuppgiftsansvariga (art. 30.2)")
        case .jointControllers: return .init(en: "Joint controllers", sv: "Gemensamt personuppgiftsansvariga")
        case .purposes: return .init(en: "Purposes", sv: "Ändamål")
        case .lawfulBasis: return .init(en: "Lawful basis", sv: "Rättslig grund")
        case .legitimateInterests: return .init(en: "Legitimate interests", sv: "Berättigat intresse")
        case .article9Condition: return .init(en: "Art 9 condition", sv: "Villkor enligt art. 9")
        case .dataSubjects: return .init(en: "Data subjects", sv: "Kategorier av registrerade")
        case .dataCategories: return .init(en: "Personal data", sv: "Kategorier av personuppgifter")
        case .specialCategories: return .init(en: "Special categories (Art 9, Art 10)", sv: "Känsliga personuppgifter (art. 9, art. 10)")
        case .highRiskData: return .init(en: "High-risk data", sv: "Uppgifter med hög risk")
        case .dataSources: return .init(en: "Data sources", sv: "Källor till uppgifterna")
        case .recipients: return .init(en: "Recipients", sv: "Kategorier av mottagare")
        case .processors: return .init(en: "Processors", sv: "Personuppgiftsbiträden")
        case .transferCountries: return .init(en: "Transfer countries", sv: "Tredjeländer")
        case .transferMechanisms: return .init(en: "Transfer mechanisms", sv: "Överföringsmekanismer")
        case .retention: return .init(en: "Retention", sv: "Lagringstid")
        case .securityMeasures: return .init(en: "Security measures", sv: "Säkerhetsåtgärder")
        case .automatedDecisions: return .init(en: "Automated decision-making", sv: "Automatiserat beslutsfattande")
        case .profiling: return .init(en: "Profiling", sv: "Profilering")
        case .dpiaNeeded: return .init(en: "DPIA needed", sv: "Konsekvensbedömning krävs")
        case .dpiaStatus: return .init(en: "DPIA status", sv: "Status för konsekvensbedömning")
        case .dpiaDate: return .init(en: "DPIA date", sv: "Datum för konsekvensbedömning")
        case .dpiaLink: return .init(en: "DPIA link", sv: "Länk till konsekvensbedömning")
        case .lastReviewed: return .init(en: "Last reviewed", sv: "Senast granskad")

        case .processor: return .init(en: "Processor", sv: "Personuppgiftsbiträde")
        case .subprocessor: return .init(en: "Sub-processor", sv: "Underbiträde")
        case .engagedBy: return .init(en: "Engaged by", sv: "Anlitat av")
        case .service: return .init(en: "Service", sv: "Tjänst")
        case .agreementStatus: return .init(en: "Agreement status", sv: "Status för biträdesavtal")
        case .agreementSigned: return .init(en: "Agreement signed", sv: "Avtalet undertecknat")
        case .agreementReference: return .init(en: "Agreement reference", sv: "Avtalsreferens")
        case .reviewDue: return .init(en: "Review due", sv: "Nästa granskning")
        case .agreementLastReviewed: return .init(en: "Agreement last reviewed", sv: "Avtalet senast granskat")
        case .clauses: return .init(en: "Art 28(3) clauses", sv: "Klausuler enligt art. 28.3")
        case .subprocessorAuthorisation: return .init(en: "Sub-processor authorisation", sv: "Tillstånd för underbiträden")
        case .subprocessors: return .init(en: "Sub-processors", sv: "Underbiträden")
        case .agreementNote: return .init(en: "Agreement note", sv: "Anteckning om avtalet")
        case .approval: return .init(en: "Approval", sv: "Godkännande")
        case .approvalDate: return .init(en: "Approval date", sv: "Datum för godkännande")
        case .noticeDate: return .init(en: "Notice date", sv: "Datum för förhandsbesked")

        case .transfer: return .init(en: "Transfer", sv: "Överföring")
        case .recipient: return .init(en: "Recipient", sv: "Mottagare")
        case .recipientType: return .init(en: "Recipient type", sv: "Typ av mottagare")
        case .countryStatus: return .init(en: "Country status", sv: "Landets status")
        case .mechanism: return .init(en: "Mechanism", sv: "Överföringsmekanism")
        case .sccModule: return .init(en: "SCC module", sv: "SCC-modul")
        case .sccReference: return .init(en: "SCC reference", sv: "SCC-referens")
        case .sccSigned: return .init(en: "SCC signed", sv: "SCC undertecknade")
        case .adequacyReference: return .init(en: "Adequacy decision", sv: "Adekvansbeslut")
        case .bcrReference: return .init(en: "BCR reference", sv: "BCR-referens")
        case .derogation: return .init(en: "Art 49 derogation", sv: "Undantag enligt art. 49")
        case .derogationDocumentation: return .init(en: "Documentation of suitable safeguards", sv: "Dokumentation av lämpliga skyddsåtgärder")
        case .transferImpactAssessment: return .init(en: "Transfer impact assessment", sv: "Bedömning av överföringens konsekvenser (TIA)")
        case .supplementaryMeasures: return .init(en: "Supplementary measures", sv: "Kompletterande åtgärder")

        case .jointController: return .init(en: "Joint controller", sv: "Gemensamt personuppgiftsansvarig")
        case .party: return .init(en: "Party", sv: "Part")
        case .partyContact: return .init(en: "Party contact", sv: "Partens kontaktuppgifter")
        case .scope: return .init(en: "Scope", sv: "Omfattning")
        case .arrangement: return .init(en: "Arrangement (Art 26)", sv: "Arrangemang (art. 26)")
        case .arrangementTitle: return .init(en: "Arrangement title", sv: "Arrangemangets titel")
        case .arrangementReference: return .init(en: "Arrangement reference", sv: "Referens till arrangemanget")
        case .arrangementDate: return .init(en: "Arrangement date", sv: "Datum för arrangemanget")
        case .responsibilities: return .init(en: "Responsibilities", sv: "Ansvarsfördelning")
        case .contactPoint: return .init(en: "Contact point for data subjects", sv: "Kontaktpunkt för registrerade")

        case .securityMeasure: return .init(en: "Security measure", sv: "Säkerhetsåtgärd")
        case .measureType: return .init(en: "Type", sv: "Typ")

        case .organisation: return .init(en: "Organisation", sv: "Organisation")
        case .controllerContact: return .init(en: "Controller contact", sv: "Personuppgiftsansvarigs kontaktuppgifter")
        case .dataProtectionOfficer: return .init(en: "Data protection officer", sv: "Dataskyddsombud")
        case .euRepresentative: return .init(en: "EU representative", sv: "Företrädare i EU")
        case .supervisoryAuthorities: return .init(en: "Supervisory authorities", sv: "Tillsynsmyndigheter")

        case .email: return .init(en: "E-mail", sv: "E-post")
        case .phone: return .init(en: "Phone", sv: "Telefon")
        case .address: return .init(en: "Address", sv: "Adress")
        case .web: return .init(en: "Web", sv: "Webb")
        case .note: return .init(en: "Note", sv: "Anteckning")
        case .organisationNumber: return .init(en: "Organisation number", sv: "Organisationsnummer")
        case .leadAuthority: return .init(en: "Lead authority", sv: "Ansvarig myndighet")
        case .provenance: return .init(en: "Provenance (field → source)", sv: "Källa (fält → källa)")
        case .purpose: return .init(en: "Purpose", sv: "Ändamål")
        case .legitimateInterest: return .init(en: "Legitimate interest", sv: "Berättigat intresse")
        case .specialCategory: return .init(en: "Special category", sv: "Känslig kategori")
        case .highRisk: return .init(en: "High risk", sv: "Hög risk")
        case .retentionText: return .init(en: "As written", sv: "Som skrivet")
        case .retentionPeriod: return .init(en: "Period", sv: "Tidsperiod")
        case .periodAmount: return .init(en: "Amount", sv: "Antal")
        case .periodUnit: return .init(en: "Unit", sv: "Enhet")
        case .periodStart: return .init(en: "From", sv: "Räknat från")
        case .securityDescription: return .init(en: "Security description", sv: "Säkerhetsbeskrivning")
        case .automatedDecisionsUsed: return .init(en: "Used", sv: "Används")
        case .dpia: return .init(en: "DPIA", sv: "Konsekvensbedömning")
        case .collectedFrom: return .init(en: "Collected from (Art 13/14)", sv: "Insamlade från (art. 13/14)")
        case .dataProvision: return .init(en: "Giving the data (Art 13(2)(e))", sv: "Skyldighet att lämna uppgifterna (art. 13.2 e)")
        case .provisionRequirement: return .init(en: "Requirement", sv: "Krav")
        case .provisionConsequence: return .init(en: "If not given", sv: "Om de inte lämnas")
        case .agreement: return .init(en: "Processor agreement", sv: "Personuppgiftsbiträdesavtal")
        case .clauseLocation: return .init(en: "Where", sv: "Var i avtalet")
        case .recipientEntity: return .init(en: "Processor or joint controller", sv: "Biträde eller gemensamt ansvarig")
        case .otherRecipient: return .init(en: "Other recipient", sv: "Annan mottagare")
        case .safeguard: return .init(en: "Safeguard", sv: "Skyddsåtgärd")
        case .dataTransferred: return .init(en: "Data transferred", sv: "Uppgifter som överförs")
        case .objectionPeriodDays: return .init(en: "Days to object to a new sub-processor", sv: "Dagar att invända mot nytt underbiträde")
        case .recipientCoverage: return .init(en: "Recipient covered by the decision", sv: "Mottagaren omfattas av beslutet")
        case .recipientCovered: return .init(en: "Covered", sv: "Omfattas")
        case .coverageReference: return .init(en: "Where it shows (e.g. DPF listing)", sv: "Var det framgår (t.ex. DPF-listan)")
        case .coverageChecked: return .init(en: "Checked", sv: "Kontrollerat")
        case .occasionalTransfers: return .init(en: "Occasional transfers only (Art 49)", sv: "Endast tillfälliga överföringar (art. 49)")

        case .department: return .init(en: "Business function", sv: "Verksamhetsområde")
        case .vulnerableDataSubjects: return .init(en: "Children or vulnerable data subjects", sv: "Barn eller sårbara registrerade")
        case .article10Basis: return .init(en: "Basis in law for offence data (Art 10)", sv: "Lagstöd för uppgifter om brott (art. 10)")
        case .identityNumberJustification: return .init(en: "Why personnummer are needed", sv: "Skäl för personnummer")
        case .statutoryProvision: return .init(en: "Statutory provision", sv: "Författningsstöd")
        case .article22Exception: return .init(en: "Art 22(2) exception", sv: "Undantag enligt art. 22.2")
        case .dpiaCriteria: return .init(en: "DPIA screening criteria", sv: "Kriterier för konsekvensbedömning")
        case .dpiaIMYListItems: return .init(en: "On IMY's DPIA list (Art 35(4))", sv: "Finns i IMY:s förteckning (art. 35.4)")
        case .dpiaNotNeededReason: return .init(en: "Why no DPIA is needed", sv: "Skäl till att ingen konsekvensbedömning behövs")
        case .rightsAvailable: return .init(en: "Rights available", sv: "De registrerades rättigheter")
        case .consentRecords: return .init(en: "Records of consent", sv: "Dokumentation av samtycken")
        case .legitimateInterestsAssessment: return .init(en: "Legitimate-interests assessment", sv: "Intresseavvägning")
        case .systems: return .init(en: "Systems", sv: "System")
        case .storageLocation: return .init(en: "Where the data is stored", sv: "Var uppgifterna lagras")
        case .retentionPolicy: return .init(en: "Retention policy", sv: "Gallringsplan")
        case .retentionPeriods: return .init(en: "Retention period and trigger", sv: "Lagringsperiod och utgångspunkt")
        case .retentionTrigger: return .init(en: "Retention runs from", sv: "Lagringstiden räknas från")
        case .breachLog: return .init(en: "Breach log", sv: "Incidentlogg")
        }
    }

    public func text(_ language: Language) -> String { label.text(language) }
}
