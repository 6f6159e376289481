import Foundation
import RopaArchive
import RopaExport
import RopaImport
import RopaModel
import RopaTestSupport
import XCTest

/// Workbooks in: ropa's own export, the same workbook saved by LibreOffice, and one made with openpyxl the way a
/// DPO's register looks; every sheet recognised by name or header; hostile workbooks refused with a message.
final class XLSXImportTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = try Fixtures.temporaryFolder("ropa-xlsx-in")
    }

    override func tearDown() {
        if !folder.isEmpty { try? FileManager.default.removeItem(atPath: folder) }
    }

    func exported(_ register: Register, language: Language) throws -> [UInt8] {
        try XLSXExporter.export(register, options: WorkbookOptions(language: language, date: CalendarDate(year: 2026, month: 6, day: 1))).bytes
    }

    func testRopasOwnWorkbookComesBackAsTheRegister() throws {
        var seed = try ImportFixtures.seed("ist-group")
        seed.activities[0].lastReviewed = "2025-11-30"
        seed.processors[0].agreement.signedDate = "2024-02-29"
        for language in Language.allCases {
            let book = try XLSXImport.read(try exported(seed, language: language), source: "ist.xlsx")
            XCTAssertEqual(book.tables.count, 9)
            let same = try SpreadsheetImport.plan(book.tables, into: seed)
            XCTAssertEqual(same.tables.map(\.table), [.securityMeasures, .processors, .subprocessors, .jointControllers, .transfers, .activities])
            XCTAssertEqual(same.skipped, [], "organisation, findings and the review queue are passed over without a word")
            XCTAssertFalse(same.changesAnything, "\(language): \(same.changed) \(same.tables.map { ($0.table, $0.changed) }) \(same.created)")
            let fresh = try SpreadsheetImport.plan(book.tables, into: Register(organisation: seed.organisation))
            XCTAssertEqual(fresh.register.activities.map(\.id), seed.activities.map(\.id))
            XCTAssertEqual(fresh.register.activity(seed.activities[0].id)?.lastReviewed, "2025-11-30")
            XCTAssertEqual(fresh.register.processor(seed.processors[0].id)?.agreement.signedDate, "2024-02-29")
            XCTAssertEqual(fresh.created, [])
        }
    }

    func testAWorkbookSavedByLibreOfficeImports() throws {
        guard SpreadsheetTools.path("soffice") != nil else { throw XCTSkip("LibreOffice is not installed") }
        var seed = try ImportFixtures.seed("ist-group")
        seed.activities[0].lastReviewed = "2025-11-30"
        let original = "\(folder)/ropa.xlsx"
        try Data(try exported(seed, language: .sv)).write(to: URL(fileURLWithPath: original))
        let resaved = "\(folder)/libreoffice"
        try FileManager.default.createDirectory(atPath: resaved, withIntermediateDirectories: true)
        let path = try SpreadsheetTools.libreOffice(convert: original, to: "xlsx", into: resaved)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let archive = try ZipReader(bytes)
        XCTAssertTrue(archive.entries.contains { $0.method == 8 }, "LibreOffice deflates its parts")
        XCTAssertTrue(archive.contains("xl/sharedStrings.xml"), "LibreOffice writes shared strings")
        let book = try XLSXImport.read(bytes, source: path)
        let plan = try SpreadsheetImport.plan(book.tables, into: seed)
        XCTAssertFalse(plan.changesAnything, "\(plan.changed) \(plan.tables.map { ($0.table, $0.changed) }) \(plan.created)")
    }

    func testAWorkbookMadeWithOpenpyxlAsADPOKeepsIt() throws {
        guard SpreadsheetTools.hasOpenpyxl else { throw XCTSkip("python3 with openpyxl is not installed") }
        let path = "\(folder)/dpo.xlsx"
        let run = try SpreadsheetTools.python("""
        import sys, datetime, openpyxl
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "Registerförteckning"
        sheet.append(["Namn", "Syfte", "Laglig grund", "Registrerade", "Personuppgifter", "Avdelning", "Senast uppdaterad", "Personuppgiftsbiträde"])
        sheet.append(["Lön", "Betala lön", "Rättslig förpliktelse", "Anställda", "Namn\\nPersonnummer\\nLön", "Ekonomi", datetime.date(2025, 3, 14), "Visma"])
        sheet.append(["Rekrytering", "Anställa", "art. 6.1 b", "Sökande", "CV", "HR", None, None])
        other = book.create_sheet("Biträden")
        other.append(["Personuppgiftsbiträde", "Tjänst", "Land"])
        other.append(["Visma", "Lönesystem", "Sverige"])
        book.create_sheet("Anteckningar").append(["bara text"])
        book.save(sys.argv[1])
        """, arguments: [path])
        XCTAssertEqual(run.status, 0, run.errors)
        let book = try XLSXImport.read(Array(try Data(contentsOf: URL(fileURLWithPath: path))), source: "dpo.xlsx")
        XCTAssertNil(book.stamp)
        let plan = try SpreadsheetImport.plan(book.tables, into: Fixtures.cleanRegister(), options: ImportOptions(keepExtra: true))
        XCTAssertEqual(plan.skipped, ["dpo.xlsx (Anteckningar)"])
        let lon = try XCTUnwrap(plan.register.activity("lon"))
        XCTAssertEqual(lon.dataCategories.map(\.name), ["Namn", "Personnummer", "Lön"])
        XCTAssertEqual(lon.lastReviewed, "2025-03-14")
        XCTAssertEqual(lon.purposes.first?.lawfulBasis, .legalObligation)
        XCTAssertEqual(lon.notes, "Avdelning: Ekonomi")
        XCTAssertEqual(plan.register.activity("rekrytering")?.purposes.first?.lawfulBasis, .contract)
        let visma = try XCTUnwrap(plan.register.processors.first { $0.name == "Visma" })
        XCTAssertEqual(visma.country, "SE")
        XCTAssertEqual(visma.service, "Lönesystem")
        XCTAssertEqual(lon.processorIds, [visma.id])
        XCTAssertEqual(plan.created, [], "the processor comes from its own sheet")
    }

    func testHostileWorkbooksAreRefusedWithAMessage() throws {
        XCTAssertThrowsError(try XLSXImport.read(Array("Namn;Syfte\r\n".utf8), source: "fel.xlsx")) { error in
            XCTAssertTrue((error as? ImportError)?.problems.first?.message.contains("not a ZIP archive") ?? false, "\(error)")
        }
        func book(_ sheet: String) throws -> [UInt8] {
            var zip = ZipWriter()
            try zip.addStored("xl/workbook.xml", Array("<workbook><sheets><sheet name=\"Behandlingar\" r:id=\"rId1\"/></sheets></workbook>".utf8))
            try zip.addStored("xl/_rels/workbook.xml.rels", Array("<Relationships><Relationship Id=\"rId1\" Target=\"../../../etc/passwd\"/></Relationships>".utf8))
            try zip.addStored("etc/passwd", Array(sheet.utf8))
            return try zip.finish()
        }
        // A target that climbs out of the package is only a part name: here, one the archive happens to hold.
        let climbing = try XLSXImport.read(try book("<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>Behandling</t></is></c></row></sheetData></worksheet>"), source: "x.xlsx")
        XCTAssertEqual(climbing.tables.first?.records.first?.fields, ["Behandling"])
        XCTAssertThrowsError(try XLSXImport.read(try book("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet/>"), source: "x.xlsx")) { error in
            XCTAssertTrue((error as? ImportError)?.problems.first?.message.contains("document type declaration") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try XLSXImport.read(try book("<worksheet><sheetData><row r=\"2\"/><row r=\"1\"/></sheetData></worksheet>"), source: "x.xlsx"))
        XCTAssertThrowsError(try XLSXImport.read(try book("<worksheet><sheetData><row><c r=\"ZZZZ1\"><v>1</v></c></row></sheetData></worksheet>"), source: "x.xlsx"))
        XCTAssertThrowsError(try XLSXImport.read(try book("<worksheet><sheetData><row><c><v>&bogus;</v></c></row></sheetData></worksheet>"), source: "x.xlsx"))
    }
}
