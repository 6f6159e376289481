import RopaExport
import RopaImport
import RopaModel
import RopaTestSupport
import XCTest

/// The fields of the ICO's and the CNIL's templates, what Swedish law asks for, and the sub-processor and
/// transfer fields of the first round of the legal review: each has a column in the tables, in both languages,
/// and an import puts an edited cell back into the model.
final class CatalogueFieldsRoundTripTests: XCTestCase {
    private func filled() -> Register {
        var register = Fixtures.cleanRegister()
        var activity = register.activities[0]
        activity.department = "Kundservice"
        activity.vulnerableDataSubjects = true
        activity.article10Basis = "IMY:s beslut DI-2026-1"
        activity.identityNumberJustification = "Säker identifiering vid avtal"
        activity.purposes[0].statutoryProvision = "bokföringslagen (1999:1078) 7 kap. 2 §"
        activity.rightsAvailable = [.access, .rectification, .objection]
        activity.consentRecords = "https://exempel.se/samtycken"
        activity.legitimateInterestsAssessment = "LIA-2026-01"
        activity.systems = ["Zendesk", "Outlook"]
        activity.storageLocation = "Sverige (Stockholm)"
        activity.retentionPolicy = "Gallringsplan 2026"
        activity.automatedDecisionMaking = AutomatedDecisionMaking(used: .yes, description: "Prioritering", exception: .outsideArticle22)
        activity.dpia = DPIA(needed: .no, criteria: [.largeScale], imyListItems: [.biometricAccessControl, .recruitmentBackgroundChecks],
                             notNeededReason: "Inga känsliga uppgifter")
        register.activities[0] = activity
        register.processors[0].agreement.objectionPeriodDays = 14
        register.transfers[0].safeguard.recipientCoverage = RecipientCoverage(covered: true, reference: "DPF-listan", checkedDate: "2026-11-30")
        register.transfers[0].safeguard.occasional = false
        return register
    }

    /// The register as it was before the fields were filled in: what the import starts from.
    private func cleared() -> Register {
        var register = Fixtures.cleanRegister()
        register.activities[0].automatedDecisionMaking = AutomatedDecisionMaking(used: .yes, description: "Prioritering")
        register.activities[0].dpia = DPIA(needed: .no)
        return register
    }

    func testTheNewFieldsHaveColumnsInBothLanguages() {
        let english = String(decoding: CSVExporter.export(filled()), as: UTF8.self)
        let swedish = String(decoding: CSVExporter.export(filled(), options: CSVOptions(language: .sv)), as: UTF8.self)
        for (field, value) in [(RegisterField.department, "Kundservice"), (.systems, "Zendesk; Outlook"), (.storageLocation, "Sverige (Stockholm)"),
                               (.consentRecords, "https://exempel.se/samtycken"), (.legitimateInterestsAssessment, "LIA-2026-01"),
                               (.retentionPolicy, "Gallringsplan 2026"), (.statutoryProvision, "bokföringslagen (1999:1078) 7 kap. 2 §")] {
            XCTAssertTrue(english.contains(field.text(.en)), "\(field)")
            XCTAssertTrue(swedish.contains(field.text(.sv)), "\(field)")
            XCTAssertTrue(english.contains(value), "\(field): \(value)")
        }
        XCTAssertTrue(english.contains("Access (Art 15); Rectification (Art 16); Objection (Art 21)"), english)
        XCTAssertTrue(swedish.contains("Omfattas inte av art. 22.1"), swedish)
        // The items of IMY's Art 35(4) list, under their own header, in both languages.
        XCTAssertTrue(english.contains(RegisterField.dpiaIMYListItems.text(.en)), english)
        XCTAssertTrue(swedish.contains(RegisterField.dpiaIMYListItems.text(.sv)), swedish)
        XCTAssertTrue(english.contains("Background checks before recruitment"), english)
        XCTAssertTrue(swedish.contains("Bakgrundskontroller inför rekryteringar"), swedish)
        XCTAssertTrue(english.contains("Data concerning vulnerable data subjects; Data processed on a large scale")
            || english.contains("Data processed on a large scale; Data concerning vulnerable data subjects"), english)
        let processors = String(decoding: CSVExporter.export(filled(), table: .processors), as: UTF8.self)
        XCTAssertTrue(processors.contains(RegisterField.objectionPeriodDays.text(.en)))
        let transfers = String(decoding: CSVExporter.export(filled(), table: .transfers, options: CSVOptions(language: .sv)), as: UTF8.self)
        for field in [RegisterField.recipientCovered, .coverageReference, .coverageChecked, .occasionalTransfers] {
            XCTAssertTrue(transfers.contains(field.text(.sv)), "\(field)")
        }
        XCTAssertTrue(transfers.contains("DPF-listan"))
    }

