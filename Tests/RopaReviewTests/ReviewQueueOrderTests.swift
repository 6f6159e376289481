import RopaModel
import RopaTestSupport
import XCTest

/// The queue's order: urgency tier, then the earliest review date, then name; and `--as-of` determinism.
final class ReviewQueueOrderTests: ReviewTestCase {
    func testQueueIsMostUrgentFirst() {
        var register = Fixtures.cleanRegister()
        addSignedProcessor("transfer-problem", name: "A Transfer AB", to: &register) { $0.country = "IN" }
        addSignedProcessor("clause-gap", name: "B Klausul AB", to: &register) { $0.agreement.clauses["c"] = ClauseCheck(status: .missing) }
        addSignedProcessor("soon-later", name: "C Snart AB", to: &register) { $0.agreement.reviewDue = "2026-06-25" }
        addSignedProcessor("soon-first", name: "D Snart AB", to: &register) { $0.agreement.reviewDue = "2026-06-05" }
        addSignedProcessor("overdue-recent", name: "E Sen AB", to: &register) { $0.agreement.reviewDue = "2026-05-20" }
        addSignedProcessor("overdue-old", name: "F Sen AB", to: &register) { $0.agreement.reviewDue = "2025-12-01" }
        addSignedProcessor("never-reviewed", name: "G Aldrig AB", to: &register) { processor in
            processor.agreement.signedDate = nil
            processor.agreement.reviewDue = nil
            processor.agreement.lastReviewed = nil
        }
        addSignedProcessor("no-agreement", name: "Z Saknas AB", to: &register) { $0.agreement.status = .missing }
        register.processors[1].approval?.status = .pending

        let items = queue(register)
        XCTAssertEqual(items.map(\.processorID), [
            "no-agreement",
            "overdue-old", "overdue-recent", "never-reviewed",
            "soon-first", "soon-later",
            "clause-gap",
            "molnleverantor",
            "transfer-problem",
        ])
        XCTAssertEqual(items.map(\.urgency), [.critical, .overdue, .overdue, .overdue, .dueSoon, .dueSoon, .agreement, .subprocessor, .transfer])
        XCTAssertEqual(items[1].daysUntilReview, -182)
        XCTAssertEqual(items[4].daysUntilReview, 4)
        XCTAssertEqual(items.map(\.urgency.rank), items.map(\.urgency.rank).sorted())
    }

    func testAsOfMakesTheQueueDeterministic() {
        let register = Fixtures.cleanRegister()    // review due 2026-09-01, due-soon window 30 days
        XCTAssertEqual(queue(register, asOf: Fixtures.asOf), [])
        XCTAssertEqual(queue(register, asOf: CalendarDate(year: 2026, month: 8, day: 1)), [])

        let soon = queue(register, asOf: CalendarDate(year: 2026, month: 8, day: 15))
        XCTAssertEqual(soon.map(\.processorID), ["arendesystem"])
        XCTAssertEqual(soon.first?.reasons.map(\.code), [.reviewDueSoon])
        XCTAssertEqual(soon.first?.urgency, .dueSoon)
        XCTAssertEqual(soon.first?.daysUntilReview, 17)
        XCTAssertTrue(soon.first?.reasons.first?.message.contains("in 17 days") == true)

        let late = queue(register, asOf: CalendarDate(year: 2026, month: 9, day: 2))
        XCTAssertEqual(late.first?.reasons.map(\.code), [.reviewOverdue])
        XCTAssertEqual(late.first?.urgency, .overdue)
        XCTAssertEqual(late.first?.daysUntilReview, -1)
        XCTAssertTrue(late.first?.reasons.first?.message.contains("1 day ago") == true)

        XCTAssertEqual(queue(register, asOf: CalendarDate(year: 2026, month: 9, day: 2)), late, "same register and date, same queue")
    }

    func testReviewDateIsDerivedWhenNotRecorded() {
        var agreement = ProcessorAgreement(status: .signed, signedDate: "2025-01-31")
        XCTAssertEqual(ReviewSchedule(agreement, intervalMonths: 12).due, CalendarDate("2026-01-31"))
        XCTAssertEqual(ReviewSchedule(agreement, intervalMonths: 1).due, CalendarDate("2025-02-28"))
        agreement.lastReviewed = "2025-06-15"
        XCTAssertEqual(ReviewSchedule(agreement, intervalMonths: 6).due, CalendarDate("2025-12-15"))
        agreement.reviewDue = "2025-09-01"
        XCTAssertEqual(ReviewSchedule(agreement, intervalMonths: 6).due, CalendarDate("2025-09-01"))
        XCTAssertEqual(ReviewSchedule(agreement, intervalMonths: 6).basis, .recorded)
        agreement.reviewDue = "1 september"
        XCTAssertNil(ReviewSchedule(agreement, intervalMonths: 6).due)
        XCTAssertEqual(ReviewSchedule(agreement, intervalMonths: 6).invalidRecordedDate, "1 september")

        let item = queue(clean { register in
            register.processors[0].agreement.reviewDue = nil
            register.processors[0].agreement.lastReviewed = nil
            register.processors[0].agreement.signedDate = "2025-05-01"
        }).first
        XCTAssertEqual(item?.reviewDue, CalendarDate("2026-05-01"))
        XCTAssertTrue(item?.reasons.first?.message.contains("12 months after signing on 2025-05-01") == true, item?.reasons.first?.message ?? "")
    }

    func testTheReviewIntervalIsARegisterSetting() {
        let register = clean { register in
            register.settings.reviewIntervalMonths = 6
            register.processors[0].agreement.reviewDue = nil
            register.processors[0].agreement.lastReviewed = "2025-11-01"
        }
        XCTAssertEqual(queue(register).first?.reasons.map(\.code), [.reviewOverdue])
        var yearly = register
        yearly.settings.reviewIntervalMonths = 12
        XCTAssertEqual(queue(yearly), [])
    }

    func testSubprocessorChainIsNamed() {
        var register = Fixtures.cleanRegister()
        register.processors.append(Processor(id: "datacenter", name: "Datacenter GmbH", country: "DE", parentProcessorId: "molnleverantor"))
        let item = AgreementReview(register: register, asOf: Fixtures.asOf).item(for: "datacenter")
        XCTAssertEqual(item?.chain.map(\.id), ["arendesystem", "molnleverantor"])
        XCTAssertEqual(item?.parentID, "molnleverantor")
        XCTAssertEqual(item?.depth, 2)
        XCTAssertEqual(item?.usedBy, ["kundservice"])
        // The general authorisation in arendesystem's agreement flows down the chain: notice is expected.
        XCTAssertEqual(item?.reasons.map(\.code), [.subprocessorNotApproved, .subprocessorWithoutNotice])
        XCTAssertEqual(register.engagingChain(of: "datacenter").map(\.id), ["arendesystem", "molnleverantor"])
        XCTAssertEqual(register.activitiesUsing(processorID: "datacenter"), ["kundservice"])
    }
}
