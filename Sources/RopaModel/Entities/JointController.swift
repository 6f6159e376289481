/// A joint controller (Art 26), such as a social-media platform for the organisation's page.
public struct JointController: RegisterEntity {
    public static let kind = EntityKind.jointController

    public var id: String
    /// The platform or party as people know it, e.g. "Facebook och Instagram".
    public var name: String
    /// The legal party, e.g. "Meta Platforms Ireland Ltd".
    public var party: ExternalParty?
    public var country: String?
    /// What is jointly controlled, e.g. "Page Insights for the company page".
    public var scope: String?
    public var arrangement: JointArrangement
    /// The respective responsibilities the arrangement sets out.
    public var responsibilities: String?
    /// Where data subjects turn to exercise their rights.
    public var contactPoint: String?
    public var activityIds: [String]
    public var transferIds: [String]
    public var notes: String?
    public var provenance: Provenance

    public init(id: String, name: String, party: ExternalParty? = nil, country: String? = nil, scope: String? = nil,
                arrangement: JointArrangement = JointArrangement(), responsibilities: String? = nil,
                contactPoint: String? = nil, activityIds: [String] = [], transferIds: [String] = [],
                notes: String? = nil, provenance: Provenance = [:]) {
        self.id = id
        self.name = name
        self.party = party
        self.country = country
        self.scope = scope
        self.arrangement = arrangement
        self.responsibilities = responsibilities
        self.contactPoint = contactPoint
        self.activityIds = activityIds
        self.transferIds = transferIds
        self.notes = notes
        self.provenance = provenance
    }
}

/// The arrangement between joint controllers, or the record that it is missing.
public struct JointArrangement: Codable, Equatable, Sendable {
    public var status: ArrangementStatus
    public var title: String?
    /// A reference or URL.
    public var reference: String?
    /// YYYY-MM-DD.
    public var date: String?

    public init(status: ArrangementStatus = .missing, title: String? = nil, reference: String? = nil, date: String? = nil) {
        self.status = status
        self.title = title
        self.reference = reference
        self.date = date
    }
}
