import Foundation
import RopaExport
import RopaModel
import RopaTestSupport
import XCTest

/// What the privacy notice says and leaves out: rights derived from the lawful bases, the audience filter,
/// Art 13(2)(e) and Art 14 statements, automated decisions, and no ids, rule codes, field names or notes.
final class NoticeContentTests: XCTestCase {
    private func notice(_ register: Register, _ language: Language = .en, audience: String? = nil) -> NoticeText {
        NoticeText(PrivacyNotice.document(register, options: NoticeOptions(language: language, audience: audience)))
    }

    private func register(bases: [LawfulBasis]) -> Register {
        var register = Fixtures.cleanRegister()
        register.activities[0].purposes = bases.enumerated().map { index, basis in
            Purpose(id: "p\(index)", description: "Ändamål \(index)", lawfulBasis: basis,
                    legitimateInterest: basis == .legitimateInterests ? "Vårt intresse" : nil)
        }
        return register
    }

    func testRightsFollowTheLawfulBases() {
        let consent = notice(register(bases: [.consent])).text
        XCTAssertTrue(consent.contains("Data portability"), consent)
        XCTAssertTrue(consent.contains("Withdrawing consent"))
        XCTAssertFalse(consent.contains("Objection:"))

        let contract = notice(register(bases: [.contract])).text
        XCTAssertTrue(contract.contains("Data portability"))
        XCTAssertFalse(contract.contains("Withdrawing consent"))
        XCTAssertFalse(contract.contains("Objection:"))

        for basis in [LawfulBasis.legitimateInterests, .publicTask] {
            let text = notice(register(bases: [basis])).text
            XCTAssertTrue(text.contains("Objection:"), "\(basis)")
            XCTAssertFalse(text.contains("Data portability"), "\(basis)")
            XCTAssertFalse(text.contains("Withdrawing consent"), "\(basis)")
        }

        let obligation = notice(register(bases: [.legalObligation])).text
        for right in ["Data portability", "Withdrawing consent", "Objection:"] { XCTAssertFalse(obligation.contains(right), right) }
        for right in ["Access:", "Rectification:", "Erasure:", "Restriction:"] { XCTAssertTrue(obligation.contains(right), right) }

        let swedish = notice(register(bases: [.consent, .legitimateInterests]), .sv).text
        for right in ["Rätt till dataportabilitet", "Rätt att invända", "Rätt att återkalla samtycke"] {
            XCTAssertTrue(swedish.contains(right), right)
        }
    }

    func testEachRightNamesTheActivitiesItAppliesTo() {
        var register = register(bases: [.consent])
        var other = register.activities[0]
        other.id = "personal"
        other.name = "Personalregister"
        other.jointControllerIds = []
        other.purposes = [Purpose(id: "lon", description: "Lön", lawfulBasis: .legalObligation)]
        register.activities.append(other)
        let text = notice(register).text
        let withdraw = text.split(separator: "\n").first { $0.hasPrefix("Withdrawing consent") } ?? ""
        XCTAssertTrue(withdraw.hasSuffix("This applies to: Kundservice och kontakt."), String(withdraw))
    }

    func testTheAudienceKeepsItsActivitiesAndWhomTheyInvolve() throws {
        let (register, _) = try SeedRegisters.load("ist-group")
        let applicants = notice(register, .sv, audience: "SOKER JOBB")
        XCTAssertNotNil(applicants.section("Jobbansökningar"))
        XCTAssertNil(applicants.section("Kundservice och kontakt"))
        XCTAssertNil(applicants.section("Gemensamt personuppgiftsansvar"), "job applications involve no joint controller")
        XCTAssertTrue(applicants.text.contains("Informationen gäller: Personer som söker jobb på IST."), applicants.text)

        let visitors = notice(register, .sv, audience: "besökare")
        XCTAssertNotNil(visitors.section("Webbplatsaktivitet"))
        XCTAssertNotNil(visitors.section("Gemensamt personuppgiftsansvar"), "the website's plugins are under joint control")
        XCTAssertNil(visitors.section("Jobbansökningar"))

        let nobody = notice(register, .sv, audience: "astronauter")
        XCTAssertTrue(nobody.text.contains("Här beskrivs ingen behandling av personuppgifter."))
        XCTAssertNil(nobody.section("Överföring till länder utanför EU/EES"))
    }

