import RopaModel
import RopaTestSupport
import XCTest

final class ValidatorTests: XCTestCase {
    private func codes(_ register: Register) -> Set<String> {
        Set(Validator(register: register, asOf: Fixtures.asOf).findings().map(\.code))
    }

    func testCleanRegisterHasNoFindings() {
        let findings = Validator(register: Fixtures.cleanRegister(), asOf: Fixtures.asOf).findings()
        XCTAssertEqual(findings.map { "\($0.code) \($0.entityID) \($0.field)" }, [])
    }

    /// Each rule, fired by one change to the clean register.
    func testEachRuleFiresOnACraftedRegister() {
        let cases: [(code: String, severity: Severity, mutate: (inout Register) -> Void)] = [
            ("duplicate-id", .error, { $0.securityMeasures.append(SecurityMeasure(id: "kundservice", name: "Dubblett")) }),
            ("broken-reference", .error, { $0.activities[0].processorIds.append("finns-inte") }),
            ("broken-reference", .error, { $0.activities[0].retention[0].dataCategoryIds = ["okand"] }),
            ("missing-purpose", .error, { $0.activities[0].purposes = [] }),
            ("missing-lawful-basis", .error, { $0.activities[0].purposes[0].lawfulBasis = nil }),
            ("legitimate-interest-not-described", .warning, { $0.activities[0].purposes[0].legitimateInterest = nil }),
            ("missing-data-subjects", .error, { $0.activities[0].dataSubjects = [] }),
            ("missing-data-categories", .error, { $0.activities[0].dataCategories = [] }),
            ("missing-recipients", .error, { register in
                register.activities[0].recipients = []
                register.activities[0].processorIds = []
                register.activities[0].jointControllerIds = []
            }),
            ("special-category-without-condition", .error, {
                $0.activities[0].dataCategories.append(DataCategory(id: "allergi", name: "Allergier", specialCategory: .health))
            }),
            ("missing-retention", .warning, { $0.activities[0].retention = [] }),
            ("contradictory-retention", .warning, {
                $0.activities[0].retention.append(RetentionRule(id: "sju-ar", text: "sju år", period: RetentionPeriod(amount: 7, unit: .years)))
            }),
            ("missing-security-measures", .warning, { $0.activities[0].securityMeasureIds = [] }),
            ("processor-record-without-controller", .error, { $0.activities[0].role = .processor }),
            ("joint-control-without-partner", .error, { register in
                register.activities[0].role = .jointController
                register.activities[0].jointControllerIds = []
            }),
            ("dpia-not-done", .warning, { $0.activities[0].dpia = DPIA(needed: .yes, status: .inProgress) }),
            ("missing-owner", .info, { $0.activities[0].owner = nil }),
            ("never-reviewed", .info, { $0.activities[0].lastReviewed = nil }),
            ("processor-without-signed-agreement", .error, { $0.processors[0].agreement.status = .sent }),
            ("processor-without-signed-agreement", .error, { $0.processors[0].agreement.status = .expired }),
            ("agreement-date-unknown", .warning, { $0.processors[0].agreement.signedDate = nil }),
            ("agreement-review-overdue", .warning, { $0.processors[0].agreement.reviewDue = "2026-05-31" }),
            ("agreement-clause-missing", .warning, { $0.processors[0].agreement.clauses["d"] = ClauseCheck(status: .missing) }),
            ("processor-outside-eea-without-transfer", .error, { $0.processors[0].country = "IN" }),
            ("missing-processor-country", .warning, { $0.processors[0].country = nil }),
            ("unknown-country", .error, { $0.processors[0].country = "XX" }),
            ("processor-not-linked", .info, { $0.activities[0].processorIds = [] }),
            ("subprocessor-not-approved", .warning, { $0.processors[1].approval = nil }),
            ("subprocessor-without-notice", .warning, { $0.processors[1].approval?.noticeDate = nil }),
            ("processor-chain-cycle", .error, { $0.processors[0].parentProcessorId = "molnleverantor" }),
            ("transfer-missing-country", .error, { $0.transfers[0].country = nil }),
            ("transfer-inside-eea", .info, { $0.transfers[0].country = "DE" }),
            ("transfer-without-safeguard", .error, { $0.transfers[0].safeguard = TransferSafeguard(mechanism: .none) }),
            ("transfer-without-safeguard", .error, { register in
                register.transfers[0].country = "IN"
                register.transfers[0].safeguard = TransferSafeguard(mechanism: .adequacy)
            }),
            ("adequacy-partial", .warning, { $0.transfers[0].safeguard = TransferSafeguard(mechanism: .adequacy) }),
            ("scc-missing-module", .warning, { $0.transfers[0].safeguard.sccModule = nil }),
            ("scc-without-tia", .warning, { $0.transfers[0].transferImpactAssessmentDate = nil }),
            ("scc-date-unknown", .info, { $0.transfers[0].safeguard.sccSignedDate = nil }),
            ("derogation-not-named", .error, { $0.transfers[0].safeguard = TransferSafeguard(mechanism: .derogation) }),
            ("derogation-undocumented", .error, {
                $0.transfers[0].safeguard = TransferSafeguard(mechanism: .derogation, derogation: .compellingLegitimateInterests)
            }),
            ("bcr-missing-reference", .warning, { $0.transfers[0].safeguard = TransferSafeguard(mechanism: .bindingCorporateRules) }),
            ("missing-recipient", .error, { $0.transfers[0].recipient = TransferRecipient(kind: .other) }),
            ("joint-controller-without-arrangement", .error, { $0.jointControllers[0].arrangement = JointArrangement(status: .missing) }),
            ("arrangement-unreferenced", .warning, { $0.jointControllers[0].arrangement.title = nil }),
            ("responsibilities-not-described", .info, { $0.jointControllers[0].responsibilities = nil }),
            ("joint-controller-outside-eea-without-transfer", .warning, { $0.jointControllers[0].country = "US" }),
            ("invalid-organisation-number", .error, { $0.organisation.legalEntities[0].organisationNumber = "556254-0807" }),
            ("invalid-organisation-number", .error, { $0.organisation.legalEntities[0].organisationNumber = "12345" }),
            ("missing-organisation-number", .warning, { $0.organisation.legalEntities[0].organisationNumber = nil }),
            ("missing-legal-entity", .error, { $0.organisation.legalEntities = [] }),
            ("missing-controller-contact", .error, { $0.organisation.contact = nil }),
            ("dpo-missing-contact", .warning, { $0.organisation.dataProtectionOfficer = Contact(name: "Utsedd") }),
            ("no-dpo-recorded", .info, { $0.organisation.dataProtectionOfficer = nil }),
            ("no-supervisory-authority", .info, { $0.organisation.supervisoryAuthorities = [] }),
            ("invalid-date", .error, { $0.activities[0].lastReviewed = "2026-02-30" }),
            ("invalid-date", .error, { $0.processors[0].agreement.signedDate = "1 mars 2025" }),
        ]
        for (index, testCase) in cases.enumerated() {
            var register = Fixtures.cleanRegister()
            testCase.mutate(&register)
            let findings = Validator(register: register, asOf: Fixtures.asOf).findings()
            let matching = findings.filter { $0.code == testCase.code }
            XCTAssertFalse(matching.isEmpty, "case \(index): \(testCase.code) did not fire; got \(findings.map(\.code))")
            XCTAssertTrue(matching.allSatisfy { $0.severity == testCase.severity }, "case \(index): \(testCase.code) severity")
            XCTAssertTrue(matching.allSatisfy { !$0.message.isEmpty && !$0.field.isEmpty && !$0.entityID.isEmpty }, "case \(index)")
        }
    }

