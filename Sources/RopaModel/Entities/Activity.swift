/// A processing activity: one row of the Article 30 record, for a controller (30(1)) or for a
/// processor acting on behalf of named controllers (30(2)).
public struct Activity: RegisterEntity {
    public static let kind = EntityKind.activity

    public var id: String
    public var name: String
    public var description: String?
    public var role: ProcessingRole
    /// The legal entities of the organisation that are controller (or processor); empty means all.
    public var legalEntityIds: [String]
    /// For a processor record: the controllers on whose behalf the processing is done (Art 30(2)(a)).
    public var controllers: [ExternalParty]
    /// For joint control: the joint controllers (Art 26) of this activity.
    public var jointControllerIds: [String]
    /// Art 30(1)(b); each purpose with its Art 6 basis and, for special categories, its Art 9 condition.
    public var purposes: [Purpose]
    /// Art 30(1)(c): categories of data subjects.
    public var dataSubjects: [String]
    /// Art 30(1)(c): categories of personal data.
    public var dataCategories: [DataCategory]
    /// Where the data comes from when not from the data subject (Art 14(2)(f)).
    public var dataSources: [String]
    /// Whether the data is collected from the person (Art 13), from other sources (Art 14), or both.
    public var collectedFrom: CollectionSource?
    /// Art 30(1)(d): categories of recipients, including those in third countries.
    public var recipients: [String]
    public var processorIds: [String]
    /// Art 30(1)(e): transfers to third countries.
    public var transferIds: [String]
    /// Art 30(1)(f): envisaged time limits for erasure, per data category where possible.
    public var retention: [RetentionRule]
    /// Art 30(1)(g): security measures, by reference, and a general description.
    public var securityMeasureIds: [String]
    public var securityDescription: String?
    public var automatedDecisionMaking: AutomatedDecisionMaking?
    /// Whether giving the data is a statutory or contractual requirement, and the consequence if not (Art 13(2)(e)).
    public var dataProvision: DataProvision?
    public var dpia: DPIA?
    public var owner: String?
    public var status: ActivityStatus
    /// YYYY-MM-DD.
    public var lastReviewed: String?
    /// The business function or department that carries out the processing (the ICO's and the CNIL's templates).
    public var department: String?
    /// Children or other vulnerable people among the data subjects (recitals 38 and 75; a WP 248 criterion).
    public var vulnerableDataSubjects: Bool?
    /// For Art 10 data: the provision of Union or national law that allows it (in Sweden dataskyddslagen
    /// 3 kap. 8 §, förordning 2018:219 or an IMY decision); nil when none is recorded.
    public var article10Basis: String?
    /// For personnummer or samordningsnummer without consent: why it is clearly justified (dataskyddslagen 3 kap. 10 §).
    public var identityNumberJustification: String?
    /// The rights available to the data subjects as the register states them; nil means those the lawful bases give.
    public var rightsAvailable: [DataSubjectRight]?
    /// Where the records of consent are kept (Art 7(1)).
    public var consentRecords: String?
    /// Where the legitimate-interests assessment (balancing test) is kept.
    public var legitimateInterestsAssessment: String?
    /// The systems or software the processing uses (the CNIL's "logiciels").
    public var systems: [String]?
    /// Where the data is stored (the ICO's "location of personal data").
    public var storageLocation: String?
    /// Where the retention policy or schedule is kept.
    public var retentionPolicy: String?
    public var notes: String?
    public var provenance: Provenance

    public init(id: String, name: String, description: String? = nil, role: ProcessingRole = .controller,
                legalEntityIds: [String] = [], controllers: [ExternalParty] = [], jointControllerIds: [String] = [],
                purposes: [Purpose] = [], dataSubjects: [String] = [], dataCategories: [DataCategory] = [],
                dataSources: [String] = [], collectedFrom: CollectionSource? = nil, recipients: [String] = [], processorIds: [String] = [],
                transferIds: [String] = [], retention: [RetentionRule] = [], securityMeasureIds: [String] = [],
                securityDescription: String? = nil, automatedDecisionMaking: AutomatedDecisionMaking? = nil,
                dataProvision: DataProvision? = nil, dpia: DPIA? = nil, owner: String? = nil, status: ActivityStatus = .active, lastReviewed: String? = nil,
                department: String? = nil, vulnerableDataSubjects: Bool? = nil, article10Basis: String? = nil,
                identityNumberJustification: String? = nil, rightsAvailable: [DataSubjectRight]? = nil, consentRecords: String? = nil,
                legitimateInterestsAssessment: String? = nil, systems: [String]? = nil, storageLocation: String? = nil,
                retentionPolicy: String? = nil, notes: String? = nil, provenance: Provenance = [:]) {
        self.id = id
        self.name = name
        self.description = description
        self.role = role
        self.legalEntityIds = legalEntityIds
        self.controllers = controllers
        self.jointControllerIds = jointControllerIds
        self.purposes = purposes
        self.dataSubjects = dataSubjects
        self.dataCategories = dataCategories
        self.dataSources = dataSources
        self.collectedFrom = collectedFrom
        self.recipients = recipients
        self.processorIds = processorIds
        self.transferIds = transferIds
        self.retention = retention
        self.securityMeasureIds = securityMeasureIds
        self.securityDescription = securityDescription
        self.automatedDecisionMaking = automatedDecisionMaking
        self.dataProvision = dataProvision
        self.dpia = dpia
        self.owner = owner
        self.status = status
        self.lastReviewed = lastReviewed
        self.department = department
        self.vulnerableDataSubjects = vulnerableDataSubjects
        self.article10Basis = article10Basis
        self.identityNumberJustification = identityNumberJustification
        self.rightsAvailable = rightsAvailable
        self.consentRecords = consentRecords
        self.legitimateInterestsAssessment = legitimateInterestsAssessment
        self.systems = systems
        self.storageLocation = storageLocation
        self.retentionPolicy = retentionPolicy
        self.notes = notes
        self.provenance = provenance
    }

