import RopaModel
import RopaTestSupport
import XCTest

/// The notice findings of `ropa validate`: what the privacy notice (Art 13 and 14) needs and the register
/// lacks, each in the notice category with its article, fired by one change to the clean register.
final class NoticeRulesTests: XCTestCase {
    private func findings(_ register: Register) -> [Finding] {
        Validator(register: register, asOf: Fixtures.asOf).findings().filter { $0.category == .notice }
    }

    func testEachNoticeRuleFiresWithItsArticle() {
        let cases: [(code: FindingCode, article: String, mutate: (inout Register) -> Void)] = [
            (.noticeDPOWithoutContact, "Art 13(1)(b)", { $0.organisation.dataProtectionOfficer = Contact(role: "Dataskyddsombud") }),
            (.noticeLegitimateInterestNotDescribed, "Art 13(1)(d)", { $0.activities[0].purposes[0].legitimateInterest = " " }),
            (.noticeSourceNotStated, "Art 14(2)(f)", { $0.activities[0].collectedFrom = .otherSources }),
            (.noticeSourceNotStated, "Art 14(2)(f)", { $0.activities[0].collectedFrom = .both }),
            (.noticeProvisionNotStated, "Art 13(2)(e)", { $0.activities[0].dataProvision = nil }),
            (.noticeConsequenceNotStated, "Art 13(2)(e)", { $0.activities[0].dataProvision = DataProvision(requirement: .contractual) }),
            (.noticeAutomatedLogicNotDescribed, "Art 13(2)(f), Art 14(2)(g)", {
                $0.activities[0].automatedDecisionMaking = AutomatedDecisionMaking(used: .no, profiling: .yes)
            }),
        ]
        XCTAssertEqual(findings(Fixtures.cleanRegister()).map(\.code), [], "the clean register lacks nothing for its notice")
        for (code, article, mutate) in cases {
            var register = Fixtures.cleanRegister()
            mutate(&register)
            let found = findings(register)
            XCTAssertEqual(found.map(\.code), [code], "\(code)")
            XCTAssertEqual(found.first?.article, article, "\(code)")
            XCTAssertEqual(found.first?.severity, .warning, "\(code)")
            XCTAssertEqual(found.first?.code.category, .notice)
            XCTAssertFalse(found.first?.message(.sv).isEmpty ?? true)
        }
        XCTAssertTrue(FindingCode.allCases.filter { $0.category == .notice }.allSatisfy { $0.rawValue.hasPrefix("notice-") })
        XCTAssertEqual(FindingCode.missingOwner.category, .record)
    }

    func testWhatANoticeDoesNotNeedIsNotAsked() {
        var register = Fixtures.cleanRegister()
        // Data from other sources, with the source named: Art 13(2)(e) does not apply and Art 14 is met.
        register.activities[0].dataProvision = nil
        register.activities[0].collectedFrom = .otherSources
        register.activities[0].dataSources = ["Kreditupplysningsföretag"]
        XCTAssertEqual(findings(register).map(\.code), [])
        // Voluntary data needs no consequence; a processor record and a retired activity need no notice of ours.
        register = Fixtures.cleanRegister()
        register.activities[0].dataProvision = DataProvision(requirement: .voluntary)
        XCTAssertEqual(findings(register).map(\.code), [])
        for change in [{ (activity: inout Activity) in activity.status = .retired },
                       { (activity: inout Activity) in activity.role = .processor }] {
            var register = Fixtures.cleanRegister()
            change(&register.activities[0])
            register.activities[0].dataProvision = nil
            register.activities[0].purposes[0].legitimateInterest = nil
            XCTAssertEqual(findings(register).map(\.code), [])
        }
        // No data protection officer is a record question (no-dpo-recorded), not a gap in the notice.
        register = Fixtures.cleanRegister()
        register.organisation.dataProtectionOfficer = nil
        XCTAssertEqual(findings(register).map(\.code), [])
    }
}
