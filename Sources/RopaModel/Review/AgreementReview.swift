/// The review queue of processor agreements: every processor and sub-processor whose agreement needs
/// attention, most urgent first, each with its reasons. Pure: the same register and date give the same queue.
///
/// Order: by `ReviewUrgency` (see there); within the overdue and due-soon tiers the earliest review date
/// first (agreements with no date at all after the dated ones); then by name and id.
/// Processors whose agreement is fine do not appear. Nor does a processor whose agreement has expired or
/// been terminated when no activity uses it any more, nor the sub-processors under it: that chain has ended.
public struct AgreementReview {
    public let register: Register
    /// The day review dates are measured against.
    public let asOf: CalendarDate

    /// The ids of the activities (not retired) that use each processor directly, built once: looking them up
    /// per processor through every activity cost seconds on 10 000 activities and 500 processors.
    private let activitiesByProcessor: [String: [String]]

    public init(register: Register, asOf: CalendarDate = .today()) {
        self.register = register
        self.asOf = asOf
        var byProcessor: [String: [String]] = [:]
        for index in register.activities.indices where register.activities[index].status != .retired {
            for processorID in Set(register.activities[index].processorIds) {
                byProcessor[processorID, default: []].append(register.activities[index].id)
            }
        }
        activitiesByProcessor = byProcessor
    }

    /// As `Register.activitiesUsing(processorID:)`: directly, or through the processors that engaged it.
    private func activitiesUsing(_ processorID: String, chain: [Processor]) -> [String] {
        var ids = Set<String>()
        for id in [processorID] + chain.map(\.id) { ids.formUnion(activitiesByProcessor[id] ?? []) }
        return ids.sorted()
    }

    /// Every processor that needs attention, most urgent first.
    public func queue() -> [ReviewItem] {
        register.processors.compactMap(item).sorted(by: Self.precedes)
    }

    /// The review of one processor, or nil when it needs no attention (or is not in the register).
    public func item(for processorID: String) -> ReviewItem? {
        register.processor(processorID).flatMap(item)
    }

    /// The reasons one processor needs attention, most urgent first; empty when its agreement is fine.
    public func reasons(for processor: Processor) -> [ReviewReason] {
        item(processor)?.reasons ?? []
    }

    private func item(_ processor: Processor) -> ReviewItem? {
        let chain = register.engagingChain(of: processor.id)
        let usedBy = activitiesUsing(processor.id, chain: chain)
        let top = chain.first ?? processor
        if [.expired, .terminated].contains(top.agreement.status), usedBy.isEmpty { return nil }
        var reasons: [ReviewReason] = []
        reasons += AgreementStatusRules(register: register).reasons(for: processor, usedBy: usedBy)
        reasons += ReviewDateRules(register: register, asOf: asOf).reasons(for: processor)
        reasons += ChecklistRules().reasons(for: processor)
        reasons += SubprocessorRules(register: register).reasons(for: processor, usedBy: usedBy)
        reasons += TransferReviewRules(register: register).reasons(for: processor)
        guard let urgency = reasons.map(\.urgency).min() else { return nil }
        let ordered = reasons.enumerated().sorted { lhs, rhs in
            lhs.element.urgency != rhs.element.urgency ? lhs.element.urgency < rhs.element.urgency : lhs.offset < rhs.offset
        }.map(\.element)
        let schedule = processor.isSubprocessor || processor.agreement.status != .signed
            ? nil : ReviewSchedule(processor.agreement, intervalMonths: register.settings.reviewIntervalMonths)
        return ReviewItem(processorID: processor.id, name: processor.name,
                          chain: chain.map { ProcessorReference(id: $0.id, name: $0.name) },
                          parentID: processor.parentProcessorId, urgency: urgency, reasons: ordered,
                          reviewDue: schedule?.due, daysUntilReview: schedule?.daysLeft(asOf: asOf), usedBy: usedBy)
    }

    static func precedes(_ lhs: ReviewItem, _ rhs: ReviewItem) -> Bool {
        if lhs.urgency != rhs.urgency { return lhs.urgency < rhs.urgency }
        if lhs.urgency == .overdue || lhs.urgency == .dueSoon {
            let a = lhs.daysUntilReview ?? Int.max, b = rhs.daysUntilReview ?? Int.max
            if a != b { return a < b }
        }
        let a = TextFolding.fold(lhs.name), b = TextFolding.fold(rhs.name)
        if a != b { return a < b }
        return lhs.processorID < rhs.processorID
    }
}
