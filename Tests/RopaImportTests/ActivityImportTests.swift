import RopaExport
import RopaImport
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// Reading rows: updates that keep what the spreadsheet cannot show, vocabulary in both languages,
/// references by name or id, and every problem at its line.
final class ActivityImportTests: XCTestCase {
    let register = Fixtures.cleanRegister()

    func plan(_ lines: [String], into register: Register? = nil) throws -> ImportPlan {
        try CSVImport.plan(ImportFixtures.bytes(lines), into: register ?? self.register)
    }

    /// The problems of a refused import; entities rows name are not created (`--no-create`) unless `create`.
    func problems(_ lines: [String], into register: Register? = nil, create: Bool = false) -> [ImportProblem] {
        ImportFixtures.refusalProblems(lines, into: register ?? self.register, options: ImportOptions(createMissing: create))
    }

    func testAChangedCellChangesOnlyWhatItShows() throws {
        let seed = try ImportFixtures.seed("ist-group")
        var rows = try CSVReader.records(ImportFixtures.csv(seed), delimiter: UInt8(ascii: ","))
        let header = rows[0].fields
        func column(_ name: String) throws -> Int { try XCTUnwrap(header.firstIndex(of: name), name) }
        let row = try XCTUnwrap(rows.firstIndex { $0.fields.first == "kundservice-och-kontakt" })
        rows[row].fields[try column("Owner")] = "Kundservicechef"
        rows[row].fields[try column("Purposes")] += "; Förbättra tjänsten"
        rows[row].fields[try column("Data subjects")] = "Kunder; Leverantörer"
        let plan = try CSVImport.plan(encode(rows), into: seed)
        XCTAssertEqual(plan.changed, ["kundservice-och-kontakt"])
        XCTAssertEqual(plan.unchanged.count, seed.activities.count - 1)
        let before = try XCTUnwrap(seed.activity("kundservice-och-kontakt"))
        let after = try XCTUnwrap(plan.register.activity("kundservice-och-kontakt"))
        XCTAssertEqual(after.owner, "Kundservicechef")
        XCTAssertEqual(after.dataSubjects, ["Kunder", "Leverantörer"])
        // The purposes still listed keep their ids, bases and interests; the new one gets the basis of the others.
        XCTAssertEqual(Array(after.purposes.prefix(3)), before.purposes)
        XCTAssertEqual(after.purposes.last?.id, "forbattra-tjansten")
        XCTAssertEqual(after.purposes.last?.lawfulBasis, .legitimateInterests)
        // What the spreadsheet does not show is untouched.
        XCTAssertEqual(after.provenance, before.provenance)
        XCTAssertEqual(after.retention, before.retention)
        XCTAssertEqual(after.dataCategories, before.dataCategories)
    }

    func testARowWhoseCellsTogetherOverflowAFileIsRefusedNamingItsRow() throws {
        // Each cell alone fits a register file (a control character takes six bytes in JSON); together they do not.
        let big = String(repeating: "\u{1}", count: 1_000_000)
        let activity = problems(["Name;Description;Owner;Notes", "Lön;\"\(big)\";\"\(big)\";\"\(big)\""])
        XCTAssertEqual(activity.map(\.line), [2])
        XCTAssertTrue(activity.first?.message.contains("at most 16 MB") ?? false, "\(activity)")
        let processor = problems(["Processor;Service;Notes;Agreement note", "Visma;\"\(big)\";\"\(big)\";\"\(big)\"",
                                  "Fortnox;\"\(big)\";\"\(big)\";\"\(big)\""])
        XCTAssertEqual(processor.map(\.line), [2, 3], "\(processor)")
    }

