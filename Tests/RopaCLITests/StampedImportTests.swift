import Foundation
import RopaCLI
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// An old sheet never reverts newer work: the export's version stamp lets the import apply only what the sheet
/// changed since, on top of the head, and name what both changed.
final class StampedImportTests: CLITestCase {
    func folder() throws -> String {
        let folder = try Fixtures.temporaryFolder("ropa-stamp")
        folders.append(folder)
        return folder
    }

    /// The tab-separated file with the cell of `column` on the kundservice row replaced.
    func edited(_ csv: String, column: String, value: String) throws -> String {
        var lines = csv.components(separatedBy: "\r\n")
        let header = lines[0].components(separatedBy: "\t")
        let position = try XCTUnwrap(header.firstIndex(of: column), column)
        let row = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("kundservice\t") })
        var cells = lines[row].components(separatedBy: "\t")
        XCTAssertEqual(cells.count, header.count, "the test row has no quoted line breaks")
        cells[position] = value
        lines[row] = cells.joined(separator: "\t")
        return lines.joined(separator: "\r\n")
    }

    func testAnOldCSVAppliesOnlyWhatItChangedAndNamesConflicts() throws {
        let register = try savedRegister()
        let exported = ropa("export", register, "--format", "csv", "--delimiter", "tab").stdout
        XCTAssertTrue(exported.hasPrefix("ID (ropa 1 "), exported)
        // Newer work in the register, after the export.
        XCTAssertEqual(ropa("set", register, "kundservice", "owner=Kundtjänstchef", "notes=Ny anteckning").code, 0)

        // The sheet changes another field: applied, and the newer owner and notes are kept.
        let path = "\(try folder())/gammal.csv"
        try Data(try edited(exported, column: "Description", value: "Ny beskrivning").utf8).write(to: URL(fileURLWithPath: path))
        let dry = ropa("import", register, "--from", "csv", path, "--dry-run")
        XCTAssertEqual(dry.code, 0, dry.stderr)
        XCTAssertTrue(dry.stderr.contains("\(path) was exported from version 1: what it changed since then is applied on top of version 2"), dry.stderr)
        XCTAssertTrue(dry.stdout.contains("description"), dry.stdout)
        XCTAssertFalse(dry.stdout.contains("owner"), "the newer owner is not reverted: \(dry.stdout)")
        XCTAssertEqual(ropa("import", register, "--from", "csv", path).code, 0)
        var activity = try XCTUnwrap(try RegisterStore(folder: register).load().activity("kundservice"))
        XCTAssertEqual(activity.description, "Ny beskrivning")
        XCTAssertEqual(activity.owner, "Kundtjänstchef")
        XCTAssertEqual(activity.notes, "Ny anteckning")

        // The same field changed on both sides: the register's value is kept and the conflict is named.
        let conflicting = "\(try folder())/konflikt.csv"
        try Data(try edited(exported, column: "Owner", value: "Marknadschef").utf8).write(to: URL(fileURLWithPath: conflicting))
        let run = ropa("import", register, "--from", "csv", conflicting)
        XCTAssertEqual(run.code, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("Changed both in the sheet and in the register since version 1; the register's value is kept:"), run.stdout)
        XCTAssertTrue(run.stdout.contains("! Activity 'Kundservice och kontakt' · owner: the sheet says 'Marknadschef', the register now 'Kundtjänstchef'"), run.stdout)
        activity = try XCTUnwrap(try RegisterStore(folder: register).load().activity("kundservice"))
        XCTAssertEqual(activity.owner, "Kundtjänstchef")
    }

    func testASheetWithoutAStampIsComparedWithTheHeadAndSaysSo() throws {
        let register = try savedRegister()
        let path = "\(try folder())/utan.csv"
        try Data("ID,Processing activity,Owner\r\nkundservice,Kundservice och kontakt,Någon\r\n".utf8).write(to: URL(fileURLWithPath: path))
        let dry = ropa("import", register, "--from", "csv", path, "--dry-run")
        XCTAssertTrue(dry.stderr.contains("\(path) carries no register version: it is compared with the current version (1)"), dry.stderr)
        let current = "\(try folder())/aktuell.csv"
        try Data(ropa("export", register, "--format", "csv").stdout.utf8).write(to: URL(fileURLWithPath: current))
        XCTAssertTrue(ropa("import", register, "--from", "csv", current, "--dry-run").stderr.contains("was exported from version 1, the current one"))
        let unknown = "\(try folder())/okand.csv"
        try Data("ID (ropa 9 abcdef1234567),Processing activity\r\nkundservice,Kundservice och kontakt\r\n".utf8).write(to: URL(fileURLWithPath: unknown))
        XCTAssertTrue(ropa("import", register, "--from", "csv", unknown, "--dry-run").stderr.contains("names version 9, which this register's history does not have"))
    }

    func testAnOldWorkbookEditedInOpenpyxlKeepsNewerWork() throws {
        guard SpreadsheetTools.hasOpenpyxl else { throw XCTSkip("python3 with openpyxl is not installed") }
        let register = try savedRegister()
        let book = "\(try folder())/register.xlsx"
        XCTAssertEqual(ropa("export", register, "--format", "xlsx", "-o", book).code, 0)
        XCTAssertEqual(ropa("set", register, "kundservice", "owner=Kundtjänstchef").code, 0)
        let edit = try SpreadsheetTools.python("""
        import sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        sheet = book["Activities"]
        header = [c.value for c in sheet[1]]
        for row in sheet.iter_rows(min_row=2):
            if row[0].value == "kundservice":
                row[header.index("Description")].value = "Ändrad i Excel"
        book.save(sys.argv[1])
        """, arguments: [book])
        XCTAssertEqual(edit.status, 0, edit.errors)
        let run = ropa("import", register, "--from", "xlsx", book)
        XCTAssertEqual(run.code, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("was exported from version 1"), run.stderr)
        let activity = try XCTUnwrap(try RegisterStore(folder: register).load().activity("kundservice"))
        XCTAssertEqual(activity.description, "Ändrad i Excel")
        XCTAssertEqual(activity.owner, "Kundtjänstchef")
    }
}