    func testFindingsAreOrderedBySeverity() {
        var register = Fixtures.cleanRegister()
        register.activities[0].owner = nil
        register.activities[0].retention = []
        register.activities[0].purposes = []
        let severities = Validator(register: register, asOf: Fixtures.asOf).findings().map(\.severity)
        XCTAssertEqual(severities, severities.sorted())
        XCTAssertEqual(Set(severities), [.error, .warning, .info])
    }

    func testReviewDueIsMeasuredAgainstTheGivenDay() {
        var register = Fixtures.cleanRegister()
        register.processors[0].agreement.reviewDue = "2026-07-01"
        XCTAssertFalse(codes(register).contains("agreement-review-overdue"))
        let later = Validator(register: register, asOf: CalendarDate(year: 2026, month: 7, day: 2)).findings()
        XCTAssertTrue(later.contains { $0.code == "agreement-review-overdue" })
    }

    func testArticle10DataNeedsNoArticle9Condition() {
        var register = Fixtures.cleanRegister()
        register.activities[0].dataCategories.append(DataCategory(id: "brott", name: "Belastningsregister", specialCategory: .criminalOffences))
        XCTAssertFalse(codes(register).contains("special-category-without-condition"))
    }

    func testHighRiskDataIsNotTreatedAsSpecialCategory() {
        var register = Fixtures.cleanRegister()
        register.activities[0].dataCategories.append(DataCategory(id: "losenord", name: "Lösenord", highRisk: true))
        XCTAssertFalse(codes(register).contains("special-category-without-condition"))
    }