    func testSwedishLabelsRawValuesAndArticlesAreRead() throws {
        let plan = try plan([
            "ID;Behandling;Roll;Status;Ändamål;Rättslig grund;Villkor enligt art. 9;Automatiserat beslutsfattande;Profilering;Konsekvensbedömning krävs;Status för konsekvensbedömning",
            ";Lönehantering;personuppgiftsbiträde;UTKAST;\"Lön; Sjukfrånvaro\";\"Rättslig förpliktelse (Art 6(1)(c)); legalObligation\";Arbetsrätt och social trygghet;Nej – inga beslut;Okänt;Ja;Pågår",
        ])
        let activity = try XCTUnwrap(plan.register.activity("lonehantering"))
        XCTAssertEqual(plan.language, .sv)
        XCTAssertEqual(plan.delimiter, .semicolon)
        XCTAssertEqual(activity.role, .processor)
        XCTAssertEqual(activity.status, .draft)
        XCTAssertEqual(activity.purposes.map(\.description), ["Lön", "Sjukfrånvaro"])
        XCTAssertEqual(activity.purposes.map(\.lawfulBasis), [.legalObligation, .legalObligation])
        XCTAssertEqual(activity.purposes.first?.article9Condition, .employmentAndSocialSecurity)
        XCTAssertEqual(activity.automatedDecisionMaking, AutomatedDecisionMaking(used: .no, profiling: .unknown, description: "inga beslut"))
        XCTAssertEqual(activity.dpia, DPIA(needed: .yes, status: .inProgress))
    }

    func testNewRowsTakeTheirIdOrOneMadeFromTheirName() throws {
        let plan = try plan([
            "ID,Processing activity",
            ",Kundservice och kontakt",
            ",Ny behandling",
            "egen-id,Med eget id",
            "kundservice,Kundservice (uppdaterad)",
        ])
        XCTAssertEqual(plan.added, ["kundservice-och-kontakt", "ny-behandling", "egen-id"])
        XCTAssertEqual(plan.changed, ["kundservice"])
        XCTAssertEqual(plan.register.activity("kundservice")?.name, "Kundservice (uppdaterad)")
        // Only the columns the file has are read: the rest of the activity is as it was.
        XCTAssertEqual(plan.register.activity("kundservice")?.purposes, register.activity("kundservice")?.purposes)
        let taken = try self.plan(["Processing activity", "Ärendesystem AB", "arendesystem"])
        XCTAssertEqual(taken.added, ["arendesystem-ab", "arendesystem-2"], "ids are unique across every kind")
    }

    func testReferencesResolveByNameOrIdLeniently() throws {
        let plan = try plan([
            "Processing activity,Processors,Joint controllers,Security measures,Legal entities",
            "Ny,ÄRENDESYSTEM ab; molnleverantor,linkedin,Behörighetsstyrning; Loggar granskas varje vecka,Exempel AB (556254-0806)",
        ])
        let activity = try XCTUnwrap(plan.register.activity("ny"))
        XCTAssertEqual(activity.processorIds, ["arendesystem", "molnleverantor"])
        XCTAssertEqual(activity.jointControllerIds, ["linkedin"])
        XCTAssertEqual(activity.securityMeasureIds, ["behorighetsstyrning"])
        XCTAssertEqual(activity.securityDescription, "Loggar granskas varje vecka")
        XCTAssertEqual(activity.legalEntityIds, [], "all of the organisation's legal entities reads as none named")
        var two = register
        two.organisation.legalEntities.append(LegalEntity(id: "dotter-ab", name: "Dotter AB", organisationNumber: "556265-4755"))
        let byNumber = try self.plan(["Processing activity,Legal entities", "Dotterns,5562654755", "Båda,Exempel AB; dotter-ab"], into: two)
        XCTAssertEqual(byNumber.register.activity("dotterns")?.legalEntityIds, ["dotter-ab"])
        XCTAssertEqual(byNumber.register.activity("bada")?.legalEntityIds, [])
    }

