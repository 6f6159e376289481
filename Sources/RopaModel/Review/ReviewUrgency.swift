/// How urgent a reason for reviewing a processor agreement is; a processor in the review queue takes the
/// urgency of its most urgent reason.
///
/// The order, most urgent first:
/// 1. `critical`: personal data is processed without a valid basis in the chain: the agreement is missing,
///    unsigned, expired or terminated while an activity still uses the processor, or the controller objected
///    to a sub-processor that is still engaged.
/// 2. `overdue`: the review date has passed, or no review date can be established at all.
/// 3. `dueSoon`: the review falls due within the register's due-soon window.
/// 4. `agreement`: gaps in the agreement itself: Art 28(3) clauses missing, partial or not checked, an
///    unknown signing date, or no agreement for a processor no activity uses yet.
/// 5. `subprocessor`: sub-processors not approved, without notice, or no authorisation recorded (Art 28(2)).
/// 6. `transfer`: processing outside the EU/EEA without a recorded transfer, or SCC transfers lacking
///    module, reference or transfer impact assessment (Chapter V).
public enum ReviewUrgency: String, CaseIterable, Comparable, Sendable {
    case critical
    case overdue
    case dueSoon
    case agreement
    case subprocessor
    case transfer

    /// 1 for the most urgent tier, counting up.
    public var rank: Int {
        switch self {
        case .critical: return 1
        case .overdue: return 2
        case .dueSoon: return 3
        case .agreement: return 4
        case .subprocessor: return 5
        case .transfer: return 6
        }
    }

    public static func < (lhs: ReviewUrgency, rhs: ReviewUrgency) -> Bool { lhs.rank < rhs.rank }

    public var label: BilingualLabel {
        switch self {
        case .critical: return .init(en: "No valid agreement while in use", sv: "Saknar giltigt avtal men används")
        case .overdue: return .init(en: "Review overdue or not scheduled", sv: "Granskning försenad eller ej planerad")
        case .dueSoon: return .init(en: "Review due soon", sv: "Granskning snart")
        case .agreement: return .init(en: "Gaps in the agreement", sv: "Brister i avtalet")
        case .subprocessor: return .init(en: "Sub-processors", sv: "Underbiträden")
        case .transfer: return .init(en: "Transfers outside the EU/EEA", sv: "Överföringar utanför EU/EES")
        }
    }
}
