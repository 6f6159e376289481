import RopaExport
import RopaImport
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// Export, then import: the seed registers' activities come back field by field for every column the CSV
/// carries, in English and Swedish, with `,` and `;`.
final class RoundTripTests: XCTestCase {
    static let dialects: [(Language, CSVDelimiter, Bool)] = [(.en, .comma, false), (.en, .semicolon, false), (.sv, .comma, false), (.sv, .semicolon, true)]

    func testImportingTheExportIntoARegisterWithoutActivitiesGivesTheSameActivities() throws {
        for name in ImportFixtures.seeds {
            let seed = try ImportFixtures.seed(name)
            var emptied = seed
            emptied.activities = []
            for (language, delimiter, bom) in Self.dialects {
                let dialect = "\(name) \(language.rawValue) '\(delimiter.rawValue)'"
                let bytes = ImportFixtures.csv(seed, language: language, delimiter: delimiter, bom: bom)
                let plan = try CSVImport.plan(bytes, into: emptied)
                XCTAssertEqual(plan.language, language, dialect)
                XCTAssertEqual(plan.delimiter, delimiter, dialect)
                XCTAssertEqual(Set(plan.added), Set(seed.activities.map(\.id)), dialect)
                XCTAssertEqual(plan.register.activities.count, seed.activities.count, dialect)
                for original in seed.activities {
                    guard let imported = plan.register.activity(original.id) else {
                        XCTFail("\(dialect): \(original.id) was not imported")
                        continue
                    }
                    let expected = CarriedFields(original, in: seed), actual = CarriedFields(imported, in: plan.register)
                    XCTAssertEqual(actual, expected, "\(dialect): \(expected.differences(from: actual).joined(separator: "; "))")
                }
                // And the spreadsheet reads the same again, byte for byte.
                XCTAssertEqual(ImportFixtures.csv(plan.register, language: language, delimiter: delimiter, bom: bom), bytes, dialect)
                // Everything else is as it was.
                var rest = plan.register
                rest.activities = []
                XCTAssertEqual(rest, emptied, dialect)
            }
        }
    }

    func testImportingTheExportOfARegisterIntoItselfChangesNothing() throws {
        for name in ImportFixtures.seeds {
            let seed = try ImportFixtures.seed(name)
            for (language, delimiter, bom) in Self.dialects {
                let plan = try CSVImport.plan(ImportFixtures.csv(seed, language: language, delimiter: delimiter, bom: bom), into: seed)
                XCTAssertFalse(plan.changesAnything, "\(name) \(language) \(delimiter): \(plan.changed)")
                XCTAssertEqual(plan.register, seed)
                XCTAssertEqual(plan.unchanged.count, seed.activities.count)
            }
        }
    }

    func testEveryFieldOfTheFullestActivityComesBack() throws {
        var register = Fixtures.cleanRegister()
        var activity = try XCTUnwrap(register.activities.first)
        activity.description = "=HYPERLINK(\"http://x\") – looks like a formula"
        activity.controllers = [ExternalParty(id: "kund", name: "Kund AB", contact: Contact(email: "kund@exempel.se"))]
        activity.purposes.append(Purpose(id: "allergi", description: "Anpassa kost", lawfulBasis: .consent, article9Condition: .explicitConsent))
        activity.dataCategories.append(DataCategory(id: "halsa", name: "Allergier, specialkost", specialCategory: .health, highRisk: true))
        activity.dataSources = ["Kunden själv", "Kundens arbetsgivare"]
        activity.retention.append(RetentionRule(id: "kost", dataCategoryIds: ["halsa", "namn"], text: "Raderas: efter evenemanget"))
        activity.securityDescription = "Behörighet per roll"
        activity.automatedDecisionMaking = AutomatedDecisionMaking(used: .no, profiling: .yes, description: "Segmentering")
        activity.dpia = DPIA(needed: .yes, status: .inProgress, link: "+46 är inte en formel", date: "2026-02-01")
        activity.notes = "@team: kontrollera"
        activity.legalEntityIds = ["exempel-ab"]
        register.activities = [activity]
        var emptied = register
        emptied.activities = []
        for (language, delimiter, bom) in Self.dialects {
            let plan = try CSVImport.plan(ImportFixtures.csv(register, language: language, delimiter: delimiter, bom: bom), into: emptied)
            let imported = try XCTUnwrap(plan.register.activity(activity.id))
            let expected = CarriedFields(activity, in: register), actual = CarriedFields(imported, in: plan.register)
            XCTAssertEqual(actual, expected, expected.differences(from: actual).joined(separator: "; "))
            XCTAssertEqual(imported.description, activity.description)
            XCTAssertEqual(imported.notes, activity.notes)
            XCTAssertEqual(imported.retention.last?.dataCategoryIds.count, 2)
            XCTAssertEqual(imported.retention.last?.text, "Raderas: efter evenemanget")
        }
    }
}