    func testTransfersAreFoundFromTheirCountryAndMechanism() throws {
        let plan = try plan([
            "Processing activity,Processors,Transfer countries,Transfer mechanisms",
            "Med processor,Ärendesystem AB,United States (US),\"Standard contractual clauses (SCC) (Art 46(2)(c)), Module 3: processor to processor, Commission Implementing Decision (EU) 2021/914\"",
            "Bara landet,,USA,",
            "Svenska,,USA (US),Standardavtalsklausuler (SCC)",
        ])
        for id in ["med-processor", "bara-landet", "svenska"] {
            XCTAssertEqual(plan.register.activity(id)?.transferIds, ["overforing-usa"], id)
        }
        let refused = problems([
            "Processing activity,Transfer countries,Transfer mechanisms",
            "Japan,Japan (JP),",
            "Fel mekanism,United States (US),Binding corporate rules",
        ])
        XCTAssertEqual(refused.map(\.line), [2, 3, 3])
        XCTAssertEqual(refused.map(\.column), ["Transfer countries", "Transfer countries", "Transfer mechanisms"])
        XCTAssertTrue(refused[1].message.contains("under the mechanisms listed"), refused[1].message)
        XCTAssertTrue(refused[0].message.contains("no transfer of the register goes to 'Japan (JP)'"), refused[0].message)
    }

    func testCategoriesWithSpecialAndHighRiskDataAndRetentionPerCategory() throws {
        let plan = try plan([
            "Processing activity,Personal data,\"Special categories (Art 9, Art 10)\",High-risk data,Retention",
            "Event,\"Namn; Allergier, specialkost; Personnummer\",\"Allergier, specialkost: Hälsa\",Personnummer,\"Namn, Allergier, specialkost: 30 dagar efter eventet; Övrigt: enligt lag\"",
        ])
        let activity = try XCTUnwrap(plan.register.activity("event"))
        XCTAssertEqual(activity.dataCategories.map(\.name), ["Namn", "Allergier, specialkost", "Personnummer"])
        XCTAssertEqual(activity.dataCategories.map(\.specialCategory), [nil, .health, nil])
        XCTAssertEqual(activity.dataCategories.map(\.highRisk), [nil, nil, true])
        XCTAssertEqual(activity.retention.map(\.dataCategoryIds), [["namn", "allergier-specialkost"], []])
        XCTAssertEqual(activity.retention.map(\.text), ["30 dagar efter eventet", "Övrigt: enligt lag"])
    }

    func testEveryRowThatCannotBeReadIsReportedWithItsLineAndNothingElse() {
        let found = problems([
            "ID,Processing activity,Role,Lawful basis,Purposes,Processors,Last reviewed",
            ",\"Två",
            "rader\",Controller,Consent,Svara,,2026-01-01",
            ",Fel,Kontrollant,Concent,Svara,Okänd AB,2026-13-01",
            "Bad Id,X,,,,,",
            ",,,,,,",
            "arendesystem,Y,,,,,",
            ",Z,,,,",
            ",,Controller,,,,",
        ])
        XCTAssertEqual(found.map(\.line), [4, 4, 4, 4, 5, 7, 8, 9])
        XCTAssertEqual(found.prefix(4).map(\.column), ["Role", "Lawful basis", "Processors", "Last reviewed"])
        XCTAssertTrue(found[0].message.contains("'Kontrollant' is not one of: Controller, Joint controller, Processor"), found[0].message)
        XCTAssertTrue(found[4].message.contains("'Bad Id' is not an id"), found[4].message)
        XCTAssertTrue(found[5].message.contains("is the id of a processor"), found[5].message)
        XCTAssertTrue(found[6].message.contains("6 cells where the header has 7"), found[6].message)
        XCTAssertTrue(found[7].message.contains("every activity needs a name"), found[7].message)
        XCTAssertEqual(problems(["Processing activity", "A", "\"B"]).first?.line, 3)
        let twice = problems(["ID,Processing activity", "kundservice,A", "kundservice,B"])
        XCTAssertEqual(twice.map(\.line), [3])
        XCTAssertTrue(twice[0].message.contains("also on line 2"))
    }

