/// A finding the DPO accepted for a while, with the reason (a residual risk signed off, a gap being
/// closed by a project). Until its expiry date the finding is left out of the open findings; from the day
/// after, it is open again. Kept in `register.json`, so accepting is a version like any other change.
public struct AcceptedFinding: Codable, Equatable, Sendable {
    /// The rule accepted.
    public var code: FindingCode
    /// The entity the finding is about.
    public var id: String
    /// The field, as the finding names it; nil accepts the rule for every field of the entity.
    public var field: String?
    /// Why it is accepted, in the DPO's words.
    public var reason: String
    /// The last day the acceptance holds (YYYY-MM-DD).
    public var until: String
    /// Who accepted it, and on which day.
    public var acceptedBy: String?
    public var acceptedOn: String?

    public init(code: FindingCode, id: String, field: String? = nil, reason: String, until: String,
                acceptedBy: String? = nil, acceptedOn: String? = nil) {
        self.code = code
        self.id = id
        self.field = field
        self.reason = reason
        self.until = until
        self.acceptedBy = acceptedBy
        self.acceptedOn = acceptedOn
    }

    /// Whether it still holds on a day: an unreadable date holds on none, so the finding stays open.
    public func isInForce(on day: CalendarDate) -> Bool {
        CalendarDate(until).map { day <= $0 } ?? false
    }

    public func covers(_ finding: Finding) -> Bool {
        finding.code == code && finding.entityID == id && (field == nil || field == finding.field)
    }
}

/// Which findings acceptances in force leave out.
public enum FindingAcceptance {
    /// The findings no acceptance in force on `day` covers.
    public static func open(_ findings: [Finding], _ accepted: [AcceptedFinding]?, on day: CalendarDate) -> [Finding] {
        let inForce = (accepted ?? []).filter { $0.isInForce(on: day) }
        guard !inForce.isEmpty else { return findings }
        return findings.filter { finding in !inForce.contains { $0.covers(finding) } }
    }

    /// The findings an acceptance in force covers, each with it.
    public static func accepted(_ findings: [Finding], _ accepted: [AcceptedFinding]?, on day: CalendarDate)
        -> [(finding: Finding, acceptance: AcceptedFinding)] {
        let inForce = (accepted ?? []).filter { $0.isInForce(on: day) }
        return findings.compactMap { finding in inForce.first { $0.covers(finding) }.map { (finding, $0) } }
    }
}

extension Validator {
    /// Every finding, accepted ones included: what `findings()` leaves out is `acceptedFindings()`.
    public func allFindings() -> [Finding] {
        Validator(register: register.withoutAcceptances, asOf: asOf).findings()
    }

    /// The findings an acceptance in force covers, each with it.
    public func acceptedFindings() -> [(finding: Finding, acceptance: AcceptedFinding)] {
        guard register.settings.acceptedFindings?.isEmpty == false else { return [] }
        return FindingAcceptance.accepted(allFindings(), register.settings.acceptedFindings, on: asOf)
    }
}

extension Register {
    /// The same register with no finding accepted.
    var withoutAcceptances: Register {
        var copy = self
        copy.settings.acceptedFindings = nil
        return copy
    }
}
