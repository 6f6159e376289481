import Foundation
import RopaExport
import RopaImport
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// What DPOs actually have: extra columns, the headers of practice, Excel's encodings, lists in one cell,
/// lawful bases as Swedish practice writes them, and the register's other tables in their own files.
final class SpreadsheetImportTests: XCTestCase {
    let register = Fixtures.cleanRegister()

    func plan(_ lines: [String], options: ImportOptions = ImportOptions(), into register: Register? = nil) throws -> ImportPlan {
        try CSVImport.plan(ImportFixtures.bytes(lines), into: register ?? self.register, options: options)
    }

    func testTheActivitiesAnImportReadsAreTheRowsTheReaderReads() {
        func sheet(_ lines: [[String]]) -> [SheetTable] {
            [SheetTable(source: "activities.csv", name: "activities",
                        records: lines.enumerated().map { CSVRecord(line: $0.offset + 1, fields: $0.element) })]
        }
        // The blank row a spreadsheet leaves between rows is no row, as it is none for the reader.
        XCTAssertEqual(SpreadsheetImport.activityIDs(in: sheet([["ID", "Processing activity"], ["lon", "Lön"], [" ", ""], ["hr", "HR"]])),
                       ["lon", "hr"])
        XCTAssertNil(SpreadsheetImport.activityIDs(in: sheet([["ID", "Processing activity"], ["lon", "Lön"], ["", "Ny"]])),
                     "a row without an ID is matched by name against every activity")
    }

    func testExtraColumnsAreIgnoredOrKeptInTheNotes() throws {
        let lines = ["Behandling;Avdelning;Systemstöd;Kommentar;Ändamål", "Lön;Ekonomi;Visma;Klar;Betala lön", "Rekrytering;HR;;;Anställa"]
        let ignored = try plan(lines)
        XCTAssertEqual(ignored.tables.first?.extraColumns, ["Avdelning", "Systemstöd", "Kommentar"])
        XCTAssertEqual(ignored.register.activity("lon")?.purposes.map(\.description), ["Betala lön"])
        XCTAssertNil(ignored.register.activity("lon")?.notes)

        let kept = try plan(lines, options: ImportOptions(keepExtra: true))
        XCTAssertEqual(kept.register.activity("lon")?.notes, "Avdelning: Ekonomi\nSystemstöd: Visma\nKommentar: Klar")
        XCTAssertEqual(kept.register.activity("rekrytering")?.notes, "Avdelning: HR")
        // Importing the same sheet again into the result adds nothing to the notes.
        let again = try plan(["ID;Behandling;Avdelning", "lon;Lön;Ekonomi"], options: ImportOptions(keepExtra: true), into: kept.register)
        XCTAssertEqual(again.unchanged, ["lon"])
    }