    func testNoIdsRuleCodesFieldNamesOrInternalNotes() throws {
        let fieldNames = ["lawfulBasis", "legitimateInterest", "dataSubjects", "dataCategories", "processorIds", "transferIds",
                          "jointControllerIds", "retention[", "provenance", "article9Condition", "automatedDecisionMaking"]
        for name in SeedRegisters.names {
            let (register, _) = try SeedRegisters.load(name)
            let findings = Validator(register: register, asOf: SeedRegisters.date).findings()
            for language in Language.allCases {
                let text = notice(register, language).text
                var ids = register.activities.map(\.id) + register.processors.map(\.id) + register.transfers.map(\.id)
                    + register.jointControllers.map(\.id) + register.securityMeasures.map(\.id)
                // Slugs such as "kundservice-och-kontakt"; a one-hyphen id may be an ordinary word ("e-postpolicy").
                ids = ids.filter { $0.split(separator: "-").count > 2 }
                for id in ids { XCTAssertFalse(text.contains(id), "\(name) \(language): id \(id)") }
                for code in Set(findings.map(\.code.rawValue)) { XCTAssertFalse(text.contains(code), "\(name) \(language): rule \(code)") }
                for field in fieldNames { XCTAssertFalse(text.contains(field), "\(name) \(language): field \(field)") }
                // Notes and provenance are the DPO's, not the public's.
                let notes = ([register.organisation.notes, register.organisation.contact?.note, register.organisation.dataProtectionOfficer?.note]
                    + register.activities.map(\.notes) + register.processors.map(\.notes) + register.transfers.map(\.notes)
                    + register.jointControllers.map(\.notes)).compactMap { $0 }.filter { !$0.isEmpty }
                for note in notes { XCTAssertFalse(text.contains(note), "\(name) \(language): a note reached the notice: \(note.prefix(60))") }
                for activity in register.activities {
                    for source in activity.provenance.values where source.count > 12 {
                        XCTAssertFalse(text.contains(source), "\(name): provenance \(source)")
                    }
                }
            }
        }
    }

    func testStatesOnlyWhatTheRegisterHolds() {
        var register = Fixtures.cleanRegister()
        register.organisation.dataProtectionOfficer = nil
        register.transfers = []
        register.jointControllers = []
        register.activities[0].jointControllerIds = []
        register.activities[0].transferIds = []
        register.activities[0].dataProvision = nil
        let text = notice(register)
        XCTAssertNil(text.section("Data protection officer"))
        XCTAssertNil(text.section("Transfers to countries outside the EU/EEA"))
        XCTAssertNil(text.section("Joint controllers"))
        XCTAssertFalse(text.contains("copy of the safeguards"))
        XCTAssertFalse(text.contains("Do you have to give us the data?"), "no Art 13(2)(e) statement is recorded")
        XCTAssertFalse(text.contains("automated"), "no automated decision-making is recorded")
        XCTAssertFalse(text.contains("data protection officer"))
        XCTAssertTrue(text.contains("To use your rights, contact us."))
    }

