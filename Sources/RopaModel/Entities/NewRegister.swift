import Foundation

/// The register `ropa init` starts from: settings at their defaults, an organisation with one legal entity,
/// and nothing else yet.
extension Register {
    /// An empty register for an organisation. `organisationNumber` is a Swedish organisationsnummer, written
    /// NNNNNN-NNNN; with one the legal entity is Swedish and answers to IMY.
    public static func new(organisationName: String, organisationNumber: String? = nil) -> Register {
        let number = organisationNumber.map(OrganisationNumber.normalised)
        let legalEntityID = EntityID.unique(from: organisationName, taken: ["organisation"])
        let legalEntity = LegalEntity(id: legalEntityID, name: organisationName, organisationNumber: number,
                                      country: number == nil ? nil : "SE")
        let organisation = Organisation(id: "organisation", name: organisationName, legalEntities: [legalEntity],
                                        supervisoryAuthorities: number == nil ? [] : [.imy])
        return Register(organisation: organisation)
    }
}

extension SupervisoryAuthority {
    /// Integritetsskyddsmyndigheten, the Swedish supervisory authority.
    public static let imy = SupervisoryAuthority(id: "imy", name: "Integritetsskyddsmyndigheten (IMY)", country: "SE",
                                                 url: "https://www.imy.se", lead: true)
}

extension OrganisationNumber {
    /// NNNNNN-NNNN for ten digits given without the hyphen; anything else as given.
    public static func normalised(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 10, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }) else { return trimmed }
        return "\(trimmed.prefix(6))-\(trimmed.suffix(4))"
    }
}
