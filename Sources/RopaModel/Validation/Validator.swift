/// Checks a register against Article 30 and the rules around it. Pure: the same register and date give
/// the same findings, in a stable order (severity, then entity, then field).
public struct Validator {
    public let register: Register
    /// The day review and due dates are measured against.
    public let asOf: CalendarDate

    public init(register: Register, asOf: CalendarDate = .today()) {
        self.register = register
        self.asOf = asOf
    }

    public func findings() -> [Finding] {
        var found: [Finding] = []
        found += IdentityRules(register: register).check()
        found += OrganisationRules(register: register).check()
        found += ActivityRules(register: register).check()
        found += ProcessorRules(register: register, asOf: asOf).check()
        found += TransferRules(register: register).check()
        found += JointControllerRules(register: register).check()
        found += DateRules(register: register).check()
        let kindOrder = Dictionary(uniqueKeysWithValues: EntityKind.allCases.enumerated().map { ($1, $0) })
        return found.enumerated().sorted { lhs, rhs in
            let a = lhs.element, b = rhs.element
            if a.severity != b.severity { return a.severity < b.severity }
            if a.kind != b.kind { return (kindOrder[a.kind] ?? 0) < (kindOrder[b.kind] ?? 0) }
            if a.entityID != b.entityID { return a.entityID < b.entityID }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}

/// Shared helpers for the rule sets.
extension Register {
    func isBlank(_ text: String?) -> Bool {
        (text ?? "").allSatisfy { $0.isWhitespace }
    }
}
