/// Whether a signed agreement's periodic review is overdue, due soon, or cannot be scheduled
/// (Art 28(1): use only processors that give sufficient guarantees; Art 24(1): review the measures).
struct ReviewDateRules {
    let register: Register
    let asOf: CalendarDate

    static let article = "Art 28(1), Art 24(1)"
    static let action = BilingualText(
        en: "review the agreement against the Art 28(3) checklist and mark it reviewed, which sets the next review date",
        sv: "granska avtalet mot checklistan enligt art. 28.3 och markera det som granskat, vilket sätter nästa granskningsdatum")

    func reasons(for processor: Processor) -> [ReviewReason] {
        guard !processor.isSubprocessor, processor.agreement.status == .signed else { return [] }
        let schedule = ReviewSchedule(processor.agreement, intervalMonths: register.settings.reviewIntervalMonths)
        if let invalid = schedule.invalidRecordedDate {
            return [ReviewReason(.reviewDateInvalid, .overdue, article: Self.article,
                                 message: BilingualText(
                                     en: "the review date \"\(invalid)\" is not a date, so when the review is due cannot be told",
                                     sv: "granskningsdatumet \"\(invalid)\" är inget giltigt datum, så det går inte att avgöra när granskningen ska göras"),
                                 action: BilingualText(en: "write the date as YYYY-MM-DD, or \(Self.action.en)",
                                                        sv: "skriv datumet som ÅÅÅÅ-MM-DD, eller \(Self.action.sv)"),
                                 field: "agreement.reviewDue")]
        }
        guard let due = schedule.due, let days = schedule.daysLeft(asOf: asOf) else {
            return [ReviewReason(.reviewNotScheduled, .overdue, article: Self.article,
                                 message: BilingualText(
                                     en: "the agreement has never been reviewed and neither a review date nor the signing date is recorded",
                                     sv: "avtalet har aldrig granskats och varken granskningsdatum eller datum för undertecknandet är registrerat"),
                                 action: Self.action, field: "agreement.reviewDue")]
        }
        let window = max(register.settings.dueSoonDays, 0)
        guard days <= window else { return [] }
        let months = register.settings.reviewIntervalMonths
        let basis: BilingualText
        switch schedule.basis {
        case .lastReviewed(let last)?:
            basis = BilingualText(en: " (\(months) months after the last review on \(last); no review date is recorded)",
                                   sv: " (\(months) månader efter den senaste granskningen \(last); inget granskningsdatum är registrerat)")
        case .signed(let signed)?:
            basis = BilingualText(en: " (\(months) months after signing on \(signed); never reviewed since)",
                                   sv: " (\(months) månader efter undertecknandet \(signed); inte granskat sedan dess)")
        case .recorded?, nil:
            basis = BilingualText(en: "", sv: "")
        }
        let relative = ReviewText.relative(days: days)
        if days < 0 {
            return [ReviewReason(.reviewOverdue, .overdue, article: Self.article,
                                 message: BilingualText(en: "the review was due on \(due)\(basis.en), \(relative.text(.en))",
                                                         sv: "granskningen skulle ha gjorts senast \(due)\(basis.sv), \(relative.text(.sv))"),
                                 action: Self.action, field: "agreement.reviewDue")]
        }
        return [ReviewReason(.reviewDueSoon, .dueSoon, article: Self.article,
                             message: BilingualText(en: "the review is due on \(due)\(basis.en), \(relative.text(.en))",
                                                     sv: "granskningen ska göras senast \(due)\(basis.sv), \(relative.text(.sv))"),
                             action: Self.action, field: "agreement.reviewDue")]
    }
}