    func testStatutoryOrContractualRequirementAndItsConsequence() {
        var register = Fixtures.cleanRegister()
        register.activities[0].dataProvision = DataProvision(requirement: .contractPrerequisite, consequence: "Vi kan inte hjälpa dig")
        let english = notice(register).section("Kundservice och kontakt") ?? ""
        XCTAssertTrue(english.contains("Do you have to give us the data?\nYes, if you want to enter into a contract with us"), english)
        XCTAssertTrue(english.contains("If you do not give them: Vi kan inte hjälpa dig"))
        register.activities[0].dataProvision = DataProvision(requirement: .statutory)
        let swedish = notice(register, .sv).section("Kundservice och kontakt") ?? ""
        XCTAssertTrue(swedish.contains("Måste du lämna uppgifterna?\nJa, du är skyldig enligt lag att lämna uppgifterna."), swedish)
        XCTAssertFalse(swedish.contains("Om du inte lämnar dem"))
    }

    func testSourcesSpecialCategoriesAndAutomatedDecisions() {
        var register = Fixtures.cleanRegister()
        register.activities[0].dataSources = ["Kreditupplysningsföretag"]
        register.activities[0].dataCategories.append(DataCategory(id: "halsa", name: "Allergier", specialCategory: .health))
        register.activities[0].purposes[0].article9Condition = .explicitConsent
        register.activities[0].automatedDecisionMaking = AutomatedDecisionMaking(used: .yes, profiling: .yes, description: "Poäng från betalningshistorik")
        let text = notice(register, .sv).section("Kundservice och kontakt") ?? ""
        XCTAssertTrue(text.contains("Varifrån uppgifterna kommer\nKreditupplysningsföretag"), text)
        XCTAssertTrue(text.contains("Allergier (känsliga personuppgifter)"))
        XCTAssertTrue(text.contains("Känsliga personuppgifter behandlas med stöd av ditt uttryckliga samtycke (artikel 9.2 a i dataskyddsförordningen)."))
        XCTAssertTrue(text.contains("Vi fattar beslut om dig som enbart grundar sig på automatiserad behandling"))
        XCTAssertTrue(text.contains("Vi använder profilering."))
        XCTAssertTrue(text.contains("Hur det går till och vad det innebär för dig: Poäng från betalningshistorik"))

        register.activities[0].automatedDecisionMaking = AutomatedDecisionMaking(used: .no, profiling: .unknown, description: "intern anteckning")
        let none = notice(register, .sv).section("Kundservice och kontakt") ?? ""
        XCTAssertTrue(none.contains("Vi fattar inga beslut om dig som enbart grundar sig på automatiserad behandling."))
        XCTAssertFalse(none.contains("intern anteckning"), "the logic is told only where decisions or profiling happen")
        XCTAssertFalse(none.contains("använder profilering"))
        XCTAssertFalse(none.contains("använder inte profilering"), "profiling is unknown")
    }

    func testControllerContactsDPOJointControllersTransfersAndComplaints() {
        let text = notice(Fixtures.cleanRegister(), .sv)
        XCTAssertTrue(text.contains("Exempel AB, organisationsnummer 556254-0806, Storgatan 1, 352 34 Växjö"))
        XCTAssertTrue(text.contains("E-post: info@exempel.se"))
        let dpo = text.section("Dataskyddsombud") ?? ""
        XCTAssertTrue(dpo.contains("Dana Dataskydd\nE-post: dso@exempel.se"), dpo)
        let joint = text.section("Gemensamt personuppgiftsansvar") ?? ""
        XCTAssertTrue(joint.contains("LinkedIn Ireland Unlimited Company"))
        XCTAssertTrue(joint.contains("Vem som ansvarar för vad\nLinkedIn svarar på de registrerades begäranden om Page Insights"), joint)
        XCTAssertTrue(joint.contains("Page Insights Joint Controller Addendum"))
        let transfers = text.section("Överföring till länder utanför EU/EES") ?? ""
        XCTAssertTrue(transfers.contains("Moln Inc. i USA: EU-kommissionens standardavtalsklausuler (SCC)"), transfers)
        XCTAssertTrue(transfers.contains("Kontakta oss om du vill få en kopia av skyddsåtgärderna"))
        let processors = text.section("Leverantörer som behandlar personuppgifter för vår räkning") ?? ""
        XCTAssertTrue(processors.contains("Moln Inc. (anlitad av Ärendesystem AB) – Drift (USA)"), processors)
        let complaints = text.section("Klagomål till tillsynsmyndighet") ?? ""
        XCTAssertTrue(complaints.contains("Sverige: Integritetsskyddsmyndigheten, https://www.imy.se"), complaints)

        var withoutAuthority = Fixtures.cleanRegister()
        withoutAuthority.organisation.supervisoryAuthorities = []
        XCTAssertTrue(notice(withoutAuthority, .sv).contains("Integritetsskyddsmyndigheten (IMY), www.imy.se"))
    }

