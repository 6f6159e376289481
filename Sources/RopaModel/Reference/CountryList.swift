/// Reference data kept as data with a date and a source: countries, EU/EEA membership, adequacy decisions.
public struct CountryList: Codable, Equatable, Sendable {
    /// YYYY-MM-DD on which the list was last checked against its source.
    public var asOf: String
    public var source: String
    public var countries: [Country]
    /// International organisations with an Art 45 adequacy decision (a transfer to one names no country).
    public var internationalOrganisations: [InternationalOrganisation]

    public init(asOf: String, source: String, countries: [Country], internationalOrganisations: [InternationalOrganisation] = []) {
        self.asOf = asOf
        self.source = source
        self.countries = countries
        self.internationalOrganisations = internationalOrganisations
    }

    /// The international organisation with this id, from this list or else the built-in one.
    public func internationalOrganisation(_ id: String?) -> InternationalOrganisation? {
        guard let id, !id.isEmpty else { return nil }
        return internationalOrganisations.first { $0.id == id } ?? CountryList.builtIn.internationalOrganisations.first { $0.id == id }
    }

    public func country(_ code: String?) -> Country? {
        guard let code, !code.isEmpty else { return nil }
        let upper = code.uppercased()
        // The built-in list (the usual one) is looked up in an index: validation and the processor and
        // transfer lists ask for a country per row.
        let isBuiltIn = countries.withUnsafeBufferPointer { mine in
            CountryList.builtIn.countries.withUnsafeBufferPointer { $0.baseAddress == mine.baseAddress }
        }
        if isBuiltIn, countries.count == CountryList.builtIn.countries.count { return CountryList.builtInIndex[upper] }
        return countries.first { $0.code == upper }
    }

    /// The built-in countries by code (the first of each code, as `first(where:)` finds it).
    private static let builtInIndex: [String: Country] = Dictionary(builtIn.countries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
}

public struct Country: Codable, Equatable, Sendable {
    /// ISO 3166-1 alpha-2.
    public var code: String
    public var name: String
    public var nameSv: String?
    /// Member of the European Economic Area: no transfer safeguard is needed.
    public var eea: Bool
    public var eu: Bool?
    public var adequacy: AdequacyDecision?

    public init(code: String, name: String, nameSv: String? = nil, eea: Bool, eu: Bool? = nil, adequacy: AdequacyDecision? = nil) {
        self.code = code
        self.name = name
        self.nameSv = nameSv
        self.eea = eea
        self.eu = eu
        self.adequacy = adequacy
    }

    public func name(_ language: Language) -> String {
        language == .sv ? (nameSv ?? name) : name
    }

    /// A short status for pickers: "EEA", "adequacy", "adequacy (partial)" or "third country".
    public var transferStatus: BilingualLabel {
        if eea { return .init(en: "EU/EEA", sv: "EU/EES") }
        if let adequacy {
            return adequacy.scope == nil
                ? .init(en: "adequacy decision", sv: "adekvansbeslut")
                : .init(en: "adequacy (partial)", sv: "adekvansbeslut (begränsat)")
        }
        return .init(en: "third country", sv: "tredje land")
    }
}

/// An Art 45 adequacy decision; `scope` says when it covers only some recipients (e.g. EU–US DPF).
public struct AdequacyDecision: Codable, Equatable, Sendable {
    public var reference: String
    /// YYYY-MM-DD: adopted (or, for a renewal, renewed).
    public var date: String
    /// Whom the decision covers when not everyone, in English and Swedish.
    public var scope: String?
    public var scopeSv: String?
    /// YYYY-MM-DD after which the decision no longer applies (a sunset clause); nil when it has none.
    public var expires: String?
    /// Where the number, date, scope and expiry were checked.
    public var source: String?

    public init(reference: String, date: String, scope: String? = nil, scopeSv: String? = nil, expires: String? = nil, source: String? = nil) {
        self.reference = reference
        self.date = date
        self.scope = scope
        self.scopeSv = scopeSv
        self.expires = expires
        self.source = source
    }

    public func scope(_ language: Language) -> String? {
        language == .sv ? (scopeSv ?? scope) : scope
    }

    /// Whether the decision still applies on `day`: an expired decision no longer counts.
    public func applies(on day: CalendarDate) -> Bool {
        guard let expires, let end = CalendarDate(expires) else { return true }
        return day <= end
    }
}

/// An international organisation as a recipient of transfers (Art 44, Art 45(1)).
public struct InternationalOrganisation: Codable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var nameSv: String?
    public var adequacy: AdequacyDecision?

    public init(id: String, name: String, nameSv: String? = nil, adequacy: AdequacyDecision? = nil) {
        self.id = id
        self.name = name
        self.nameSv = nameSv
        self.adequacy = adequacy
    }

    public func name(_ language: Language) -> String {
        language == .sv ? (nameSv ?? name) : name
    }
}
