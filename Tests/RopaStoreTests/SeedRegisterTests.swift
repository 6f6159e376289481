import Foundation
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// The registers in Data/, transcribed from the five seed policies.
final class SeedRegisterTests: XCTestCase {
    static let folders = ["ist-group", "ict-workgroup", "intelliplan", "izonen", "jsc-it-partner"]
    /// Rules that can only fire because of a transcription mistake, never because a policy is silent.
    static let transcriptionRules: Set<FindingCode> = [
        .duplicateID, .brokenReference, .invalidOrganisationNumber, .invalidDate, .unknownCountry,
        .processorChainCycle, .missingRecipient,
    ]

    private func load(_ name: String) throws -> (store: RegisterStore, register: Register) {
        let store = try RegisterStore(folder: "\(Fixtures.repositoryRoot)/Data/\(name)")
        return (store, try store.load())
    }

    func testEveryRegisterLoadsRoundTripsAndVerifies() throws {
        for name in Self.folders {
            let (store, register) = try load(name)
            XCTAssertEqual(try RegisterCodec.encode(register), store.workingFiles, "\(name) does not round-trip byte for byte")
            XCTAssertFalse(store.history.isEmpty, "\(name) ships without history")
            XCTAssertEqual(store.history.verify(), [], name)
            XCTAssertEqual(try store.unrecordedChanges(), [], "\(name) has files that differ from its head version")
        }
    }

    func testNoFindingComesFromTranscription() throws {
        for name in Self.folders {
            let findings = Validator(register: try load(name).register).findings()
            let mistakes = findings.filter { Self.transcriptionRules.contains($0.code) }
            XCTAssertEqual(mistakes.map { "\($0.code) \($0.entityID) \($0.field)" }, [], name)
        }
    }

    func testEveryFactCarriesItsProvenance() throws {
        for name in Self.folders {
            let register = try load(name).register
            for activity in register.activities {
                XCTAssertFalse(activity.provenance.isEmpty, "\(name)/\(activity.id) has no provenance")
            }
            for processor in register.processors { XCTAssertFalse(processor.provenance.isEmpty, "\(name)/\(processor.id)") }
            for joint in register.jointControllers { XCTAssertFalse(joint.provenance.isEmpty, "\(name)/\(joint.id)") }
        }
    }

    func testISTGroupHoldsItsPolicy() throws {
        let (store, register) = try load("ist-group")
        XCTAssertEqual(register.organisation.legalEntities.compactMap(\.organisationNumber), ["556254-0806", "556265-4755"])
        let names = Set(register.activities.map(\.name))
        for expected in ["Webbplatsaktivitet", "IST Support", "Kundservice och kontakt", "Nyhetsbrev och driftinformation",
                         "Kurser, workshops, seminarier och evenemang", "Närmast anhörig", "Jobbansökningar"] {
            XCTAssertTrue(names.contains(expected), expected)
        }
        XCTAssertEqual(register.activities.count, 12, "3.1.1–3.1.10, the social-media channels of section 4, and IST as processor for schools (3.1.2)")
        let schools = try XCTUnwrap(register.activity("appar-via-kommun-eller-skola"))
        XCTAssertEqual(schools.role, .processor)
        XCTAssertEqual(schools.provenance["role"], "IST integritetspolicy 3.1.2")
        let kundservice = try XCTUnwrap(register.activity("kundservice-och-kontakt"))
        XCTAssertTrue(kundservice.retention.contains { $0.period == RetentionPeriod(amount: 90, unit: .days, startingEvent: "avslutad förfrågan") })
        XCTAssertEqual(kundservice.purposes.first?.lawfulBasis, .legitimateInterests)
        // The platforms' legal entities and the Page Insights addenda are not in the policy: unknown, not invented.
        XCTAssertEqual(register.jointControllers.compactMap { $0.party?.name }, [])
        XCTAssertTrue(register.jointControllers.allSatisfy { $0.arrangement.status == .unknown })
        let group = try XCTUnwrap(register.jointController("ist-group-ab-och-ist-sverige-ab"), "the two group companies' joint control (2.1)")
        XCTAssertEqual(group.provenance["record"], "IST integritetspolicy 2.1")
        XCTAssertTrue(register.processors.allSatisfy { $0.agreement.status == .unknown }, "the policy says nothing of processor agreements")
        XCTAssertTrue(register.transfers.allSatisfy { $0.safeguard.mechanism == .standardContractualClauses })
        XCTAssertEqual(Set(register.organisation.supervisoryAuthorities.compactMap(\.country)), ["SE", "NO", "DK", "DE"])
        XCTAssertEqual(store.history.versions.first?.record.message, "Transcribed from the IST privacy policy of 2022-10-06")
        let findings = Validator(register: register).findings()
        XCTAssertTrue(findings.contains { $0.code == .arrangementUnknown && $0.entityID == "google-youtube" })
        XCTAssertEqual(store.history.versions.last?.record.message.hasPrefix("Legal review, December 2026"), true)
        XCTAssertTrue(findings.contains { $0.code == .transferMissingCountry })
    }