    func testReferenceDataKnowsTheEEAAndAdequacy() {
        let countries = CountryList.builtIn
        XCTAssertEqual(countries.countries.filter(\.eea).count, 30)
        XCTAssertEqual(countries.countries.filter { $0.adequacy != nil }.map(\.code).sorted(),
                       ["AD", "AR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "US", "UY"])
        XCTAssertEqual(countries.country("se")?.nameSv, "Sverige")
        XCTAssertNotNil(countries.country("US")?.adequacy?.scope)
    }

    func testVocabulariesHaveBothLanguages() {
        func check<V: Vocabulary>(_ type: V.Type) {
            for value in V.allCases {
                XCTAssertFalse(value.label.en.isEmpty, "\(value)")
                XCTAssertFalse(value.label.sv.isEmpty, "\(value)")
            }
        }
        check(LawfulBasis.self); check(Article9Condition.self); check(SpecialCategory.self); check(TransferMechanism.self)
        check(SCCModule.self); check(Article49Derogation.self); check(AgreementStatus.self); check(Article28Clause.self)
        check(ClauseStatus.self); check(SubprocessorAuthorisation.self); check(ApprovalStatus.self); check(ProcessingRole.self)
        check(ActivityStatus.self); check(Answer.self); check(DPIAStatus.self); check(PeriodUnit.self)
        check(SecurityMeasureKind.self); check(ArrangementStatus.self); check(TransferRecipientKind.self)
        XCTAssertEqual(LawfulBasis.legitimateInterests.citation, "Art 6(1)(f)")
        XCTAssertEqual(SCCModule.defaultReference, "Commission Implementing Decision (EU) 2021/914")
    }
}

final class BilingualFindingTests: XCTestCase {
    /// Every finding any rule can produce has a Swedish message that is not the English one.
    func testEveryFindingHasASwedishMessage() {
        var register = Fixtures.cleanRegister()
        register.organisation.legalEntities[0].organisationNumber = "556254-0807"
        register.organisation.contact = nil
        register.organisation.dataProtectionOfficer = Contact(name: "Utsedd")
        register.activities[0].purposes = [Purpose(id: "p", description: "Statistik", lawfulBasis: .legitimateInterests)]
        register.activities[0].retention = []
        register.activities[0].dataCategories.append(DataCategory(id: "h", name: "Hälsa", specialCategory: .health))
        register.processors[0].agreement.status = .draft
        register.processors[0].country = "IN"
        register.processors[1].approval = nil
        register.transfers[0].country = nil
        register.jointControllers[0].arrangement = JointArrangement(status: .missing)
        register.activities[0].lastReviewed = "igår"
        let findings = Validator(register: register, asOf: Fixtures.asOf).findings()
        XCTAssertGreaterThan(Set(findings.map(\.code)).count, 10)
        for finding in findings {
            XCTAssertFalse(finding.swedishMessage.isEmpty, finding.code)
            XCTAssertNotEqual(finding.swedishMessage, finding.message, finding.code)
            XCTAssertEqual(finding.message(.sv), finding.swedishMessage)
        }
    }
}
