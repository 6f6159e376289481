/// The controller: one or more legal entities acting together, with contact, DPO, EU representative
/// and the supervisory authorities it answers to. Art 30(1)(a).
public struct Organisation: RegisterEntity {
    public static let kind = EntityKind.organisation

    public var id: String
    public var name: String
    public var legalEntities: [LegalEntity]
    public var contact: Contact?
    public var dataProtectionOfficer: Contact?
    public var euRepresentative: Contact?
    public var supervisoryAuthorities: [SupervisoryAuthority]
    /// Where the record of personal data breaches is kept (Art 33(5)): one log for the organisation.
    public var breachLog: String?
    public var notes: String?
    public var provenance: Provenance

    public init(id: String = "organisation", name: String, legalEntities: [LegalEntity] = [], contact: Contact? = nil,
                dataProtectionOfficer: Contact? = nil, euRepresentative: Contact? = nil,
                supervisoryAuthorities: [SupervisoryAuthority] = [], breachLog: String? = nil, notes: String? = nil,
                provenance: Provenance = [:]) {
        self.id = id
        self.name = name
        self.legalEntities = legalEntities
        self.contact = contact
        self.dataProtectionOfficer = dataProtectionOfficer
        self.euRepresentative = euRepresentative
        self.supervisoryAuthorities = supervisoryAuthorities
        self.breachLog = breachLog
        self.notes = notes
        self.provenance = provenance
    }
}

/// A company of the organisation, with its Swedish organisation number.
public struct LegalEntity: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var organisationNumber: String?
    public var address: String?
    /// ISO 3166-1 alpha-2 code of the country of establishment.
    public var country: String?

    public init(id: String, name: String, organisationNumber: String? = nil, address: String? = nil, country: String? = nil) {
        self.id = id
        self.name = name
        self.organisationNumber = organisationNumber
        self.address = address
        self.country = country
    }
}

/// A data protection authority the organisation answers to.
public struct SupervisoryAuthority: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var country: String?
    public var url: String?
    /// The lead authority under the one-stop shop (Art 56).
    public var lead: Bool?

    public init(id: String, name: String, country: String? = nil, url: String? = nil, lead: Bool? = nil) {
        self.id = id
        self.name = name
        self.country = country
        self.url = url
        self.lead = lead
    }
}
