/// When a processor agreement is next due for review, and how that date was found.
public struct ReviewSchedule: Equatable, Sendable {
    /// Where the due date comes from.
    public enum Basis: Equatable, Sendable {
        /// The recorded `agreement.reviewDue`.
        case recorded
        /// The review interval after the last review.
        case lastReviewed(CalendarDate)
        /// The review interval after signing; the agreement was never reviewed.
        case signed(CalendarDate)
    }

    /// The next review date, or nil when neither it nor a date to derive it from is recorded.
    public let due: CalendarDate?
    public let basis: Basis?
    /// `agreement.reviewDue` when it is written but is not a date.
    public let invalidRecordedDate: String?

    /// The schedule of an agreement under the register's review interval.
    public init(_ agreement: ProcessorAgreement, intervalMonths: Int) {
        let recorded = agreement.reviewDue.flatMap { $0.isEmpty ? nil : $0 }
        invalidRecordedDate = recorded.flatMap { CalendarDate($0) == nil ? $0 : nil }
        if invalidRecordedDate != nil {
            // A written but unreadable date is not replaced by a guess: the review rules report it.
            due = nil
            basis = nil
        } else if let date = recorded.flatMap(CalendarDate.init) {
            due = date
            basis = .recorded
        } else if let last = agreement.lastReviewed.flatMap(CalendarDate.init) {
            due = last.adding(months: intervalMonths)
            basis = .lastReviewed(last)
        } else if let signed = agreement.signedDate.flatMap(CalendarDate.init) {
            due = signed.adding(months: intervalMonths)
            basis = .signed(signed)
        } else {
            due = nil
            basis = nil
        }
    }

    /// Days from `asOf` to the due date; negative when overdue.
    public func daysLeft(asOf: CalendarDate) -> Int? {
        due.map { asOf.days(until: $0) }
    }
}