    func testAnImportPutsTheEditedCellsBack() throws {
        for language in Language.allCases {
            let options = CSVOptions(language: language)
            var register = cleared()
            for table in [CSVTable.activities, .processors, .transfers] {
                let plan = try CSVImport.plan(CSVExporter.export(filled(), table: table, options: options), into: register)
                register = plan.register
            }
            let activity = try XCTUnwrap(register.activity("kundservice"))
            let expected = filled().activities[0]
            XCTAssertEqual(activity.department, expected.department, "\(language)")
            XCTAssertEqual(activity.vulnerableDataSubjects, true, "\(language)")
            XCTAssertEqual(activity.article10Basis, expected.article10Basis)
            XCTAssertEqual(activity.identityNumberJustification, expected.identityNumberJustification)
            XCTAssertEqual(activity.purposes.map(\.statutoryProvision), expected.purposes.map(\.statutoryProvision))
            XCTAssertEqual(activity.rightsAvailable, expected.rightsAvailable, "\(language)")
            XCTAssertEqual(activity.consentRecords, expected.consentRecords)
            XCTAssertEqual(activity.legitimateInterestsAssessment, expected.legitimateInterestsAssessment)
            XCTAssertEqual(activity.systems, expected.systems)
            XCTAssertEqual(activity.storageLocation, expected.storageLocation)
            XCTAssertEqual(activity.retentionPolicy, expected.retentionPolicy)
            XCTAssertEqual(activity.automatedDecisionMaking, expected.automatedDecisionMaking, "\(language)")
            XCTAssertEqual(activity.dpia, expected.dpia, "\(language)")
            XCTAssertEqual(register.processor("arendesystem")?.agreement.objectionPeriodDays, 14)
            XCTAssertEqual(register.transfer("overforing-usa")?.safeguard.recipientCoverage, filled().transfers[0].safeguard.recipientCoverage)
            XCTAssertEqual(register.transfer("overforing-usa")?.safeguard.occasional, false, "\(language)")
        }
    }

    func testRightsThatTheBasesGiveAreNotStoredAsAnOverride() throws {
        var register = cleared()
        register.activities[0].rightsAvailable = [.access]
        var source = register
        source.activities[0].rightsAvailable = nil
        let plan = try CSVImport.plan(CSVExporter.export(source), into: register)
        XCTAssertNil(plan.register.activity("kundservice")?.rightsAvailable, "the derived rights read back as derived, not as a list")
    }
}

/// The documents (Markdown; DOCX and HTML render the same register document) show the new fields too.
final class CatalogueFieldsDocumentTests: XCTestCase {
    func testTheDocumentsShowTheNewFieldsWhereTheyAreRecorded() {
        var register = Fixtures.cleanRegister()
        register.organisation.breachLog = "Incidentloggen i ärendesystemet"
        register.activities[0].department = "Kundservice"
        register.activities[0].systems = ["Zendesk"]
        register.activities[0].dpia = DPIA(needed: .yes, status: .done, date: "2026-01-10", imyListItems: [.whistleblowingSystem])
        register.transfers[0].safeguard.recipientCoverage = RecipientCoverage(covered: true, reference: "DPF-listan", checkedDate: "2026-11-30")
        register.transfers[0].safeguard.occasional = false
        let markdown = String(decoding: MarkdownExporter.export(register, options: MarkdownOptions(language: .sv, date: Fixtures.asOf)), as: UTF8.self)
        for line in ["**Incidentlogg:** Incidentloggen i ärendesystemet", "**Verksamhetsområde:** Kundservice", "**System:** Zendesk",
                     "**Dagar att invända mot nytt underbiträde:** 30", "**Mottagaren omfattas av beslutet:** Ja – DPF-listan – 2026-11-30",
                     "**Endast tillfälliga överföringar (art. 49):** Nej", "**De registrerades rättigheter:**",
                     "**Finns i IMY:s förteckning (art. 35.4):** Ett gemensamt system för att anmäla missförhållanden på arbetsplatsen (visselblåsarsystem)"] {
            XCTAssertTrue(markdown.contains(line), line)
        }
        let clean = String(decoding: MarkdownExporter.export(Fixtures.cleanRegister(), options: MarkdownOptions(date: Fixtures.asOf)), as: UTF8.self)
        XCTAssertFalse(clean.contains("Breach log"), "a field not recorded is left out")
    }
}