    func testTheHeadersOfPracticeAreRead() throws {
        let swedish = try plan([
            "Namn;Syfte;Laglig grund;Registrerade;Personuppgifter;Mottagare;Gallringsfrist;Tredjeland;Skyddsåtgärder",
            "Lön;Betala lön;Rättslig förpliktelse;Anställda;Namn, Kontonummer;Skatteverket;7 år;USA;Standardavtalsklausuler (SCC)",
        ])
        let mapped = Dictionary(uniqueKeysWithValues: (swedish.tables.first?.columns ?? []).map { ($0.title, $0.field) })
        XCTAssertEqual(mapped["Syfte"], .purposes)
        XCTAssertEqual(mapped["Laglig grund"], .lawfulBasis)
        XCTAssertEqual(mapped["Registrerade"], .dataSubjects)
        XCTAssertEqual(mapped["Personuppgifter"], .dataCategories)
        XCTAssertEqual(mapped["Mottagare"], .recipients)
        XCTAssertEqual(mapped["Gallringsfrist"], .retention)
        XCTAssertEqual(mapped["Tredjeland"], .transferCountries)
        XCTAssertEqual(mapped["Skyddsåtgärder"], .transferMechanisms)
        let lon = try XCTUnwrap(swedish.register.activity("lon"))
        XCTAssertEqual(lon.purposes.first?.lawfulBasis, .legalObligation)
        XCTAssertEqual(lon.recipients, ["Skatteverket"])
        XCTAssertEqual(lon.retention.map(\.text), ["7 år"])

        for header in ["Ändamål;Rättslig grund;Kategorier av registrerade;Kategorier av personuppgifter;Lagringstid",
                       "Purpose;Legal basis;Data subjects;Categories of personal data;Retention period"] {
            let plan = try plan(["Behandling;" + header, "Lön;Betala lön;Avtal;Anställda;Namn;7 år"])
            XCTAssertEqual(plan.tables.first?.extraColumns, [], header)
            XCTAssertEqual(plan.register.activity("lon")?.dataSubjects, ["Anställda"], header)
        }

        // The ICO's template: a row per purpose and no name column.
        let ico = try plan([
            "Business function,Purpose of processing,Name and contact details of joint controller (if applicable),Categories of individuals,Categories of personal data,Categories of recipients,Retention schedule (if applicable),Article 6 lawful basis for processing personal data,General description of technical and organisational security measures (if applicable)",
            "HR,Payroll,,Employees,Bank details,HMRC,6 years,Article 6(1)(c),Access control",
        ])
        XCTAssertEqual(ico.tables.first?.extraColumns, [], "the ICO's business function is the activity's department")
        XCTAssertTrue(ico.tables.first?.purposeIsName ?? false)
        let payroll = try XCTUnwrap(ico.register.activity("payroll"))
        XCTAssertEqual(payroll.purposes.first?.lawfulBasis, .legalObligation)
        XCTAssertEqual(payroll.dataCategories.map(\.name), ["Bank details"])
        XCTAssertEqual(payroll.securityDescription, "Access control")
        XCTAssertEqual(payroll.department, "HR")

        // The CNIL's register model, in French.
        let cnil = try plan([
            "Nom / sigle;Finalité(s) du traitement;Catégories de personnes concernées;Catégories de données personnelles;Catégories de destinataires;Durée de conservation;Mesures de sécurité",
            "Paie;Verser les salaires;Salariés;Identité;Comptable;5 ans;Contrôle d'accès",
        ])
        XCTAssertEqual(cnil.tables.first?.extraColumns, [])
        XCTAssertEqual(cnil.register.activity("paie")?.dataSubjects, ["Salariés"])
    }

    func testMapSaysWhatAColumnHolds() throws {
        let mapping = try XCTUnwrap(ImportOptions.mapping("Avdelning=owner"))
        XCTAssertEqual(mapping.field, .owner)
        XCTAssertEqual(ImportOptions.mapping("Vem=Ansvarig")?.field, .owner)
        XCTAssertEqual(ImportOptions.mapping("Vad=Purposes")?.field, .purposes)
        XCTAssertNil(ImportOptions.mapping("Vem=färg"))
        XCTAssertNil(ImportOptions.mapping("=owner"))
        let plan = try plan(["Behandling;Avdelning", "Lön;Ekonomi"], options: ImportOptions(mappings: ["Avdelning": .owner]))
        XCTAssertEqual(plan.register.activity("lon")?.owner, "Ekonomi")
        XCTAssertEqual(plan.tables.first?.extraColumns, [])
    }

    /// The built-in column names are folded once per run; a mapping still wins over them, for every sheet.
    func testAMappingOverridesABuiltInColumnNameInEverySheet() throws {
        let lines = ["Behandling;Ansvarig;Ändamål", "Lön;Ekonomichefen;Betala lön"]
        XCTAssertEqual(try plan(lines).register.activity("lon")?.owner, "Ekonomichefen")
        let mapped = try plan(lines, options: ImportOptions(mappings: ["Ansvarig": .description]))
        XCTAssertEqual(mapped.register.activity("lon")?.description, "Ekonomichefen")
        XCTAssertNil(mapped.register.activity("lon")?.owner)
        // The same names again, without the mapping: nothing of it stays behind.
        XCTAssertEqual(try plan(lines).register.activity("lon")?.owner, "Ekonomichefen")
        XCTAssertEqual(try plan(["Processing activity;Owner", "Lön;HR"]).tables.first?.language, .en)
        XCTAssertEqual(try plan(["Behandling;Ansvarig", "Lön;HR"]).tables.first?.language, .sv)
    }

