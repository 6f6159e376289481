import Foundation
import RopaCLI
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// `ropa import` with what DPOs have: the dry run says how each column and file was read.
final class SpreadsheetImportCommandTests: CLITestCase {
    func folder() throws -> String {
        let folder = try Fixtures.temporaryFolder("ropa-sheets")
        folders.append(folder)
        return folder
    }

    func freshRegister() throws -> String {
        let path = "\(try folder())/register"
        XCTAssertEqual(ropa("init", path, "--name", "Exempel AB", "--org-number", "556254-0806").code, 0)
        return path
    }

    func testTheDryRunShowsColumnsEncodingAndWhatIsNotRead() throws {
        let register = try savedRegister()
        let csv = "\(try folder())/blad.csv"
        let text = "Behandling;Syfte;Avdelning;Kommentar\r\nLön;Betala lön;Ekonomi;Klar\r\n"
        try Data(text.unicodeScalars.map { UInt8($0.value) }).write(to: URL(fileURLWithPath: csv))
        assertUnchanged(register) {
            let run = ropa("import", register, "--from", "csv", csv, "--dry-run", "--map", "Avdelning=owner")
            XCTAssertEqual(run.code, 0, run.stderr)
            XCTAssertTrue(run.stdout.contains("\(csv): read as Windows-1252"), run.stdout)
            XCTAssertTrue(run.stdout.contains("Columns of \(csv):\n  'Behandling' → Processing activity\n  'Syfte' → Purposes\n  'Avdelning' → Owner\n  'Kommentar' → not read\n"), run.stdout)
            XCTAssertEqual(run.stderr.components(separatedBy: "'Kommentar'").count, 2, "reported once: \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("ropa: warning: \(csv): not read: 'Kommentar' (--keep-extra"), run.stderr)
            XCTAssertTrue(run.stdout.contains("+ Activity 'Lön' added"), run.stdout)
        }
        let sv = ropa("--lang", "sv", "import", register, "--from", "csv", csv, "--dry-run", "--keep-extra")
        XCTAssertTrue(sv.stdout.contains("läst som Windows-1252"), sv.stdout)
        XCTAssertTrue(sv.stderr.contains("sparas i varje rads anteckningar: 'Avdelning', 'Kommentar'"), sv.stderr)
        XCTAssertEqual(ropa("import", register, "--from", "csv", csv, "--map", "Avdelning").code, 2)
    }

    func testTheExportOfISTImportsIntoAFreshRegister() throws {
        let ist = "\(Fixtures.repositoryRoot)/Data/ist-group"
        let exports = try folder()
        XCTAssertEqual(ropa("export", ist, "--format", "csv", "--table", "all", "-o", "\(exports)/all/").code, 0)
        XCTAssertEqual(ropa("export", ist, "--format", "csv", "-o", "\(exports)/activities.csv").code, 0)

        // The activities alone: what they name is created from its name, and listed.
        let alone = try freshRegister()
        assertUnchanged(alone) {
            let refused = ropa("import", alone, "--from", "csv", "\(exports)/activities.csv", "--no-create")
            XCTAssertEqual(refused.code, 2)
            XCTAssertTrue(refused.stderr.contains("nothing was imported: fix the 34 problems above"), refused.stderr)
        }
        let run = ropa("import", alone, "--from", "csv", "\(exports)/activities.csv", "--dry-run")
        XCTAssertEqual(run.code, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("Created from the names rows give them"), run.stdout)
        XCTAssertTrue(run.stdout.contains("+ Joint controller 'LinkedIn' (linkedin), named on \(exports)/activities.csv:"), run.stdout)
        XCTAssertEqual(ropa("import", alone, "--from", "csv", "\(exports)/activities.csv").code, 0)
        XCTAssertEqual(ropa("verify", alone).code, 0)

        // Every table: the register comes back whole, and nothing needs creating.
        let whole = try freshRegister()
        let all = ropa("import", whole, "--from", "csv", "\(exports)/all", "-m", "Från IST")
        XCTAssertEqual(all.code, 0, all.stderr)
        // Only the legal entities are new: the organisation's table is not among the files.
        XCTAssertTrue(all.stdout.contains("+ Legal entity 'IST Group AB' (ist-group-ab)"), all.stdout)
        XCTAssertFalse(all.stdout.contains("+ Processor"), all.stdout)
        XCTAssertFalse(all.stdout.contains("+ Joint controller"), all.stdout)
        XCTAssertFalse(all.stdout.contains("+ Transfer"), all.stdout)
        XCTAssertTrue(all.stdout.contains("\(exports)/all/processors.csv: Processors,"), all.stdout)
        let seed = try RegisterStore(folder: ist).load()
        let back = try RegisterStore(folder: whole).load()
        XCTAssertEqual(back.activities.map(\.id).sorted(), seed.activities.map(\.id).sorted())
        XCTAssertEqual(back.processors.map(\.id).sorted(), seed.processors.map(\.id).sorted())
        XCTAssertEqual(back.transfers.map(\.id).sorted(), seed.transfers.map(\.id).sorted())
        let again = ropa("import", whole, "--from", "csv", "\(exports)/all")
        XCTAssertTrue(again.stdout.contains("No change"), again.stdout)
    }
}
