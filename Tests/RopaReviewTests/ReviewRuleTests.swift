import RopaModel
import RopaTestSupport
import XCTest

/// Each attention rule fires on a crafted register and stays quiet on the clean one.
final class ReviewRuleTests: ReviewTestCase {
    func testCleanRegisterNeedsNoAttention() {
        XCTAssertEqual(queue(Fixtures.cleanRegister()).map(\.processorID), [])
        XCTAssertNil(AgreementReview(register: Fixtures.cleanRegister(), asOf: Fixtures.asOf).item(for: "arendesystem"))
    }

    typealias Case = (code: ReviewReason.Code, urgency: ReviewUrgency, processor: String, article: String, mutate: (inout Register) -> Void)

    static var cases: [Case] { [
        (.agreementMissing, .critical, "arendesystem", "Art 28(3)", { $0.processors[0].agreement.status = .missing }),
        (.agreementMissing, .agreement, "arendesystem", "Art 28(3)", { register in
            register.processors[0].agreement.status = .missing
            register.activities[0].processorIds = []
        }),
        (.agreementMissing, .agreement, "arendesystem", "Art 28(3)", { register in
            register.processors[0].agreement.status = .missing
            register.activities[0].status = .retired
        }),
        (.agreementUnsigned, .critical, "arendesystem", "Art 28(3), Art 28(9)", { $0.processors[0].agreement.status = .draft }),
        (.agreementUnsigned, .critical, "arendesystem", "Art 28(3), Art 28(9)", { $0.processors[0].agreement.status = .sent }),
        (.agreementExpired, .critical, "arendesystem", "Art 28(3)", { $0.processors[0].agreement.status = .expired }),
        (.agreementTerminated, .critical, "arendesystem", "Art 28(3)", { $0.processors[0].agreement.status = .terminated }),
        (.subprocessorObjected, .critical, "molnleverantor", "Art 28(2)", { $0.processors[1].approval?.status = .objected }),
        (.subprocessorObjected, .subprocessor, "molnleverantor", "Art 28(2)", { register in
            register.processors[1].approval?.status = .objected
            register.activities[0].processorIds = []
        }),
        (.reviewOverdue, .overdue, "arendesystem", "Art 28(1), Art 24(1)", { $0.processors[0].agreement.reviewDue = "2026-05-31" }),
        (.reviewOverdue, .overdue, "arendesystem", "Art 28(1), Art 24(1)", { register in
            register.processors[0].agreement.reviewDue = nil
            register.processors[0].agreement.lastReviewed = "2025-05-01"
        }),
        (.reviewNotScheduled, .overdue, "arendesystem", "Art 28(1), Art 24(1)", { register in
            register.processors[0].agreement.reviewDue = nil
            register.processors[0].agreement.lastReviewed = nil
            register.processors[0].agreement.signedDate = nil
        }),
        (.reviewDateInvalid, .overdue, "arendesystem", "Art 28(1), Art 24(1)", { $0.processors[0].agreement.reviewDue = "2026-13-01" }),
        (.reviewDueSoon, .dueSoon, "arendesystem", "Art 28(1), Art 24(1)", { $0.processors[0].agreement.reviewDue = "2026-06-20" }),
        (.reviewDueSoon, .dueSoon, "arendesystem", "Art 28(1), Art 24(1)", { $0.processors[0].agreement.reviewDue = "2026-06-01" }),
        // Art 28(9) is the writing requirement, not a date: the date shows the agreement governed the processing.
        (.agreementDateUnknown, .agreement, "arendesystem", "Art 28(3), Art 5(2)", { $0.processors[0].agreement.signedDate = nil }),
        (.agreementUnknown, .overdue, "arendesystem", "Art 28(3)", { $0.processors[0].agreement.status = .unknown }),
        (.agreementUnknown, .agreement, "arendesystem", "Art 28(3)", { register in
            register.processors[0].agreement.status = .unknown
            register.activities[0].processorIds = []
        }),
        (.clauseMissing, .agreement, "arendesystem", "Art 28(3)(d)", { $0.processors[0].agreement.clauses["d"] = ClauseCheck(status: .missing) }),
        (.clausePartial, .agreement, "arendesystem", "Art 28(3)(g)", { $0.processors[0].agreement.clauses["g"] = ClauseCheck(status: .partial, note: "bara radering") }),
        (.clausesNotChecked, .agreement, "arendesystem", "Art 28(3)(b)", { $0.processors[0].agreement.clauses["b"] = nil }),
        (.clausesNotChecked, .agreement, "arendesystem", "Art 28(3)", { $0.processors[0].agreement.clauses = [:] }),
        (.clausesNotChecked, .agreement, "arendesystem", "Art 28(3)(a), (e), (h)", { register in
            for letter in ["a", "e", "h"] { register.processors[0].agreement.clauses[letter] = ClauseCheck(status: .notChecked) }
        }),
        (.clauseMissing, .agreement, "arendesystem", "Art 28(3)(h)", { register in
            register.processors[0].agreement.status = .draft
            register.activities[0].processorIds = []
            register.processors[0].agreement.clauses["h"] = ClauseCheck(status: .missing)
        }),
        (.subprocessorNotApproved, .subprocessor, "molnleverantor", "Art 28(2)", { $0.processors[1].approval = nil }),
        (.subprocessorNotApproved, .subprocessor, "molnleverantor", "Art 28(2)", { $0.processors[1].approval?.status = .pending }),
        (.subprocessorNotApproved, .subprocessor, "molnleverantor", "Art 28(2)", { $0.processors[1].approval?.status = .notRequested }),
        (.subprocessorWithoutNotice, .subprocessor, "molnleverantor", "Art 28(2)", { $0.processors[1].approval?.noticeDate = nil }),
        (.subprocessorAuthorisationUnknown, .subprocessor, "arendesystem", "Art 28(2), Art 28(3)(d)", {
            $0.processors[0].agreement.subprocessorAuthorisation = nil
        }),
        (.processorCountryUnknown, .transfer, "arendesystem", "Art 44, Art 30(1)(e)", { $0.processors[0].country = nil }),
        (.processorCountryUnknown, .transfer, "arendesystem", "Art 44, Art 30(1)(e)", { $0.processors[0].country = "XX" }),
        (.transferNotRecorded, .transfer, "arendesystem", "Art 44, Art 30(1)(e)", { $0.processors[0].country = "IN" }),
        (.transferNotRecorded, .transfer, "molnleverantor", "Art 44, Art 30(1)(e)", { $0.transfers[0].recipient.id = "arendesystem" }),
        (.transferWithoutSafeguard, .transfer, "molnleverantor", "Art 44, Art 46", { $0.transfers[0].safeguard = TransferSafeguard() }),
        (.transferWithoutSafeguard, .transfer, "molnleverantor", "Art 45", { register in
            register.processors[1].country = "IN"
            register.transfers[0].country = "IN"
            register.transfers[0].safeguard = TransferSafeguard(mechanism: .adequacy)
        }),
        (.sccModuleMissing, .transfer, "molnleverantor", "Art 46(2)(c)", { $0.transfers[0].safeguard.sccModule = nil }),
        (.sccReferenceMissing, .transfer, "molnleverantor", "Art 46(2)(c)", { $0.transfers[0].safeguard.sccSignedDate = nil }),
        (.sccOutdated, .transfer, "molnleverantor", "Art 46(2)(c)", {
            $0.transfers[0].safeguard.sccReference = "Commission Decision 2010/87/EU"
        }),
        (.sccWithoutTIA, .transfer, "molnleverantor", "Art 46(1)", { $0.transfers[0].transferImpactAssessmentDate = nil }),
        (.safeguardWithoutTIA, .transfer, "molnleverantor", "Art 46(1)", { register in
            register.transfers[0].safeguard = TransferSafeguard(mechanism: .bindingCorporateRules, bcrReference: "BCR-P")
            register.transfers[0].transferImpactAssessmentDate = nil
        }),
        (.transferMechanismUnknown, .transfer, "molnleverantor", "Art 44, Art 30(1)(e)", { $0.transfers[0].safeguard = TransferSafeguard(mechanism: .unknown) }),
    ] }

