import RopaModel
import RopaTestSupport
import XCTest

final class ValidatorTests: XCTestCase {
    private func codes(_ register: Register) -> Set<FindingCode> {
        Set(Validator(register: register, asOf: Fixtures.asOf).findings().map(\.code))
    }

    func testCleanRegisterHasNoFindings() {
        let findings = Validator(register: Fixtures.cleanRegister(), asOf: Fixtures.asOf).findings()
        XCTAssertEqual(findings.map { "\($0.code) \($0.entityID) \($0.field)" }, [])
    }

    /// Each rule, fired by one change to the clean register.
    func testEachRuleFiresOnACraftedRegister() {
        let cases: [(code: FindingCode, severity: Severity, mutate: (inout Register) -> Void)] = [
            (.duplicateID, .error, { $0.securityMeasures.append(SecurityMeasure(id: "kundservice", name: "Dubblett")) }),
            (.brokenReference, .error, { $0.activities[0].processorIds.append("finns-inte") }),
            (.brokenReference, .error, { $0.activities[0].retention[0].dataCategoryIds = ["okand"] }),
            (.missingPurpose, .error, { $0.activities[0].purposes = [] }),
            (.missingLawfulBasis, .error, { $0.activities[0].purposes[0].lawfulBasis = nil }),
            (.legitimateInterestNotDescribed, .warning, { $0.activities[0].purposes[0].legitimateInterest = nil }),
            (.missingDataSubjects, .error, { $0.activities[0].dataSubjects = [] }),
            (.missingDataCategories, .error, { $0.activities[0].dataCategories = [] }),
            (.missingRecipients, .error, { register in
                register.activities[0].recipients = []
                register.activities[0].processorIds = []
                register.activities[0].jointControllerIds = []
            }),
            (.specialCategoryWithoutCondition, .error, {
                $0.activities[0].dataCategories.append(DataCategory(id: "allergi", name: "Allergier", specialCategory: .health))
            }),
            (.missingRetention, .warning, { $0.activities[0].retention = [] }),
            (.contradictoryRetention, .warning, {
                $0.activities[0].retention.append(RetentionRule(id: "sju-ar", text: "sju år", period: RetentionPeriod(amount: 7, unit: .years)))
            }),
            (.missingSecurityMeasures, .warning, { $0.activities[0].securityMeasureIds = [] }),
            (.processorRecordWithoutController, .error, { $0.activities[0].role = .processor }),
            (.jointControlWithoutPartner, .error, { register in
                register.activities[0].role = .jointController
                register.activities[0].jointControllerIds = []
            }),
            (.dpiaNotDone, .warning, { $0.activities[0].dpia = DPIA(needed: .yes, status: .inProgress) }),
            (.missingOwner, .info, { $0.activities[0].owner = nil }),
            (.neverReviewed, .info, { $0.activities[0].lastReviewed = nil }),
            (.processorWithoutSignedAgreement, .error, { $0.processors[0].agreement.status = .sent }),
            (.processorWithoutSignedAgreement, .error, { $0.processors[0].agreement.status = .expired }),
            (.agreementDateUnknown, .warning, { $0.processors[0].agreement.signedDate = nil }),
            (.agreementReviewOverdue, .warning, { $0.processors[0].agreement.reviewDue = "2026-05-31" }),
            (.agreementClauseMissing, .warning, { $0.processors[0].agreement.clauses["d"] = ClauseCheck(status: .missing) }),
            (.processorOutsideEEAWithoutTransfer, .error, { $0.processors[0].country = "IN" }),
            (.missingProcessorCountry, .warning, { $0.processors[0].country = nil }),
            (.unknownCountry, .error, { $0.processors[0].country = "XX" }),
            (.processorNotLinked, .info, { $0.activities[0].processorIds = [] }),
            (.subprocessorNotApproved, .warning, { register in
                register.processors[0].agreement.subprocessorAuthorisation = .specific
                register.processors[1].approval = nil
            }),
            (.subprocessorAuthorisationUnknown, .warning, { $0.processors[0].agreement.subprocessorAuthorisation = nil }),
            (.subprocessorObjectionPeriodOpen, .info, { $0.processors[1].approval?.noticeDate = "2026-05-20" }),
            (.objectionPeriodNotRecorded, .info, { $0.processors[0].agreement.objectionPeriodDays = nil }),
            (.subprocessorObjected, .error, { $0.processors[1].approval?.status = .objected }),
            (.subprocessorAgreementMissing, .error, { $0.processors[1].agreement.status = .missing }),
            (.subprocessorAgreementUnknown, .warning, { $0.processors[1].agreement.status = .unknown }),
            (.agreementUnknown, .warning, { $0.processors[0].agreement.status = .unknown }),
            (.arrangementUnknown, .warning, { $0.jointControllers[0].arrangement = JointArrangement(status: .unknown) }),
            (.transferMechanismUnknown, .warning, { $0.transfers[0].safeguard = TransferSafeguard(mechanism: .unknown) }),
            (.safeguardWithoutTIA, .warning, { register in
                register.transfers[0].safeguard = TransferSafeguard(mechanism: .certification, documentation: "EuroPriSe")
                register.transfers[0].transferImpactAssessmentDate = nil
            }),
            (.adequacyExpired, .error, { register in
                register.countryList = CountryList(asOf: "2026-06-01", source: "test", countries: CountryList.builtIn.countries.map { country in
                    var country = country
                    if country.code == "US" { country.adequacy?.expires = "2026-05-31" }
                    return country
                })
                register.transfers[0].safeguard = TransferSafeguard(mechanism: .adequacy)
            }),
            (.processorRecordWithOwnBasis, .warning, { register in
                register.activities[0].role = .processor
                register.activities[0].controllers = [ExternalParty(id: "kommunen", name: "Kommunen", contact: Contact(email: "dpo@kommunen.se"))]
            }),
            (.controllerContactMissing, .warning, { register in
                register.activities[0].role = .processor
                register.activities[0].controllers = [ExternalParty(id: "kommunen", name: "Kommunen")]
            }),
            (.jointControllerContactMissing, .warning, { $0.jointControllers[0].party?.contact = nil }),
            (.recipientsNoneWithProcessors, .warning, { $0.activities[0].recipients = ["Inga"] }),
            (.vagueRetention, .warning, { $0.activities[0].retention = [RetentionRule(id: "r", text: "Så länge det är nödvändigt för ändamålet")] }),
            (.sccModuleMismatch, .error, { $0.transfers[0].safeguard.sccModule = .module2 }),
            (.derogationForSystematicTransfers, .error, { register in
                register.transfers[0].safeguard = TransferSafeguard(mechanism: .derogation, derogation: .contractWithDataSubject, occasional: false)
            }),
            (.derogationForSystematicTransfers, .warning, { register in
                register.transfers[0].safeguard = TransferSafeguard(mechanism: .derogation, derogation: .contractWithDataSubject)
            }),
            (.unknownInternationalOrganisation, .warning, { register in
                register.transfers[0].recipient = TransferRecipient(kind: .internationalOrganisation, id: "no-such-organisation")
            }),
            (.subprocessorWithoutNotice, .warning, { $0.processors[1].approval?.noticeDate = nil }),
            (.processorChainCycle, .error, { $0.processors[0].parentProcessorId = "molnleverantor" }),
            (.transferMissingCountry, .error, { $0.transfers[0].country = nil }),
            (.transferInsideEEA, .info, { $0.transfers[0].country = "DE" }),
            (.transferWithoutSafeguard, .error, { $0.transfers[0].safeguard = TransferSafeguard(mechanism: .none) }),
            (.transferWithoutSafeguard, .error, { register in
                register.transfers[0].country = "IN"
                register.transfers[0].safeguard = TransferSafeguard(mechanism: .adequacy)
            }),
            (.adequacyPartial, .warning, { $0.transfers[0].safeguard = TransferSafeguard(mechanism: .adequacy) }),
            (.sccMissingModule, .warning, { $0.transfers[0].safeguard.sccModule = nil }),
            (.sccWithoutTIA, .warning, { $0.transfers[0].transferImpactAssessmentDate = nil }),
            (.sccDateUnknown, .info, { $0.transfers[0].safeguard.sccSignedDate = nil }),
            (.derogationNotNamed, .error, { $0.transfers[0].safeguard = TransferSafeguard(mechanism: .derogation) }),
            (.derogationUndocumented, .error, {
                $0.transfers[0].safeguard = TransferSafeguard(mechanism: .derogation, derogation: .compellingLegitimateInterests)
            }),
            (.bcrMissingReference, .warning, { $0.transfers[0].safeguard = TransferSafeguard(mechanism: .bindingCorporateRules) }),
            (.missingRecipient, .error, { $0.transfers[0].recipient = TransferRecipient(kind: .other) }),
            (.jointControllerWithoutArrangement, .error, { $0.jointControllers[0].arrangement = JointArrangement(status: .missing) }),
            (.arrangementUnreferenced, .warning, { $0.jointControllers[0].arrangement.title = nil }),
            (.responsibilitiesNotDescribed, .info, { $0.jointControllers[0].responsibilities = nil }),
            (.jointControllerOutsideEEAWithoutTransfer, .error, { $0.jointControllers[0].country = "US" }),
            (.invalidOrganisationNumber, .error, { $0.organisation.legalEntities[0].organisationNumber = "556254-0807" }),
            (.invalidOrganisationNumber, .error, { $0.organisation.legalEntities[0].organisationNumber = "12345" }),
            (.missingOrganisationNumber, .warning, { $0.organisation.legalEntities[0].organisationNumber = nil }),
            (.missingLegalEntity, .error, { $0.organisation.legalEntities = [] }),
            (.missingControllerContact, .error, { $0.organisation.contact = nil }),
            (.dpoMissingContact, .warning, { $0.organisation.dataProtectionOfficer = Contact(name: "Utsedd") }),
            (.noDPORecorded, .info, { $0.organisation.dataProtectionOfficer = nil }),
            (.noSupervisoryAuthority, .info, { $0.organisation.supervisoryAuthorities = [] }),
            (.invalidDate, .error, { $0.activities[0].lastReviewed = "2026-02-30" }),
            (.invalidDate, .error, { $0.processors[0].agreement.signedDate = "1 mars 2025" }),
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
        XCTAssertFalse(codes(register).contains(.agreementReviewOverdue))
        let later = Validator(register: register, asOf: CalendarDate(year: 2026, month: 7, day: 2)).findings()
        XCTAssertTrue(later.contains { $0.code == .agreementReviewOverdue })
    }

    /// A purpose not yet described (just added in the UI) is not quoted as "" in its lawful basis finding.
    func testALawfulBasisFindingOfAnUndescribedPurposeQuotesNothing() {
        var register = Fixtures.cleanRegister()
        register.activities[0].purposes[0].description = ""
        register.activities[0].purposes[0].lawfulBasis = nil
        let finding = Validator(register: register, asOf: Fixtures.asOf).findings().first { $0.code == .missingLawfulBasis }
        XCTAssertEqual(finding?.message(.en), "choose the Art 6(1) lawful basis for the purpose")
        XCTAssertEqual(finding?.message(.sv), "välj rättslig grund enligt art. 6.1 för ändamålet")
    }

    func testArticle10DataNeedsNoArticle9Condition() {
        var register = Fixtures.cleanRegister()
        register.activities[0].dataCategories.append(DataCategory(id: "brott", name: "Belastningsregister", specialCategory: .criminalOffences))
        XCTAssertFalse(codes(register).contains(.specialCategoryWithoutCondition))
    }

    func testHighRiskDataIsNotTreatedAsSpecialCategory() {
        var register = Fixtures.cleanRegister()
        register.activities[0].dataCategories.append(DataCategory(id: "losenord", name: "Lösenord", highRisk: true))
        XCTAssertFalse(codes(register).contains(.specialCategoryWithoutCondition))
    }

    func testReferenceDataKnowsTheEEAAndAdequacy() {
        let countries = CountryList.builtIn
        // The 30 EEA states, plus the outermost regions with their own ISO codes and Åland, which are the EU.
        XCTAssertEqual(countries.countries.filter(\.eea).count, 37)
        for code in ["AX", "GF", "GP", "MF", "MQ", "RE", "YT"] { XCTAssertEqual(countries.country(code)?.eu, true, code) }
        XCTAssertEqual(countries.country("BL")?.eea, false, "Saint-Barthélemy left the EU in 2012 (an overseas territory)")
        XCTAssertEqual(countries.countries.filter { $0.adequacy != nil }.map(\.code).sorted(),
                       ["AD", "AR", "BR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "US", "UY"])
        XCTAssertEqual(countries.country("BR")?.adequacy?.reference, "Commission Implementing Decision (EU) 2026/179")
        XCTAssertEqual(countries.country("BR")?.adequacy?.date, "2026-01-26")
        XCTAssertEqual(countries.country("GB")?.adequacy?.expires, "2031-12-27")
        for code in ["JP", "KR", "CA", "IL", "US"] { XCTAssertNotNil(countries.country(code)?.adequacy?.scopeSv, code) }
        for country in countries.countries { if let decision = country.adequacy { XCTAssertNotNil(decision.source, country.code) } }
        XCTAssertEqual(countries.internationalOrganisation("european-patent-organisation")?.adequacy?.date, "2025-07-15")
        XCTAssertEqual(countries.country("se")?.nameSv, "Sverige")
        XCTAssertNotNil(countries.country("US")?.adequacy?.scope)
    }

    /// The UK renewal of December 2025 and the European Patent Organisation decision carry their numbers
    /// (checked against the Official Journal's text), their dates and expiries.
    func testTheRenewedAndTheInternationalDecisionsCarryTheirNumbers() throws {
        let countries = CountryList.builtIn
        let kingdom = try XCTUnwrap(countries.country("GB")?.adequacy)
        XCTAssertTrue(kingdom.reference.contains("(EU) 2025/2574"), kingdom.reference)
        XCTAssertTrue(kingdom.reference.contains("(EU) 2021/1772"), "the renewal amends the 2021 decision")
        XCTAssertEqual(kingdom.date, "2025-12-19")
        XCTAssertEqual(kingdom.expires, "2031-12-27")
        XCTAssertTrue(kingdom.source?.contains("C(2025) 8771") == true)
        XCTAssertFalse(kingdom.source?.contains("renewal was not verified") == true)
        // The June 2025 extension of the GDPR decision is cited with where its number comes from (secondary
        // sources, not the Official Journal), beside its Law Enforcement Directive counterpart read on EUR-Lex.
        XCTAssertTrue(kingdom.source?.contains("(EU) 2025/1226 of 24 June 2025 (CELEX 32025D1226; the number is from two secondary sources") == true,
                      kingdom.source ?? "")
        XCTAssertTrue(kingdom.source?.contains("(EU) 2025/1225 of 24 June 2025, notified as C(2025) 3898") == true, kingdom.source ?? "")
        let patents = try XCTUnwrap(countries.internationalOrganisation("european-patent-organisation")?.adequacy)
        XCTAssertEqual(patents.reference, "Commission Implementing Decision (EU) 2025/1382")
        XCTAssertNil(patents.expires, "the decision has no sunset clause")
        XCTAssertTrue(patents.source?.contains("C(2025) 4626") == true)
        XCTAssertTrue(patents.source?.contains("checked 2026-12-02") == true)
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
            XCTAssertFalse(finding.swedishMessage.isEmpty, finding.code.rawValue)
            XCTAssertNotEqual(finding.swedishMessage, finding.message, finding.code.rawValue)
            XCTAssertEqual(finding.message(.sv), finding.swedishMessage)
        }
    }
}
