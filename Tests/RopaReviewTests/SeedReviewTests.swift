import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// The seed registers give the queue a DPO would expect from their privacy policies.
final class SeedReviewTests: ReviewTestCase {
    private func seedQueue(_ name: String, asOf: CalendarDate = Fixtures.asOf) throws -> [ReviewItem] {
        let register = try RegisterStore(folder: Fixtures.repositoryRoot + "/Data/\(name)").load()
        return AgreementReview(register: register, asOf: asOf).queue()
    }

    private func codes(_ item: ReviewItem?) -> Set<ReviewReason.Code> {
        Set(item?.reasons.map(\.code) ?? [])
    }

    func testIZONENsNamedSuppliersAllAppear() throws {
        let items = try seedQueue("izonen")
        let names = items.map(\.name)
        for supplier in ["Avastar AB", "Cityweb", "JGLIT-service", "Editnews", "Lundalogik", "Skype", "GotoMeeting", "Gotowebinar"] {
            XCTAssertTrue(names.contains(supplier), "\(supplier) missing from \(names)")
        }
        XCTAssertEqual(items.count, 8, "the named suppliers the policy shows as processors or leaves open; not Office, Visma, Swish or ePay")
        // Whether there is an agreement is not stated: find out, before the scheduled reviews.
        for id in ["avastar-ab", "gotomeeting", "gotowebinar", "skype"] {
            let item = items.first { $0.processorID == id }
            XCTAssertEqual(item?.urgency, .overdue, id)
            XCTAssertTrue(codes(item).contains(.agreementUnknown), id)
            XCTAssertFalse(codes(item).contains(.agreementMissing), id)
        }
        // "Vi har avtal med de leverantörer som är personuppgiftsbiträden": signed, but no date, no review, no checklist.
        for id in ["cityweb", "editnews", "jglit-service", "lundalogik"] {
            let item = items.first { $0.processorID == id }
            XCTAssertEqual(item?.urgency, .overdue, id)
            XCTAssertTrue(codes(item).isSuperset(of: [.reviewNotScheduled, .agreementDateUnknown, .clausesNotChecked]), "\(id): \(codes(item))")
            XCTAssertEqual(item?.reasons.first { $0.code == .clausesNotChecked }?.article, "Art 28(3)")
        }
        XCTAssertFalse(items.contains { $0.urgency == .critical }, "no agreement is known to be missing")
    }

    func testOtherSeedQueues() throws {
        let ist = try seedQueue("ist-group")
        XCTAssertEqual(ist.map(\.processorID), ["personuppgiftsbitraden-utanfor-eu-ees"])
        XCTAssertTrue(codes(ist.first).isSuperset(of: [.agreementUnknown, .sccModuleMissing, .sccReferenceMissing, .sccWithoutTIA]))
        XCTAssertEqual(ist.first?.urgency, .agreement, "no activity links the processor yet")

        let intelliplan = try seedQueue("intelliplan")
        XCTAssertEqual(intelliplan.map(\.processorID), ["leverantorer-av-it-tjanster-och-it-system"])
        XCTAssertEqual(intelliplan.first?.urgency, .overdue, "the policy says nothing of an agreement: find out")

        let ict = try seedQueue("ict-workgroup")
        XCTAssertEqual(Set(ict.map(\.processorID)), ["it-leverantorer", "samarbetspartner-for-undersokningar"])
        XCTAssertTrue(ict.allSatisfy { $0.urgency == .overdue && self.codes($0).contains(.reviewNotScheduled) })

        let jsc = try seedQueue("jsc-it-partner")
        XCTAssertEqual(Set(jsc.map(\.processorID)), ["leverantorer-for-marknadsforing", "underbitraden-inom-tjansterna", "underbitraden-vid-rekrytering"])
    }

    func testSeedQueuesDoNotDependOnTheDayWhenThePolicyGivesNoDates() throws {
        for name in ["ist-group", "ict-workgroup", "intelliplan", "izonen", "jsc-it-partner"] {
            XCTAssertEqual(try seedQueue(name), try seedQueue(name, asOf: CalendarDate(year: 2031, month: 1, day: 1)), name)
        }
    }
}
