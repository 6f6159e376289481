import RopaModel
import RopaTestSupport
import XCTest

/// Chapter V as it stands in December 2026: the EU's outermost regions and Åland are the EU, partial adequacy
/// decisions can be satisfied, an expired decision no longer counts, and an international organisation is a
/// recipient without a country.
final class TransferLawTests: XCTestCase {
    private func codes(_ register: Register, asOf: CalendarDate = Fixtures.asOf) -> [FindingCode] {
        Validator(register: register, asOf: asOf).findings().map(\.code)
    }

    func testAProcessorInAnOutermostRegionOrOnÅlandIsInTheEU() {
        for code in ["AX", "GF", "GP", "MF", "MQ", "RE", "YT"] {
            var register = Fixtures.cleanRegister()
            register.processors[0].country = code
            XCTAssertFalse(codes(register).contains(.processorOutsideEEAWithoutTransfer), code)
        }
    }

    func testAPartialAdequacyDecisionIsSatisfiedByTheRecipientsCertification() {
        var register = Fixtures.cleanRegister()
        register.transfers[0].safeguard = TransferSafeguard(mechanism: .adequacy)
        XCTAssertTrue(codes(register).contains(.adequacyPartial), "not yet shown that the recipient is certified")
        register.transfers[0].safeguard.recipientCoverage = RecipientCoverage(covered: true, reference: "https://www.dataprivacyframework.gov/list",
                                                                              checkedDate: "2026-05-02")
        XCTAssertFalse(codes(register).contains(.adequacyPartial))
        register.transfers[0].safeguard.recipientCoverage = RecipientCoverage(covered: false)
        XCTAssertTrue(codes(register).contains(.transferWithoutSafeguard), "a recipient the decision does not cover needs another safeguard")
    }

    func testBrazilHasAnAdequacyDecisionSince2026() {
        var register = Fixtures.cleanRegister()
        register.processors[1].country = "BR"
        register.transfers[0].country = "BR"
        register.transfers[0].safeguard = TransferSafeguard(mechanism: .adequacy)
        let found = codes(register)
        XCTAssertFalse(found.contains(.transferWithoutSafeguard))
        XCTAssertFalse(found.contains(.adequacyPartial))
    }

    func testTheUnitedKingdomsRenewedDecisionRunsUntil2031AndThenNoLongerCounts() {
        var register = Fixtures.cleanRegister()
        register.processors[1].country = "GB"
        register.transfers[0].country = "GB"
        register.transfers[0].safeguard = TransferSafeguard(mechanism: .adequacy)
        XCTAssertFalse(codes(register, asOf: CalendarDate(year: 2031, month: 12, day: 27)).contains(.adequacyExpired))
        XCTAssertTrue(codes(register, asOf: CalendarDate(year: 2031, month: 12, day: 28)).contains(.adequacyExpired))
    }

    func testATransferToTheEuropeanPatentOrganisationNeedsNoCountry() {
        var register = Fixtures.cleanRegister()
        register.transfers[0].recipient = TransferRecipient(kind: .internationalOrganisation, id: "european-patent-organisation")
        register.transfers[0].country = nil
        register.transfers[0].safeguard = TransferSafeguard(mechanism: .adequacy)
        let found = codes(register)
        XCTAssertFalse(found.contains(.transferMissingCountry))
        XCTAssertFalse(found.contains(.missingRecipient))
        XCTAssertFalse(found.contains(.transferWithoutSafeguard))
        XCTAssertFalse(found.contains(.unknownInternationalOrganisation))
    }

    func testEveryArticle46ToolAsksForATransferImpactAssessment() {
        for mechanism in TransferMechanism.allCases where mechanism.isArticle46Safeguard && mechanism != .standardContractualClauses {
            var register = Fixtures.cleanRegister()
            register.transfers[0].safeguard = TransferSafeguard(mechanism: mechanism, bcrReference: "BCR", documentation: "doc")
            register.transfers[0].transferImpactAssessmentDate = nil
            XCTAssertTrue(codes(register).contains(.safeguardWithoutTIA), mechanism.rawValue)
        }
    }

    func testUnknownAsksToFindOutAndMissingToObtainOne() throws {
        var unknown = Fixtures.cleanRegister()
        unknown.processors[0].agreement.status = .unknown
        var missing = Fixtures.cleanRegister()
        missing.processors[0].agreement.status = .missing
        let find = try XCTUnwrap(Validator(register: unknown, asOf: Fixtures.asOf).findings().first { $0.code == .agreementUnknown })
        let obtain = try XCTUnwrap(Validator(register: missing, asOf: Fixtures.asOf).findings().first { $0.code == .processorWithoutSignedAgreement })
        XCTAssertTrue(find.message.contains("find out"))
        XCTAssertTrue(obtain.message.contains("obtain one"))
        XCTAssertLessThan(obtain.severity, find.severity, "a known gap weighs more than an unanswered question")
    }

