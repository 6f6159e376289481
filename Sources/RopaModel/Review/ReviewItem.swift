/// A processor or sub-processor whose agreement needs attention, with every reason, most urgent first.
public struct ReviewItem: Equatable, Sendable {
    public let processorID: String
    public let name: String
    /// The processors that engaged this one, from the one the organisation engaged down to the direct
    /// parent; empty for a processor the organisation engaged itself.
    public let chain: [ProcessorReference]
    /// The engaging processor's id as recorded, even when it is not in the register.
    public let parentID: String?
    /// The urgency of the most urgent reason.
    public let urgency: ReviewUrgency
    public let reasons: [ReviewReason]
    /// The next review date: recorded, or derived from the last review or the signing date.
    public let reviewDue: CalendarDate?
    /// Days from the review's as-of date to `reviewDue`; negative when overdue.
    public let daysUntilReview: Int?
    /// The ids of the activities (not retired) that use the processor, directly or through its chain.
    public let usedBy: [String]

    public init(processorID: String, name: String, chain: [ProcessorReference], parentID: String?, urgency: ReviewUrgency,
                reasons: [ReviewReason], reviewDue: CalendarDate?, daysUntilReview: Int?, usedBy: [String]) {
        self.processorID = processorID
        self.name = name
        self.chain = chain
        self.parentID = parentID
        self.urgency = urgency
        self.reasons = reasons
        self.reviewDue = reviewDue
        self.daysUntilReview = daysUntilReview
        self.usedBy = usedBy
    }

    /// 0 for a processor, 1 for its sub-processor, and so on.
    public var depth: Int { parentID == nil ? 0 : max(chain.count, 1) }
    public var isSubprocessor: Bool { parentID != nil }

    /// "2026-05-01 (31 days ago)", or nil when no review date is known.
    public var reviewDueText: String? { reviewDueText(.en) }

    /// "2026-05-01 (31 days ago)" / "2026-05-01 (för 31 dagar sedan)", or nil when no review date is known.
    public func reviewDueText(_ language: Language) -> String? {
        guard let reviewDue, let daysUntilReview else { return nil }
        return Message.reviewDueText.text(language, reviewDue.description, ReviewText.relative(days: daysUntilReview).text(language))
    }
}

/// A processor named by id and name, for chains and trees.
public struct ProcessorReference: Equatable, Sendable {
    public let id: String
    public let name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