    func testExcelEncodingsAreDetected() throws {
        let text = "Behandling;Ändamål;Kategorier av personuppgifter\r\nLön;Betala lön;\"Namn; Löneart\"\r\n"
        // Windows-1252: what Swedish Excel's "CSV (semikolonavgränsad)" writes.
        let latin = Array(text.unicodeScalars.map { UInt8($0.value) })
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let utf16be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let cases: [([UInt8], SourceEncoding)] = [
            (latin, .windows1252), (utf16, .utf16LittleEndian), (utf16be, .utf16BigEndian),
            ([0xEF, 0xBB, 0xBF] + Array(text.utf8), .utf8WithBOM), (Array(text.utf8), .utf8),
        ]
        for (bytes, encoding) in cases {
            let table = try CSVImport.table(bytes, source: "x.csv", name: "x")
            XCTAssertEqual(table.encoding, encoding)
            let plan = try SpreadsheetImport.plan([table], into: register)
            XCTAssertEqual(plan.register.activity("lon")?.purposes.first?.description, "Betala lön", "\(encoding)")
            XCTAssertEqual(plan.tables.first?.encoding, encoding)
        }
        // Windows-1252's own characters above Latin-1: € and the typographic quotes and dash.
        XCTAssertEqual(String(decoding: TextDecoding.utf8([0x80, 0x93, 0x94, 0x96]).bytes, as: UTF8.self), "€“”–")
    }

    func testLinesInACellAreListItems() throws {
        let plan = try plan(["Processing activity,Personal data,Data subjects", "Lön,\"Namn\nPersonnummer\r\nLön\",Anställda; Konsulter"])
        XCTAssertEqual(plan.register.activity("lon")?.dataCategories.map(\.name), ["Namn", "Personnummer", "Lön"])
        XCTAssertEqual(plan.register.activity("lon")?.dataSubjects, ["Anställda", "Konsulter"])
    }

    func testLawfulBasesAsSwedishPracticeWritesThem() throws {
        let cases: [(String, LawfulBasis)] = [
            ("Intresseavvägning", .legitimateInterests), ("Avtal", .contract), ("Rättslig förpliktelse", .legalObligation),
            ("Myndighetsutövning", .publicTask), ("Allmänt intresse", .publicTask), ("Samtycke", .consent),
            ("art. 6.1 c", .legalObligation), ("6(1)(f)", .legitimateInterests), ("Artikel 6.1 e", .publicTask),
            ("Art 6(1)(b) GDPR", .contract), ("Intresseavvägning (art. 6.1 f)", .legitimateInterests), ("artikel 6.1.a", .consent),
        ]
        for (text, basis) in cases {
            let plan = try plan(["Behandling;Ändamål;Rättslig grund", "A;Något;\(text)"])
            XCTAssertEqual(plan.register.activity("a")?.purposes.first?.lawfulBasis, basis, text)
        }
        XCTAssertThrowsError(try plan(["Behandling;Ändamål;Rättslig grund", "A;Något;art. 6.1 g"]))
        XCTAssertThrowsError(try plan(["Behandling;Ändamål;Rättslig grund", "A;Något;Avtalet kanske"]))
    }

    func testUnknownReferencesAreCreatedFromTheirNamesOrRefused() throws {
        let lines = ["Processing activity,Processors,Joint controllers,Security measures,Legal entities,Transfer countries,Transfer mechanisms",
                     "A,Nytt Moln AB; Ärendesystem AB,Facebook,Kryptering; Behörighetsstyrning; Allt i Sverige,Dotter AB (556265-4755),India (IN),Standard contractual clauses (SCC)",
                     "B,Nytt moln AB,,,,India (IN),Standard contractual clauses (SCC)"]
        let plan = try plan(lines)
        XCTAssertEqual(Set(plan.created.map(\.name)), ["Nytt Moln AB", "Facebook", "Kryptering", "Dotter AB", "A: India (IN)"])
        XCTAssertEqual(plan.created.map(\.line), [2, 2, 2, 2, 2])
        let a = try XCTUnwrap(plan.register.activity("a"))
        XCTAssertEqual(a.processorIds, ["nytt-moln-ab", "arendesystem"])
        XCTAssertEqual(plan.register.activity("b")?.processorIds, ["nytt-moln-ab"], "the second row finds what the first created")
        XCTAssertEqual(a.securityMeasureIds.count, 2)
        XCTAssertEqual(a.securityDescription, "Allt i Sverige")
        XCTAssertEqual(plan.register.organisation.legalEntities.last?.organisationNumber, "556265-4755")
        XCTAssertEqual(a.transferIds, plan.register.activity("b")?.transferIds)
        let transfer = try XCTUnwrap(plan.register.transfer(a.transferIds[0]))
        XCTAssertEqual(transfer.country, "IN")
        XCTAssertEqual(transfer.safeguard.mechanism, .standardContractualClauses)

        XCTAssertThrowsError(try self.plan(lines, options: ImportOptions(createMissing: false))) { error in
            let problems = (error as? ImportError)?.problems ?? []
            XCTAssertEqual(problems.compactMap(\.column), ["Processors", "Joint controllers", "Security measures", "Legal entities", "Transfer countries", "Transfer mechanisms", "Processors", "Transfer countries", "Transfer mechanisms"])
        }
    }