    func testUnderAGeneralAuthorisationNoApprovalIsAskedFor() {
        var register = Fixtures.cleanRegister()
        register.processors[1].approval = SubprocessorApproval(status: .notRequested, noticeDate: "2025-09-01")
        XCTAssertFalse(codes(register).contains(.subprocessorNotApproved))
        register.processors[0].agreement.subprocessorAuthorisation = .specific
        XCTAssertTrue(codes(register).contains(.subprocessorNotApproved))
    }

    /// Art 30(1)(e): an activity using a processor whose sub-processor (any depth) is in a third country.
    func testAnActivityReachesThirdCountriesThroughItsProcessorsChain() {
        var register = Fixtures.cleanRegister()
        register.transfers = []
        register.activities[0].transferIds = []
        let deeper = Processor(id: "djupare", name: "Djupare Ltd", country: "IN", parentProcessorId: "molnleverantor",
                               approval: SubprocessorApproval(status: .approved, noticeDate: "2025-09-01"),
                               agreement: ProcessorAgreement(status: .signed, signedDate: "2025-09-10"))
        register.processors.append(deeper)
        let routes = register.transferRoutes(of: register.activities[0])
        XCTAssertEqual(routes.map(\.country), ["US", "IN"])
        XCTAssertEqual(routes.last?.processorPath.map(\.id), ["arendesystem", "molnleverantor", "djupare"])
        let chain = Validator(register: register, asOf: Fixtures.asOf).findings().filter { $0.code == .thirdCountryThroughProcessor }
        XCTAssertEqual(chain.map(\.entityID), [register.activities[0].id, register.activities[0].id])
        XCTAssertTrue(chain.last?.message.contains("Ärendesystem AB → Moln Inc. → Djupare Ltd") == true)
        // With the transfers recorded, the routes carry them and the finding goes.
        register.transfers = Fixtures.cleanRegister().transfers
        XCTAssertEqual(register.transferRoutes(of: register.activities[0]).first?.transfer?.id, "overforing-usa")
    }

    /// An edit in the UI reuses earlier findings; the chain findings follow the processors all the same.
    func testTheMemoKeepsChainFindingsInStep() {
        var register = Fixtures.cleanRegister()
        register.transfers = []
        register.activities[0].transferIds = []
        let memo = ValidationMemo()
        let first = Validator(register: register, asOf: Fixtures.asOf).findings(memo: memo)
        XCTAssertTrue(first.contains { $0.code == .thirdCountryThroughProcessor })
        register.activities[0].name = "Nytt namn"
        let edited = Validator(register: register, asOf: Fixtures.asOf).findings(memo: memo, editedActivity: 0)
        XCTAssertEqual(edited, Validator(register: register, asOf: Fixtures.asOf).findings())
        XCTAssertEqual(edited.first { $0.code == .thirdCountryThroughProcessor }?.entityName, "Nytt namn")
    }
}

/// The chain rule skips activities whose processors cannot reach an unrecorded third country: on random
/// chains (repeated ids, loops of parents, unknown and EEA countries, transfers received or not) it finds
/// exactly what following every activity's routes finds.
final class ActivityChainShortcutTests: XCTestCase {
    func testSkippingActivitiesLosesNoChainFinding() {
        var random = SeededGenerator(seed: 30)
        let countries: [String?] = [nil, "SE", "DE", "US", "IN", "ZZ", "JP"]
        var found = 0
        for _ in 0..<200 {
            var register = Fixtures.cleanRegister()
            let ids = (0..<6).map { "p\($0)" }
            register.processors = (0..<8).map { index in
                Processor(id: ids[Int(random.next() % 6)], name: "Biträde \(index)", country: countries[Int(random.next() % 7)],
                          parentProcessorId: random.next() % 3 == 0 ? nil : ids[Int(random.next() % 6)])
            }
            register.transfers = (0..<Int(random.next() % 4)).map { index in
                Transfer(id: "t\(index)", name: "Överföring \(index)", recipient: TransferRecipient(kind: .processor, id: ids[Int(random.next() % 6)]),
                         country: countries[Int(random.next() % 7)])
            }
            for index in register.activities.indices {
                register.activities[index].processorIds = (0..<Int(random.next() % 3)).map { _ in ids[Int(random.next() % 6)] }
                register.activities[index].transferIds = random.next() % 2 == 0 ? [] : ["t0"]
            }
            let reported = Validator(register: register, asOf: Fixtures.asOf).findings().filter { $0.code == .thirdCountryThroughProcessor }
            var expected: [String] = []
            for activity in register.activities where activity.status != .retired {
                for route in register.transferRoutes(of: activity) where route.transfer == nil && !route.processorPath.isEmpty {
                    guard let code = route.country, register.countries.country(code) != nil else { continue }
                    expected.append(activity.id)
                }
            }
            XCTAssertEqual(reported.map(\.entityID).sorted(), expected.sorted())
            found += expected.count
        }
        XCTAssertGreaterThan(found, 50, "the random chains do reach third countries")
    }
}
