import RopaModel
import RopaTestSupport
import XCTest

/// The rules of the second round of the legal review: Art 10 and personnummer under dataskyddslagen, the
/// national law Art 9(2)(b), (g)–(j) rest on, DPIA screening, Art 22 and the whole of Art 28(3). Each starts
/// from the clean register, which none of them fires on.
final class NationalLawAndRiskRulesTests: XCTestCase {
    private func findings(_ mutate: (inout Register) -> Void) -> [Finding] {
        var register = Fixtures.cleanRegister()
        mutate(&register)
        return Validator(register: register, asOf: Fixtures.asOf).findings()
    }

    private func found(_ code: FindingCode, _ mutate: (inout Register) -> Void) -> [Finding] {
        findings(mutate).filter { $0.code == code }
    }

    // MARK: Art 10, dataskyddslagen 3 kap. 8 §

    func testOffenceDataNeedsABasisInLaw() throws {
        let offences = DataCategory(id: "brott", name: "Belastningsregister", specialCategory: .criminalOffences)
        let missing = found(.offenceDataWithoutLegalBasis) { $0.activities[0].dataCategories.append(offences) }
        let finding = try XCTUnwrap(missing.first)
        XCTAssertEqual(missing.count, 1)
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.field, "article10Basis")
        XCTAssertEqual(finding.article, "Art 10; dataskyddslagen (2018:218) 3 kap. 8 §, förordning (2018:219) 5 §")
        // IMY's further decisions rest on the ordinance's 6 § (DIFS 2018:2 1 §).
        XCTAssertTrue(finding.message(.en).contains("an IMY decision under förordning (2018:219) 6 §, DIFS 2018:2"), finding.message(.en))
        XCTAssertTrue(finding.message(.sv).contains("ett beslut av IMY enligt förordning (2018:219) 6 §"), finding.message(.sv))
        XCTAssertTrue(finding.message(.sv).contains("samtycke räcker inte"), finding.message(.sv))
        // The finding says what förordning (2018:219) allows others than authorities, in both languages.
        XCTAssertTrue(finding.message(.en).contains("legal claims to be established, exercised or defended"), finding.message(.en))
        XCTAssertTrue(finding.message(.en).contains("a legal obligation under an act or ordinance"), finding.message(.en))
        XCTAssertTrue(finding.message(.sv).contains("rättsliga anspråk ska kunna fastställas"), finding.message(.sv))
        XCTAssertTrue(finding.message(.sv).contains("enligt lag eller förordning"), finding.message(.sv))
        XCTAssertTrue(found(.offenceDataWithoutLegalBasis) {
            $0.activities[0].dataCategories.append(offences)
            $0.activities[0].article10Basis = "IMY:s beslut DI-2026-1"
        }.isEmpty)
        // Consent is no basis for Art 10 data: consent alone does not settle it.
        XCTAssertEqual(found(.offenceDataWithoutLegalBasis) {
            $0.activities[0].dataCategories.append(offences)
            $0.activities[0].purposes[0].lawfulBasis = .consent
        }.count, 1)
    }

    // MARK: Personnummer, dataskyddslagen 3 kap. 10 §

    func testPersonnummerWithoutConsentNeedsAJustification() throws {
        let number = DataCategory(id: "pnr", name: "Personnummer")
        let missing = found(.identityNumberWithoutJustification) { $0.activities[0].dataCategories.append(number) }
        XCTAssertEqual(missing.map(\.severity), [.warning])
        XCTAssertEqual(missing.first?.article, "Art 87; dataskyddslagen (2018:218) 3 kap. 10 §")
        XCTAssertTrue(found(.identityNumberWithoutJustification) {
            $0.activities[0].dataCategories.append(number)
            $0.activities[0].identityNumberJustification = "Säker identifiering vid löneutbetalning"
        }.isEmpty)
        XCTAssertTrue(found(.identityNumberWithoutJustification) {
            $0.activities[0].dataCategories.append(number)
            $0.activities[0].purposes[0].lawfulBasis = .consent
        }.isEmpty, "with consent the justification is not needed")
        XCTAssertEqual(found(.identityNumberWithoutJustification) {
            $0.activities[0].dataCategories.append(DataCategory(id: "id", name: "Personal identity number"))
        }.count, 1)
        XCTAssertTrue(DataCategory(id: "s", name: "Samordningsnummer").holdsIdentityNumbers)
        XCTAssertFalse(DataCategory(id: "n", name: "Kundnummer").holdsIdentityNumbers)
    }

    // MARK: Art 9(2)(b), (g)–(j)

    func testConditionsThatRestOnLawNeedTheProvision() throws {
        func health(_ condition: Article9Condition, provision: String? = nil) -> (inout Register) -> Void {
            { register in
                register.activities[0].dataCategories.append(DataCategory(id: "halsa", name: "Sjukfrånvaro", specialCategory: .health))
                register.activities[0].purposes[0].article9Condition = condition
                register.activities[0].purposes[0].statutoryProvision = provision
            }
        }
        let employment = found(.specialCategoryWithoutNationalLaw, health(.employmentAndSocialSecurity))
        XCTAssertEqual(employment.map(\.field), ["purposes[svara].statutoryProvision"])
        XCTAssertEqual(employment.first?.article, "Art 9(2)(b)")
        for condition in [Article9Condition.substantialPublicInterest, .healthOrSocialCare, .publicHealth, .archivingResearchStatistics] {
            XCTAssertEqual(found(.specialCategoryWithoutNationalLaw, health(condition)).count, 1, "\(condition)")
        }
        XCTAssertTrue(found(.specialCategoryWithoutNationalLaw, health(.employmentAndSocialSecurity, provision: "lag (1962:381) om allmän försäkring")).isEmpty)
        XCTAssertTrue(found(.specialCategoryWithoutNationalLaw, health(.explicitConsent)).isEmpty)
        XCTAssertTrue(found(.specialCategoryWithoutNationalLaw, health(.legalClaims)).isEmpty)
    }

    // MARK: DPIA screening (WP 248 rev.01, IMY's Art 35(4) list)

    func testTwoCriteriaAskForADPIAOrAReason() throws {
        let twoCriteria: (inout Register) -> Void = { register in
            register.activities[0].dataCategories.append(DataCategory(id: "halsa", name: "Hälsa", specialCategory: .health))
            register.activities[0].purposes[0].article9Condition = .explicitConsent
            register.activities[0].vulnerableDataSubjects = true
        }
        let likely = found(.dpiaLikelyRequired, twoCriteria)
        XCTAssertEqual(likely.map(\.severity), [.warning])
        XCTAssertTrue(likely.first?.message(.en).contains("Data concerning vulnerable data subjects") == true)
        XCTAssertEqual(DPIAScreening.criteria(of: { var r = Fixtures.cleanRegister(); twoCriteria(&r); return r.activities[0] }()),
                       [.sensitiveData, .vulnerableSubjects])
        // One criterion is not enough.
        XCTAssertTrue(found(.dpiaLikelyRequired) { $0.activities[0].vulnerableDataSubjects = true }.isEmpty)
        // Criteria ticked on the DPIA record count as well.
        XCTAssertEqual(found(.dpiaLikelyRequired) {
            $0.activities[0].dpia = DPIA(needed: .unknown, criteria: [.largeScale, .systematicMonitoring])
        }.count, 1)
        XCTAssertTrue(found(.dpiaLikelyRequired) {
            twoCriteria(&$0)
            $0.activities[0].dpia = DPIA(needed: .yes, status: .done, date: "2026-01-01")
        }.isEmpty)
        XCTAssertTrue(found(.dpiaLikelyRequired) {
            twoCriteria(&$0)
            $0.activities[0].dpia = DPIA(needed: .no, notNeededReason: "Få registrerade, ingen ny teknik; bedömning 2026-02-01")
        }.isEmpty)
        // "Needed, not done" is dpia-not-done's finding, not a second one.
        let pending = findings {
            twoCriteria(&$0)
            $0.activities[0].dpia = DPIA(needed: .yes, status: .inProgress)
        }.map(\.code)
        XCTAssertTrue(pending.contains(.dpiaNotDone))
        XCTAssertFalse(pending.contains(.dpiaLikelyRequired))
    }

    // MARK: IMY's Art 35(4) list

    func testOneItemOfIMYsListRequiresADPIAOnItsOwn() throws {
        let listed = found(.dpiaLikelyRequired) {
            $0.activities[0].dpia = DPIA(needed: .unknown, imyListItems: [.employeeInternetAndEmailMonitoring])
        }
        let finding = try XCTUnwrap(listed.first)
        XCTAssertEqual(listed.count, 1)
        XCTAssertEqual(DPIAScreening.criteria(of: { var r = Fixtures.cleanRegister()
            r.activities[0].dpia = DPIA(needed: .unknown, imyListItems: [.employeeInternetAndEmailMonitoring]); return r.activities[0] }()),
                       [], "no WP 248 criterion is met: the list item alone fires")
        XCTAssertEqual(finding.field, "dpia.imyListItems")
        XCTAssertEqual(finding.article, "Art 35(4); IMY, Art 35(4) list")
        XCTAssertTrue(finding.message(.sv).contains("En arbetsgivare som systematiskt övervakar hur de anställda använder internet och e-post"),
                      finding.message(.sv))
        XCTAssertTrue(finding.message(.en).contains("IMY's Art 35(4) list"), finding.message(.en))
        // A DPIA done, or a recorded reason, settles it; so does none listed.
        XCTAssertTrue(found(.dpiaLikelyRequired) {
            $0.activities[0].dpia = DPIA(needed: .yes, status: .done, date: "2026-01-01", imyListItems: [.whistleblowingSystem])
        }.isEmpty)
        XCTAssertTrue(found(.dpiaLikelyRequired) {
            $0.activities[0].dpia = DPIA(needed: .no, imyListItems: [.whistleblowingSystem], notNeededReason: "Bedömning 2026-02-01")
        }.isEmpty)
        XCTAssertTrue(found(.dpiaLikelyRequired) { $0.activities[0].dpia = DPIA(needed: .unknown, imyListItems: []) }.isEmpty)
        // A processor assists with the controllers' DPIA; it does not owe one.
        XCTAssertTrue(found(.dpiaLikelyRequired) {
            $0.activities[0].role = .processor
            $0.activities[0].dpia = DPIA(needed: .unknown, imyListItems: [.candidateDatabases])
        }.isEmpty)
    }

    func testIMYsListIsReferenceDataWithItsSource() {
        XCTAssertEqual(IMYListedProcessing.allCases.count, 5, "the five examples of working life checked on imy.se")
        for item in IMYListedProcessing.allCases {
            XCTAssertFalse(item.label.en.isEmpty, "\(item)")
            XCTAssertNotEqual(item.label.sv, item.label.en, "\(item)")
            XCTAssertEqual(item.citation, "IMY, Art 35(4) list")
        }
        XCTAssertTrue(IMYDPIAList.source.contains("Förteckning över när en konsekvensbedömning ska göras"))
        XCTAssertTrue(IMYDPIAList.source.contains("16 January 2019"))
        XCTAssertTrue(IMYDPIAList.source.contains("checked 2026-12-02"))
    }

    // MARK: Art 22

    func testAutomatedDecisionsNeedAnArticle22Exception() throws {
        let missing = found(.automatedDecisionWithoutException) {
            $0.activities[0].automatedDecisionMaking = AutomatedDecisionMaking(used: .yes, description: "Kreditbeslut")
        }
        XCTAssertEqual(missing.map(\.field), ["automatedDecisionMaking.exception"])
        XCTAssertEqual(missing.first?.article, "Art 22(2)")
        for exception in Article22Exception.allCases {
            XCTAssertTrue(found(.automatedDecisionWithoutException) {
                $0.activities[0].automatedDecisionMaking = AutomatedDecisionMaking(used: .yes, exception: exception)
            }.isEmpty, "\(exception)")
        }
        XCTAssertTrue(found(.automatedDecisionWithoutException) {
            $0.activities[0].automatedDecisionMaking = AutomatedDecisionMaking(used: .no)
        }.isEmpty)
    }

    // MARK: Art 28(3) as a whole

    func testOpeningItemsAndTheInfringingInstructionDutyAreChecked() throws {
        let duration = found(.agreementClauseMissing) {
            $0.processors[0].agreement.clauses["duration"] = ClauseCheck(status: .missing)
        }
        XCTAssertEqual(duration.map(\.field), ["agreement.clauses.duration"])
        XCTAssertEqual(duration.first?.article, "Art 28(3) first subparagraph")
        XCTAssertTrue(duration.first?.message(.en).contains("duration of the processing") == true)
        let infringing = found(.agreementClauseMissing) {
            $0.processors[0].agreement.clauses["infringingInstructions"] = ClauseCheck(status: .missing)
        }
        XCTAssertEqual(infringing.first?.article, "Art 28(3) second subparagraph")
        XCTAssertTrue(infringing.first?.message(.sv).contains("instruktioner som strider mot lagen") == true)
        XCTAssertEqual(Article28Clause.allCases.count, 15)
        XCTAssertEqual(Article28Clause.lettered.map(\.rawValue), ["a", "b", "c", "d", "e", "f", "g", "h"])
    }

    // MARK: Rights available

    func testRightsFollowTheLawfulBasesUnlessStated() {
        var activity = Fixtures.cleanRegister().activities[0]
        activity.purposes = [Purpose(id: "bokforing", description: "Bokföring", lawfulBasis: .legalObligation,
                                     statutoryProvision: "bokföringslagen (1999:1078) 7 kap. 2 §")]
        XCTAssertEqual(DataSubjectRights.derived(activity), [.access, .rectification, .restriction])
        activity.purposes.append(Purpose(id: "nyhetsbrev", description: "Nyhetsbrev", lawfulBasis: .consent))
        XCTAssertEqual(DataSubjectRights.derived(activity), [.access, .rectification, .erasure, .restriction, .portability, .withdrawConsent])
        activity.purposes = [Purpose(id: "intresse", description: "Kundservice", lawfulBasis: .legitimateInterests)]
        XCTAssertEqual(DataSubjectRights.derived(activity), [.access, .rectification, .erasure, .restriction, .objection])
        activity.automatedDecisionMaking = AutomatedDecisionMaking(used: .yes, exception: .contract)
        XCTAssertTrue(DataSubjectRights.derived(activity).contains(.humanIntervention))
        activity.rightsAvailable = [.access]
        XCTAssertEqual(DataSubjectRights.available(activity), [.access])
        activity.role = .processor
        activity.rightsAvailable = nil
        XCTAssertEqual(DataSubjectRights.available(activity), [])
    }
}
