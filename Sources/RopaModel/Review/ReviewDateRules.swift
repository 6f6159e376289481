/// Whether a signed agreement's periodic review is overdue, due soon, or cannot be scheduled
/// (Art 28(1): use only processors that give sufficient guarantees; Art 24(1): review the measures).
struct ReviewDateRules {
    let register: Register
    let asOf: CalendarDate

    static let article = "Art 28(1), Art 24(1)"
    static let action = "review the agreement against the Art 28(3) checklist and mark it reviewed, which sets the next review date"

    func reasons(for processor: Processor) -> [ReviewReason] {
        guard !processor.isSubprocessor, processor.agreement.status == .signed else { return [] }
        let schedule = ReviewSchedule(processor.agreement, intervalMonths: register.settings.reviewIntervalMonths)
        if let invalid = schedule.invalidRecordedDate {
            return [ReviewReason(.reviewDateInvalid, .overdue, article: Self.article,
                                 message: "the review date \"\(invalid)\" is not a date, so when the review is due cannot be told",
                                 action: "write the date as YYYY-MM-DD, or \(Self.action)", field: "agreement.reviewDue")]
        }
        guard let due = schedule.due, let days = schedule.daysLeft(asOf: asOf) else {
            return [ReviewReason(.reviewNotScheduled, .overdue, article: Self.article,
                                 message: "the agreement has never been reviewed and neither a review date nor the signing date is recorded",
                                 action: Self.action, field: "agreement.reviewDue")]
        }
        let window = max(register.settings.dueSoonDays, 0)
        guard days <= window else { return [] }
        let basis: String
        switch schedule.basis {
        case .lastReviewed(let last)?:
            basis = " (\(register.settings.reviewIntervalMonths) months after the last review on \(last); no review date is recorded)"
        case .signed(let signed)?:
            basis = " (\(register.settings.reviewIntervalMonths) months after signing on \(signed); never reviewed since)"
        case .recorded?, nil:
            basis = ""
        }
        if days < 0 {
            return [ReviewReason(.reviewOverdue, .overdue, article: Self.article,
                                 message: "the review was due on \(due)\(basis), \(ReviewText.relative(days: days))",
                                 action: Self.action, field: "agreement.reviewDue")]
        }
        return [ReviewReason(.reviewDueSoon, .dueSoon, article: Self.article,
                             message: "the review is due on \(due)\(basis), \(ReviewText.relative(days: days))",
                             action: Self.action, field: "agreement.reviewDue")]
    }
}
