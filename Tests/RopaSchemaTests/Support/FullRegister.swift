import RopaModel

/// A register in which every optional field of every kind of file is set, so that a schema test sees
/// each property at least once (the seed registers leave many out).
enum FullRegister {
    static func make() -> Register {
        let contact = Contact(name: "Dana Dataskydd", role: "DSO", email: "dso@exempel.se", phone: "0470-123 45",
                              address: "Storgatan 1, 352 34 Växjö", url: "https://exempel.se", note: "Svarar inom en vecka")
        let organisation = Organisation(
            id: "organisation", name: "Exempel AB",
            legalEntities: [LegalEntity(id: "exempel-ab", name: "Exempel AB", organisationNumber: "556254-0806",
                                        address: "Storgatan 1", country: "SE")],
            contact: contact, dataProtectionOfficer: contact, euRepresentative: contact,
            supervisoryAuthorities: [SupervisoryAuthority(id: "imy", name: "Integritetsskyddsmyndigheten", country: "SE",
                                                          url: "https://www.imy.se", lead: true)],
            breachLog: "https://exempel.se/incidentlogg", notes: "Anteckning", provenance: ["record": "test"])
        let activity = Activity(
            id: "kundservice", name: "Kundservice", description: "Beskrivning", role: .processor,
            legalEntityIds: ["exempel-ab"],
            controllers: [ExternalParty(id: "kund", name: "Kund AB", contact: contact)],
            jointControllerIds: ["linkedin"],
            purposes: [Purpose(id: "svara", description: "Svara", lawfulBasis: .legitimateInterests,
                               legitimateInterest: "Intresse", article9Condition: .explicitConsent,
                               statutoryProvision: "bokföringslagen (1999:1078) 7 kap. 2 §")],
            dataSubjects: ["Kunder"],
            dataCategories: [DataCategory(id: "halsa", name: "Hälsa", specialCategory: .health, highRisk: true)],
            dataSources: ["Kunden"], collectedFrom: .both, recipients: ["Leverantörer"], processorIds: ["arendesystem"], transferIds: ["overforing"],
            retention: [RetentionRule(id: "arenden", dataCategoryIds: ["halsa"], text: "90 dagar",
                                      period: RetentionPeriod(amount: 90, unit: .days, startingEvent: "avslutat ärende"))],
            securityMeasureIds: ["kryptering"], securityDescription: "Allmän beskrivning",
            automatedDecisionMaking: AutomatedDecisionMaking(used: .no, profiling: .unknown, description: "Ingen", exception: .outsideArticle22),
            dataProvision: DataProvision(requirement: .contractual, consequence: "Vi kan inte svara"),
            dpia: DPIA(needed: .yes, status: .done, link: "https://exempel.se/dpia", date: "2026-01-10",
                       criteria: [.sensitiveData, .largeScale], imyListItems: [.whistleblowingSystem], notNeededReason: "Gjord ändå"),
            owner: "Kundservicechef", status: .active, lastReviewed: "2026-01-15",
            department: "Kundservice", vulnerableDataSubjects: false, article10Basis: "förordning (2018:219)",
            identityNumberJustification: "Säker identifiering", rightsAvailable: [.access, .erasure],
            consentRecords: "https://exempel.se/samtycken", legitimateInterestsAssessment: "https://exempel.se/lia",
            systems: ["Ärendesystemet"], storageLocation: "Sverige", retentionPolicy: "https://exempel.se/gallring", notes: "Anteckning",
            provenance: ["purposes": "policy 3.1"])
        let processor = Processor(
            id: "arendesystem", name: "Ärendesystem AB", service: "Ärenden", country: "SE", contact: contact,
            agreement: ProcessorAgreement(status: .signed, signedDate: "2025-09-01", reference: "PUB-1", reviewDue: "2026-09-01",
                                          lastReviewed: "2025-09-01",
                                          clauses: ["a": ClauseCheck(status: .present, note: "ok", location: "§ 1")],
                                          subprocessorAuthorisation: .generalWithNotice, note: "Avtal"),
            notes: "Anteckning", provenance: ["record": "avtal"])
        let subprocessor = Processor(
            id: "moln", name: "Moln Inc.", country: "US", parentProcessorId: "arendesystem",
            approval: SubprocessorApproval(status: .approved, date: "2025-09-15", noticeDate: "2025-09-01"))
        let transfer = Transfer(
            id: "overforing", name: "Drift i USA", recipient: TransferRecipient(kind: .processor, id: "moln", name: "Moln Inc."),
            country: "US",
            safeguard: TransferSafeguard(mechanism: .standardContractualClauses, adequacyReference: "DPF", sccModule: .module3,
                                         sccReference: "2021/914", sccSignedDate: "2025-09-01", bcrReference: "BCR",
                                         derogation: .explicitConsent, documentation: "Dokumentation"),
            transferImpactAssessmentDate: "2025-08-20", supplementaryMeasures: ["Kryptering"], dataCategories: ["Hälsa"],
            notes: "Anteckning", provenance: ["record": "avtal"])
        let joint = JointController(
            id: "linkedin", name: "LinkedIn", party: ExternalParty(id: "linkedin-ireland", name: "LinkedIn Ireland", contact: contact),
            country: "IE", scope: "Page Insights",
            arrangement: JointArrangement(status: .inPlace, title: "Addendum", reference: "https://linkedin.com", date: "2024-01-01"),
            responsibilities: "LinkedIn svarar", contactPoint: "LinkedIn", activityIds: ["kundservice"], transferIds: ["overforing"],
            notes: "Anteckning", provenance: ["record": "addendum"])
        let measure = SecurityMeasure(id: "kryptering", name: "Kryptering", kind: .technical, description: "AES",
                                      notes: "Anteckning", provenance: ["record": "policy"])
        let countries = CountryList(asOf: "2026-11-23", source: "test", countries: [
            Country(code: "SE", name: "Sweden", nameSv: "Sverige", eea: true, eu: true),
            Country(code: "US", name: "United States", nameSv: "USA", eea: false,
                    adequacy: AdequacyDecision(reference: "DPF", date: "2023-07-10", scope: "certified organisations")),
        ])
        return Register(organisation: organisation, activities: [activity], processors: [processor, subprocessor],
                        transfers: [transfer], jointControllers: [joint], securityMeasures: [measure], countryList: countries)
    }
}