    func testEachRuleFiresOnACraftedRegister() {
        for (index, testCase) in Self.cases.enumerated() {
            let label = "case \(index): \(testCase.code.rawValue)"
            let items = queue(clean(testCase.mutate))
            guard let item = items.first(where: { $0.processorID == testCase.processor }) else {
                XCTFail("\(label): \(testCase.processor) is not in the queue \(items.map(\.processorID))")
                continue
            }
            guard let reason = item.reasons.first(where: { $0.code == testCase.code }) else {
                XCTFail("\(label): reasons are \(item.reasons.map(\.code.rawValue))")
                continue
            }
            XCTAssertEqual(reason.urgency, testCase.urgency, label)
            XCTAssertEqual(reason.article, testCase.article, label)
            XCTAssertFalse(reason.message.isEmpty, label)
            XCTAssertFalse(reason.action.isEmpty, label)
            XCTAssertFalse(reason.field.isEmpty, label)
            XCTAssertEqual(item.urgency, item.reasons.map(\.urgency).min(), label)
            XCTAssertEqual(item.reasons.map(\.urgency), item.reasons.map(\.urgency).sorted(), "\(label): reasons most urgent first")
        }
    }

    func testEveryReasonCodeHasACase() {
        let covered = Set(Self.cases.map(\.code.rawValue))
        XCTAssertEqual(covered, Set(ReviewReason.Code.allCases.map(\.rawValue)))
    }