    func testATransferWithoutASafeguardIsNamedWithoutClaimingOne() {
        var register = Fixtures.cleanRegister()
        register.transfers[0].safeguard = TransferSafeguard(mechanism: .none)
        let transfers = notice(register, .sv).section("Överföring till länder utanför EU/EES") ?? ""
        XCTAssertTrue(transfers.contains("\nMoln Inc. i USA\n") || transfers.hasSuffix("\nMoln Inc. i USA"), transfers)
        XCTAssertFalse(transfers.contains("skyddsåtgärd som"), "no safeguard is claimed")
        XCTAssertFalse(transfers.contains("kopia"), "no copy of a safeguard that is not recorded")
    }

    func testTheLeadAuthorityComesFirst() {
        var register = Fixtures.cleanRegister()
        register.organisation.supervisoryAuthorities = [
            SupervisoryAuthority(id: "imy", name: "IMY", country: "SE"),
            SupervisoryAuthority(id: "dk", name: "Datatilsynet", country: "DK", lead: true),
        ]
        let complaints = notice(register).section("Complaints to a supervisory authority") ?? ""
        let lines = complaints.split(separator: "\n").filter { $0.contains(": ") && !$0.hasPrefix("If you") }
        XCTAssertEqual(lines, ["Denmark: Datatilsynet", "Sweden: IMY"])
    }

    func testProcessorRecordsAreDescribedAsDoneForTheirControllers() {
        var register = Fixtures.cleanRegister()
        register.activities.append(Activity(id: "drift", name: "Drift åt kunder", role: .processor,
                                            controllers: [ExternalParty(id: "kund", name: "Kund AB")],
                                            purposes: [Purpose(id: "drift", description: "Drift av kundens system")],
                                            dataSubjects: ["Kundens anställda"], status: .active))
        let text = notice(register)
        let section = text.section("Personal data we process on behalf of others") ?? ""
        XCTAssertTrue(section.contains("On behalf of\nKund AB"), section)
        XCTAssertTrue(section.contains("Drift av kundens system"))
        XCTAssertNil(text.section("What we do with your personal data and why")?.range(of: "Drift åt kunder"))
    }

    func testDraftsAndRetiredActivitiesAreLeftOut() {
        var register = Fixtures.cleanRegister()
        var draft = register.activities[0]
        draft.id = "utkast"
        draft.name = "Planerad kampanj"
        draft.status = .draft
        var retired = draft
        retired.id = "avslutad"
        retired.name = "Gammal tävling"
        retired.status = .retired
        register.activities += [draft, retired]
        let text = notice(register).text
        XCTAssertFalse(text.contains("Planerad kampanj"))
        XCTAssertFalse(text.contains("Gammal tävling"))
    }

    func testMarkdownEscapesRegisterText() {
        let markdown = String(decoding: DocumentMarkdownRenderer.render(PrivacyNotice.document(HostileRegister.make())), as: UTF8.self)
        XCTAssertFalse(markdown.contains("<script>"), "raw HTML passes through")
        XCTAssertTrue(markdown.contains("\\<script\\>"), "the tag is escaped")
        XCTAssertFalse(markdown.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "a control character passes through")
        XCTAssertFalse(markdown.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
    }
}