    func testARowHasACellPerColumnInEveryTable() throws {
        for header in ["Processing activity,Owner", "Processor,Service"] {
            // Empty cells after the last column (a spreadsheet's trailing delimiters) are not cells.
            let read = try plan([header, "A,b,,"]).register
            XCTAssertEqual(read.activities.count + read.processors.count,
                           register.activities.count + register.processors.count + 1, header)
            let found = problems([header, "A,b,c", "B"])
            XCTAssertEqual(found.map(\.line), [2, 3], header)
            XCTAssertEqual(found.map { $0.message.contains("3 cells where the header has 2") }, [true, false], "\(found)")
            XCTAssertEqual(found.map { $0.message.contains("1 cells where the header has 2") }, [false, true], "\(found)")
        }
    }

    func testEachPurposeTakesOneBasisAndOneArt9Condition() throws {
        let two = problems([
            "Processing activity,Purposes,Lawful basis,Art 9 condition",
            "A,Svara,\"Consent; Contract\",",
            "B,Svara,Consent,\"Explicit consent; Employment and social security law\"",
        ])
        XCTAssertEqual(two.map(\.line), [2, 3], "\(two)")
        let messages = two.map(\.message)
        XCTAssertTrue(messages.first?.contains("2 lawful bases for 1 purpose(s)") ?? false, "\(messages)")
        XCTAssertTrue(messages.last?.contains("2 Art 9 conditions for 1 purpose(s)") ?? false, "\(messages)")
        // As many values as purposes: each purpose takes the next one, in order.
        let plan = try plan([
            "Processing activity,Purposes,Lawful basis,Art 9 condition",
            "A,\"Svara; Betala\",\"Consent; Contract\",\"Explicit consent; Employment and social security law\"",
        ])
        let activity = try XCTUnwrap(plan.register.activities.first { $0.name == "A" })
        XCTAssertEqual(activity.purposes.map(\.lawfulBasis), [.consent, .contract])
        XCTAssertEqual(activity.purposes.map(\.article9Condition), [.explicitConsent, .employmentAndSocialSecurity])
    }

    func testTheHeaderMustNameKnownColumnsOnce() throws {
        // A column that names no field is not read, and says so (see SpreadsheetImportTests).
        let unknown = try plan(["Processing activity,Colour", "A,red"])
        XCTAssertEqual(unknown.tables.first?.extraColumns, ["Colour"])
        let twice = problems(["Processing activity,Owner,Ansvarig", "A,b,c"])
        XCTAssertTrue(twice[0].message.contains("are the same field"))
        XCTAssertTrue(problems(["ID,Owner", "kundservice,x"])[0].message.contains("every row needs the activity's name"))
        XCTAssertTrue(problems([])[0].message.contains("empty"))
        let headless = problems(["Processing activity,", "A,", "B,value"])
        XCTAssertEqual(headless.map(\.line), [3])
    }

    func testUnknownAndAmbiguousNamesAreProblems() {
        var twins = register
        twins.processors.append(Processor(id: "arendesystem-gamla", name: "Ärendesystem AB"))
        let found = problems(["Processing activity,Processors,Joint controllers,Security measures,Legal entities",
                              "A,Ärendesystem AB,Facebook,Behörighetsstyrning; Okänd åtgärd; Behörighetsstyrning,Annat AB"], into: twins)
        XCTAssertEqual(found.map(\.column), ["Processors", "Joint controllers", "Security measures", "Legal entities"])
        XCTAssertTrue(found.contains { $0.message.contains("'Okänd åtgärd' is not a security measure") })
        XCTAssertTrue(found.contains { $0.message.contains("names several processors (arendesystem, arendesystem-gamla)") })
    }

    func testHeaderTitlesAreUniqueAcrossBothLanguages() {
        var seen: [String: ExportField] = [:]
        for field in CSVExporter.fields(.activities) {
            for language in Language.allCases {
                let key = TextFolding.fold(field.text(language))
                if let other = seen[key], other != field { XCTFail("\(key) names \(other) and \(field)") }
                seen[key] = field
            }
        }
    }

    /// Records written back as CSV, every field quoted.
    func encode(_ records: [CSVRecord]) -> [UInt8] {
        let lines = records.map { record in
            record.fields.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" }.joined(separator: ",")
        }
        return ImportFixtures.bytes(lines)
    }
}