    /// True when any data category is special (Art 9) and so needs an Art 9(2) condition.
    public var hasSpecialCategories: Bool {
        dataCategories.contains { $0.specialCategory?.needsArticle9Condition == true }
    }
}

/// A purpose of processing with its lawful basis.
public struct Purpose: Codable, Equatable, Sendable {
    public var id: String
    public var description: String
    public var lawfulBasis: LawfulBasis?
    /// For legitimate interests: the interest pursued and where its balancing test is.
    public var legitimateInterest: String?
    public var article9Condition: Article9Condition?
    /// The provision of Union or national law the purpose rests on: for a legal obligation or a public task
    /// (Art 6(3)), e.g. "bokföringslagen (1999:1078) 7 kap. 2 §", and for the Art 9(2)(b), (g)–(j) conditions,
    /// which need one.
    public var statutoryProvision: String?

    public init(id: String, description: String, lawfulBasis: LawfulBasis? = nil, legitimateInterest: String? = nil,
                article9Condition: Article9Condition? = nil, statutoryProvision: String? = nil) {
        self.id = id
        self.description = description
        self.lawfulBasis = lawfulBasis
        self.legitimateInterest = legitimateInterest
        self.article9Condition = article9Condition
        self.statutoryProvision = statutoryProvision
    }
}

/// A category of personal data, flagged when special (Art 9 / Art 10) or high-risk without being special
/// (passwords, log files, personal identity numbers).
public struct DataCategory: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var specialCategory: SpecialCategory?
    public var highRisk: Bool?

    public init(id: String, name: String, specialCategory: SpecialCategory? = nil, highRisk: Bool? = nil) {
        self.id = id
        self.name = name
        self.specialCategory = specialCategory
        self.highRisk = highRisk
    }
}

/// A party outside the organisation named in a record, such as the customers a processor serves.
public struct ExternalParty: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var contact: Contact?

    public init(id: String, name: String, contact: Contact? = nil) {
        self.id = id
        self.name = name
        self.contact = contact
    }
}

/// How long data is kept: the text as written, and a structured period where one is known.
public struct RetentionRule: Codable, Equatable, Sendable {
    public var id: String
    /// The data categories (ids within the activity) the rule applies to; empty means all of them.
    public var dataCategoryIds: [String]
    /// The retention as the source writes it, e.g. "raderas automatiskt 90 dagar efter avslutad förfrågan".
    public var text: String
    public var period: RetentionPeriod?

    public init(id: String, dataCategoryIds: [String] = [], text: String, period: RetentionPeriod? = nil) {
        self.id = id
        self.dataCategoryIds = dataCategoryIds
        self.text = text
        self.period = period
    }
}

/// A retention period: amount, unit and the event it runs from ("end of customer relationship").
public struct RetentionPeriod: Codable, Equatable, Sendable {
    public var amount: Int
    public var unit: PeriodUnit
    public var startingEvent: String?

    public init(amount: Int, unit: PeriodUnit, startingEvent: String? = nil) {
        self.amount = amount
        self.unit = unit
        self.startingEvent = startingEvent
    }

    public var approximateDays: Int { amount * unit.approximateDays }
}

/// Automated decision-making and profiling (Art 22, Art 13(2)(f)).
public struct AutomatedDecisionMaking: Codable, Equatable, Sendable {
    public var used: Answer
    public var profiling: Answer?
    public var description: String?
    /// Why the decisions may be taken: an Art 22(2) exception, or that they are outside Art 22(1).
    public var exception: Article22Exception?

    public init(used: Answer, profiling: Answer? = nil, description: String? = nil, exception: Article22Exception? = nil) {
        self.used = used
        self.profiling = profiling
        self.description = description
        self.exception = exception
    }
}

/// Data protection impact assessment (Art 35): whether needed, its progress, and where it is.
public struct DPIA: Codable, Equatable, Sendable {
    public var needed: Answer
    public var status: DPIAStatus?
    public var link: String?
    /// YYYY-MM-DD of completion.
    public var date: String?
    /// The screening criteria (WP 248 rev.01) the DPO found met, beside those the activity's fields show.
    public var criteria: [DPIACriterion]?
    /// The processing on IMY's Art 35(4) list the activity is: one such item requires a DPIA on its own.
    public var imyListItems: [IMYListedProcessing]?
    /// Why no DPIA is needed although the screening suggests one (Art 35(1): the controller's own assessment).
    public var notNeededReason: String?

    public init(needed: Answer, status: DPIAStatus? = nil, link: String? = nil, date: String? = nil,
                criteria: [DPIACriterion]? = nil, imyListItems: [IMYListedProcessing]? = nil, notNeededReason: String? = nil) {
        self.needed = needed
        self.status = status
        self.link = link
        self.date = date
        self.criteria = criteria
        self.imyListItems = imyListItems
        self.notNeededReason = notNeededReason
    }
}
