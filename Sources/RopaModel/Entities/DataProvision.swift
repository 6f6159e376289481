import RopaJSON

/// What a person is told about giving the data (Art 13(2)(e)): whether it is a statutory or contractual
/// requirement or needed to enter into a contract, and what happens if it is not given.
public struct DataProvision: Codable, Equatable, Sendable {
    public var requirement: ProvisionRequirement
    /// The consequence of not giving the data, e.g. "we cannot deliver the service".
    public var consequence: String?

    public init(requirement: ProvisionRequirement, consequence: String? = nil) {
        self.requirement = requirement
        self.consequence = consequence
    }
}

extension DataProvision {
    init(reading json: inout JSONObjectReader) throws {
        self.init(requirement: try json.word("requirement"), consequence: try json.optionalString("consequence"))
    }
}