    func testTransferReasonsNameTheirTransfer() {
        let item = queue(clean { $0.transfers[0].transferImpactAssessmentDate = nil }).first
        XCTAssertEqual(item?.reasons.first?.transferID, "overforing-usa")
        XCTAssertTrue(item?.reasons.first?.message.contains("Drift hos Moln Inc.") == true)
    }

    /// Changes that look like problems but are not.
    func testQuietWhereNothingNeedsAttention() {
        let quiet: [(String, (inout Register) -> Void)] = [
            ("an ended agreement nobody uses, and its sub-processors", { register in
                register.processors[0].agreement.status = .terminated
                register.activities[0].processorIds = []
                register.processors[1].approval = nil
            }),
            ("review due one day after the due-soon window", { $0.processors[0].agreement.reviewDue = "2026-07-02" }),
            ("the due-soon window is the register's setting", { register in
                register.settings.dueSoonDays = 20
                register.processors[0].agreement.reviewDue = "2026-06-22"
            }),
            ("review date derived from the last review, far off", { register in
                register.processors[0].agreement.reviewDue = nil
                register.processors[0].agreement.lastReviewed = "2026-05-01"
            }),
            ("a transfer inside the EEA needs no safeguard", { register in
                register.processors[1].country = "DE"
                register.transfers[0].country = "DE"
                register.transfers[0].safeguard = TransferSafeguard()
                register.transfers[0].transferImpactAssessmentDate = nil
            }),
            ("a processor in the EEA needs no transfer", { $0.transfers = []; $0.activities[0].transferIds = []; $0.processors[1].country = "IE" }),
            ("adequacy where a decision exists", { register in
                register.processors[1].country = "JP"
                register.transfers[0].country = "JP"
                register.transfers[0].safeguard = TransferSafeguard(mechanism: .adequacy)
                register.transfers[0].transferImpactAssessmentDate = nil
            }),
            ("no notice is needed under a specific authorisation", { register in
                register.processors[0].agreement.subprocessorAuthorisation = .specific
                register.processors[1].approval?.noticeDate = nil
            }),
            ("SCC reference left to the 2021 default", { $0.transfers[0].safeguard.sccReference = nil }),
            ("a processor without sub-processors needs no authorisation recorded", { register in
                register.processors.removeLast()
                register.transfers = []
                register.activities[0].transferIds = []
                register.processors[0].agreement.subprocessorAuthorisation = nil
            }),
        ]
        for (label, mutate) in quiet {
            XCTAssertEqual(queue(clean(mutate)).flatMap { $0.reasons.map(\.code.rawValue) }, [], label)
        }
    }

    func testDueSoonWindowBoundaryIsInclusive() {
        let onEdge = queue(clean { $0.processors[0].agreement.reviewDue = "2026-07-01" })
        XCTAssertEqual(onEdge.first?.reasons.map(\.code), [.reviewDueSoon])
        XCTAssertEqual(onEdge.first?.daysUntilReview, 30)
        XCTAssertEqual(onEdge.first?.reviewDueText, "2026-07-01 (in 30 days)")
    }

    func testReasonsAreListedMostUrgentFirst() {
        let item = queue(clean { register in
            register.processors[0].country = nil
            register.processors[0].agreement.clauses["d"] = ClauseCheck(status: .missing)
            register.processors[0].agreement.reviewDue = "2026-05-01"
        }).first
        XCTAssertEqual(item?.reasons.map(\.code), [.reviewOverdue, .clauseMissing, .processorCountryUnknown])
        XCTAssertEqual(item?.urgency, .overdue)
    }

    func testClauseMessagesCarryLocationAndNote() {
        let item = queue(clean {
            $0.processors[0].agreement.clauses["e"] = ClauseCheck(status: .partial, note: "inga svarstider", location: "§ 9")
        }).first
        let message = item?.reasons.first?.message ?? ""
        XCTAssertTrue(message.contains("(e)") && message.contains("§ 9") && message.contains("inga svarstider"), message)
    }

    func testChainLoopDoesNotHang() {
        let items = queue(clean { $0.processors[0].parentProcessorId = "molnleverantor" })
        XCTAssertEqual(Set(items.map(\.processorID)), ["arendesystem"])
        XCTAssertLessThanOrEqual(items.first?.chain.count ?? 0, 1)
    }
}