    func testTheOtherTablesImportFromTheirOwnFiles() throws {
        let seed = try ImportFixtures.seed("ist-group")
        let files = CSVExporter.export(seed, tables: CSVTable.allCases, options: CSVOptions(language: .sv, delimiter: .semicolon))
        let sheets = try files.map { try CSVImport.table($0.bytes, source: $0.table.fileName, name: $0.table.rawValue) }
        // Into the register itself: nothing changes.
        let same = try SpreadsheetImport.plan(sheets, into: seed)
        XCTAssertFalse(same.changesAnything, "\(same.tables.map { ($0.table, $0.changed) }) \(same.created)")
        XCTAssertEqual(same.tables.map(\.table), [.securityMeasures, .processors, .subprocessors, .jointControllers, .transfers, .activities])

        // Into a register with the organisation only: every entity comes back with its id.
        let empty = Register(organisation: seed.organisation)
        let fresh = try SpreadsheetImport.plan(sheets, into: empty)
        XCTAssertEqual(fresh.created, [])
        XCTAssertEqual(Set(fresh.register.processors.map(\.id)), Set(seed.processors.map(\.id)))
        XCTAssertEqual(Set(fresh.register.transfers.map(\.id)), Set(seed.transfers.map(\.id)))
        XCTAssertEqual(Set(fresh.register.jointControllers.map(\.id)), Set(seed.jointControllers.map(\.id)))
        XCTAssertEqual(Set(fresh.register.securityMeasures.map(\.id)), Set(seed.securityMeasures.map(\.id)))
        for processor in seed.processors {
            let back = try XCTUnwrap(fresh.register.processor(processor.id))
            XCTAssertEqual(back.parentProcessorId, processor.parentProcessorId, processor.id)
            XCTAssertEqual(back.agreement.status, processor.agreement.status, processor.id)
            XCTAssertEqual(back.country, processor.country, processor.id)
            XCTAssertEqual(back.service, processor.service, processor.id)
        }
        for transfer in seed.transfers {
            let back = try XCTUnwrap(fresh.register.transfer(transfer.id))
            XCTAssertEqual(back.safeguard.mechanism, transfer.safeguard.mechanism, transfer.id)
            XCTAssertEqual(back.country, transfer.country, transfer.id)
            XCTAssertEqual(back.recipient.kind, transfer.recipient.kind, transfer.id)
        }
        for activity in seed.activities {
            let back = try XCTUnwrap(fresh.register.activity(activity.id))
            XCTAssertEqual(back.processorIds, activity.processorIds, activity.id)
            XCTAssertEqual(Set(back.transferIds), Set(activity.transferIds), activity.id)
            XCTAssertEqual(back.securityMeasureIds, activity.securityMeasureIds, activity.id)
        }
    }

    func testSheetsAreRecognisedByNameOrHeader() throws {
        let processors = SheetTable(source: "a", name: "Blad1", records: [CSVRecord(line: 1, fields: ["Personuppgiftsbiträde", "Tjänst"]),
                                                                          CSVRecord(line: 2, fields: ["Moln AB", "Lagring"])])
        let named = SheetTable(source: "b", name: "Underbiträden", records: [CSVRecord(line: 1, fields: ["Namn", "Anlitat av"]),
                                                                               CSVRecord(line: 2, fields: ["Under AB", "Moln AB"])])
        let other = SheetTable(source: "c", name: "Diagram", records: [CSVRecord(line: 1, fields: ["Färg"])])
        let plan = try SpreadsheetImport.plan([named, other, processors], into: register)
        XCTAssertEqual(plan.tables.map(\.table), [.processors, .subprocessors])
        XCTAssertEqual(plan.skipped, ["c"])
        XCTAssertEqual(plan.register.processor("under-ab")?.parentProcessorId, "moln-ab")
        XCTAssertEqual(plan.register.processor("moln-ab")?.service, "Lagring")
    }
}