    func testICTWorkgroupIsProcessorAndController() throws {
        let register = try load("ict-workgroup").register
        XCTAssertTrue(register.activities.contains { $0.role == .processor && !$0.controllers.isEmpty })
        XCTAssertTrue(register.activities.contains { $0.role == .controller })
        XCTAssertTrue(register.activities.contains { $0.dataSources.contains { $0.contains("Spar") || $0.contains("Bisnode") } })
        XCTAssertTrue(register.activities.contains { activity in activity.retention.contains { $0.period == RetentionPeriod(amount: 3, unit: .months, startingEvent: $0.period?.startingEvent) } })
        XCTAssertTrue(register.activities.contains { activity in activity.retention.contains { $0.period?.amount == 7 && $0.period?.unit == .years } })
        XCTAssertTrue(register.transfers.contains { TextFolding.contains($0.name, "doman") })
    }

    func testIntelliplanKeepsVagueRetentionAsWritten() throws {
        let register = try load("intelliplan").register
        XCTAssertEqual(register.organisation.legalEntities.first?.organisationNumber, "556582-6848")
        XCTAssertTrue(register.activities.contains { $0.role == .processor })
        XCTAssertTrue(register.activities.contains { $0.purposes.contains { $0.lawfulBasis == .consent } })
        let vague = register.activities.flatMap(\.retention).filter { TextFolding.contains($0.text, "nödvändigt") }
        XCTAssertFalse(vague.isEmpty)
        XCTAssertTrue(vague.allSatisfy { $0.period == nil }, "a vague period must not be made definite")
    }

    func testIzonenNamesItsElevenSuppliersAndTheRetentionContradiction() throws {
        let register = try load("izonen").register
        XCTAssertEqual(register.organisation.legalEntities.compactMap(\.organisationNumber), ["556961-0214", "556768-2942"])
        let processors = Set(register.processors.map(\.name).map(TextFolding.fold))
        for supplier in ["Avastar AB", "Cityweb", "JGLIT-service", "Editnews", "Lundalogik", "Skype", "GotoMeeting", "Gotowebinar"] {
            XCTAssertTrue(processors.contains { $0.contains(TextFolding.fold(supplier)) }, supplier)
        }
        // Office and Visma are internal tools, and Swish and ePay are not shown to be processors.
        for notAProcessor in ["Visma", "Office", "Swish", "ePay"] {
            XCTAssertFalse(processors.contains { $0.contains(TextFolding.fold(notAProcessor)) }, notAProcessor)
        }
        XCTAssertTrue(register.activities.contains { $0.recipients.contains { $0.contains("Swish och ePay") } })
        // The policy says agreements exist with its processors: never "missing".
        XCTAssertFalse(register.processors.contains { $0.agreement.status == .missing })
        XCTAssertTrue(register.processors.allSatisfy { $0.agreement.signedDate == nil }, "the policy gives no agreement dates")
        XCTAssertEqual(Set(register.jointControllers.map(\.name)), ["Facebook", "LinkedIn", "Soderpalm iZONEN AB och Soderpalm Publishing"])
        let findings = Validator(register: register).findings()
        XCTAssertTrue(findings.contains { $0.code == .contradictoryRetention })
        XCTAssertTrue(findings.contains { $0.code == .transferMechanismUnknown }, "the policy names no safeguard: find out")
    }

    func testJSCHasAllergyDataUnderArticle9AndAdequacyOnlyTransfers() throws {
        let register = try load("jsc-it-partner").register
        XCTAssertEqual(register.organisation.legalEntities.first?.organisationNumber, "556595-0648")
        let forms = try XCTUnwrap(register.activities.first { $0.hasSpecialCategories })
        XCTAssertTrue(forms.dataCategories.contains { $0.specialCategory == .health && TextFolding.contains($0.name, "allergi") })
        XCTAssertFalse(forms.purposes.contains { $0.article9Condition != nil }, "no explicit consent under Art 9(2)(a) is stated")
        let services = try XCTUnwrap(register.activities.first { $0.role == .processor })
        XCTAssertTrue(services.purposes.allSatisfy { $0.lawfulBasis == nil }, "a processor record has no lawful basis of its own (Art 28(10))")
        let contacts = try XCTUnwrap(register.activity("kundkontakter-och-avtalsforhallandet"), "the controller processing of customer contacts (2.5)")
        XCTAssertEqual(contacts.provenance["retention"], "JSC integritetspolicy 2.5")
        XCTAssertTrue(register.transfers.allSatisfy { $0.safeguard.mechanism == .adequacy })
        XCTAssertTrue(register.activities.flatMap(\.dataCategories).contains { $0.highRisk == true && TextFolding.contains($0.name, "lösenord") })
        XCTAssertTrue(register.securityMeasures.contains { TextFolding.contains($0.name + ($0.description ?? ""), "larmklass 3") })
        let recruitment = try XCTUnwrap(register.activities.first { TextFolding.contains($0.name, "anställning") })
        XCTAssertTrue(recruitment.retention.contains { $0.period?.amount == 1 && $0.period?.unit == .years })
    }
}
