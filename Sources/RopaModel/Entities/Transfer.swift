/// A transfer of personal data to a third country or international organisation (Chapter V).
public struct Transfer: RegisterEntity {
    public static let kind = EntityKind.transfer

    public var id: String
    public var name: String
    public var recipient: TransferRecipient
    /// ISO 3166-1 alpha-2 code of the destination.
    public var country: String?
    public var safeguard: TransferSafeguard
    /// YYYY-MM-DD of the transfer impact assessment.
    public var transferImpactAssessmentDate: String?
    public var supplementaryMeasures: [String]
    public var dataCategories: [String]
    public var notes: String?
    public var provenance: Provenance

    public init(id: String, name: String, recipient: TransferRecipient, country: String? = nil,
                safeguard: TransferSafeguard = TransferSafeguard(), transferImpactAssessmentDate: String? = nil,
                supplementaryMeasures: [String] = [], dataCategories: [String] = [], notes: String? = nil,
                provenance: Provenance = [:]) {
        self.id = id
        self.name = name
        self.recipient = recipient
        self.country = country
        self.safeguard = safeguard
        self.transferImpactAssessmentDate = transferImpactAssessmentDate
        self.supplementaryMeasures = supplementaryMeasures
        self.dataCategories = dataCategories
        self.notes = notes
        self.provenance = provenance
    }
}

/// Who receives a transfer: a processor or sub-processor, a joint controller, or someone else by name.
public struct TransferRecipient: Codable, Equatable, Sendable {
    public var kind: TransferRecipientKind
    /// The id of the processor or joint controller; nil for another recipient.
    public var id: String?
    /// The recipient's name when it is not an entity of the register.
    public var name: String?

    public init(kind: TransferRecipientKind, id: String? = nil, name: String? = nil) {
        self.kind = kind
        self.id = id
        self.name = name
    }
}

/// The Chapter V mechanism a transfer rests on.
public struct TransferSafeguard: Codable, Equatable, Sendable {
    public var mechanism: TransferMechanism
    /// For adequacy: the Commission decision relied on.
    public var adequacyReference: String?
    public var sccModule: SCCModule?
    /// For SCC: the decision the clauses come from; 2021/914 when not stated otherwise.
    public var sccReference: String?
    /// YYYY-MM-DD on which the clauses were signed.
    public var sccSignedDate: String?
    public var bcrReference: String?
    public var derogation: Article49Derogation?
    /// For Art 49(1) second subparagraph: the documentation of suitable safeguards (Art 30(1)(e)).
    public var documentation: String?
    /// For an adequacy decision that covers only some recipients (the US: organisations certified under
    /// the Data Privacy Framework): whether this recipient is covered, where that shows, and when it was checked.
    public var recipientCoverage: RecipientCoverage?
    /// For Art 49: whether the transfers are occasional (EDPB Guidelines 2/2018: derogations are for
    /// occasional transfers, not systematic ones).
    public var occasional: Bool?

    public init(mechanism: TransferMechanism = .none, adequacyReference: String? = nil, sccModule: SCCModule? = nil,
                sccReference: String? = nil, sccSignedDate: String? = nil, bcrReference: String? = nil,
                derogation: Article49Derogation? = nil, documentation: String? = nil, recipientCoverage: RecipientCoverage? = nil,
                occasional: Bool? = nil) {
        self.mechanism = mechanism
        self.adequacyReference = adequacyReference
        self.sccModule = sccModule
        self.sccReference = sccReference
        self.sccSignedDate = sccSignedDate
        self.bcrReference = bcrReference
        self.derogation = derogation
        self.documentation = documentation
        self.recipientCoverage = recipientCoverage
        self.occasional = occasional
    }

    /// The SCC decision in force for this transfer: the recorded one, or 2021/914.
    public var effectiveSCCReference: String {
        let recorded = sccReference ?? ""
        return recorded.isEmpty ? SCCModule.defaultReference : recorded
    }
}

/// Whether a partial adequacy decision covers the recipient: the recipient's certification (a DPF listing),
/// checked on a date.
public struct RecipientCoverage: Codable, Equatable, Sendable {
    public var covered: Bool
    /// Where the coverage shows, e.g. the recipient's entry in the Data Privacy Framework list.
    public var reference: String?
    /// YYYY-MM-DD on which it was checked.
    public var checkedDate: String?

    public init(covered: Bool, reference: String? = nil, checkedDate: String? = nil) {
        self.covered = covered
        self.reference = reference
        self.checkedDate = checkedDate
    }
}
