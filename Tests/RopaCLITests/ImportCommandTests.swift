import Foundation
import RopaCLI
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

final class ImportCommandTests: CLITestCase {
    func write(_ text: String, bom: Bool = false) throws -> String {
        let folder = try Fixtures.temporaryFolder("ropa-csv")
        folders.append(folder)
        let path = "\(folder)/aktiviteter.csv"
        try Data((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)).write(to: URL(fileURLWithPath: path))
        return path
    }

    func testDryRunShowsTheChangesAndWritesNothing() throws {
        let folder = try savedRegister()
        let csv = try write("ID,Processing activity,Owner\r\nkundservice,Kundservice och kontakt,Kundtjänstchef\r\n,Nyhetsbrev,Marknad\r\n")
        assertUnchanged(folder) {
            let run = ropa("import", folder, "--from", "csv", csv, "--dry-run")
            XCTAssertEqual(run.code, 0, run.stderr)
            XCTAssertTrue(run.stdout.contains("2 row(s), English headers, ',' between fields; would add 1, change 1, 0 unchanged."), run.stdout)
            XCTAssertTrue(run.stdout.contains("~ Activity 'Kundservice och kontakt' · owner: 'Kundservicechef' → 'Kundtjänstchef'"), run.stdout)
            XCTAssertTrue(run.stdout.contains("+ Activity 'Nyhetsbrev' added"), run.stdout)
            XCTAssertTrue(run.stdout.hasSuffix("Dry run: nothing was written.\n"), run.stdout)
        }
    }

    func testARealImportIsOneVersion() throws {
        let folder = try savedRegister()
        let csv = try write("ID;Behandling;Ansvarig\r\nkundservice;Kundservice och kontakt;Kundtjänstchef\r\n;Nyhetsbrev;Marknad\r\n", bom: true)
        let run = ropa("import", folder, "--from", "csv", csv)
        XCTAssertEqual(run.code, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("Swedish headers, ';' between fields; added 1, changed 1, 0 unchanged."), run.stdout)
        XCTAssertTrue(run.stdout.contains("Saved version 2 ("), run.stdout)
        XCTAssertTrue(run.stdout.contains("Import aktiviteter.csv"), run.stdout)
        let store = try RegisterStore(folder: folder)
        XCTAssertEqual(store.history.count, 2)
        let register = try store.load()
        XCTAssertEqual(register.activity("kundservice")?.owner, "Kundtjänstchef")
        XCTAssertEqual(register.activity("nyhetsbrev")?.owner, "Marknad")
        let diff = ropa("diff", folder)
        XCTAssertTrue(diff.stdout.contains("From version 1 to version 2: Import aktiviteter.csv"), diff.stdout)
        XCTAssertTrue(diff.stdout.contains("+ Activity 'Nyhetsbrev' added"), diff.stdout)
        XCTAssertEqual(ropa("verify", folder).code, 0)

        // A row without an ID is a new activity, even when its name is taken: the import says so.
        let again = ropa("import", folder, "--from", "csv", csv, "-m", "Igen")
        XCTAssertEqual(again.code, 0, again.stderr)
        XCTAssertTrue(again.stdout.contains("added 1, changed 0, 1 unchanged."), again.stdout)
        XCTAssertTrue(again.stderr.contains("ropa: warning: \(csv):3: ID: no ID, so 'Nyhetsbrev' is added as a new activity (nyhetsbrev-2) beside nyhetsbrev"), again.stderr)

        // A file that reads as the register does changes nothing and records no version.
        let same = try write("ID,Processing activity,Owner\nkundservice,Kundservice och kontakt,Kundtjänstchef\n")
        let unchanged = ropa("import", folder, "--from", "csv", same)
        XCTAssertEqual(unchanged.code, 0, unchanged.stderr)
        XCTAssertTrue(unchanged.stdout.contains("No change"), unchanged.stdout)
        XCTAssertEqual(try RegisterStore(folder: folder).history.count, 3)
    }

    func testTheExportOfTheRegisterImportsAsNoChange() throws {
        let folder = try savedRegister()
        for arguments in [["--lang", "sv", "--delimiter", ";", "--bom"], []] {
            let export = ropa(["export", folder, "--format", "csv"] + arguments)
            let csv = try write(export.stdout, bom: arguments.contains("--bom"))
            let run = ropa("import", folder, "--from", "csv", csv, "--dry-run")
            XCTAssertEqual(run.code, 0, run.stderr)
            XCTAssertTrue(run.stdout.contains("would add 0, change 0, 1 unchanged."), run.stdout)
        }
    }

    func testUnreadableRowsAreReportedWithTheirLinesAndNothingIsImported() throws {
        let folder = try savedRegister()
        let csv = try write("ID,Processing activity,Purposes,Lawful basis,Processors\n,\"Två\nrader\",Svara,Consent,\n,Fel,Svara,Concent,Okänd AB\n,Bra,Svara,Contract,Ärendesystem AB\n,\u{1B}[31mRöd,Svara,Hittepå,\n")
        assertUnchanged(folder) {
            let run = ropa("import", folder, "--from", "csv", csv, "-m", "x", "--no-create")
            XCTAssertEqual(run.code, 2)
            XCTAssertTrue(run.stderr.contains("ropa: \(csv):4: Lawful basis: 'Concent' is not a lawful basis"), run.stderr)
            XCTAssertTrue(run.stderr.contains("ropa: \(csv):4: Processors: 'Okänd AB' is not a processor of the register"), run.stderr)
            XCTAssertTrue(run.stderr.contains("ropa: \(csv):6: Lawful basis: 'Hittepå'"), run.stderr)
            XCTAssertTrue(run.stderr.contains("nothing was imported: fix the 3 problems above"), run.stderr)
            XCTAssertFalse(run.stderr.contains("\u{1B}"), "text from the file is printed harmlessly")
        }
    }

    func testBadUsageIsRefusedWithExitTwo() throws {
        let folder = try savedRegister()
        let csv = try write("Processing activity\nA\n")
        assertUnchanged(folder) {
            for arguments in [["import", folder, csv], ["import", folder, "--from", "csv"],
                              ["import", folder, "--from", "csv", csv, "--delimiter", "x"], ["import", folder, "--from", "csv", "\(csv).missing"],
                              ["import", "\(folder)/nothing", "--from", "csv", csv], ["import", folder, "--from", "csv", csv, "extra"],
                              ["import", folder, "--from", "csv", csv, "-m", " "]] {
                let run = ropa(arguments)
                XCTAssertEqual(run.code, 2, "\(arguments): \(run.stdout)")
                XCTAssertTrue(run.stderr.hasPrefix("ropa: "), run.stderr)
            }
        }
        XCTAssertTrue(ropa("import", folder, csv).stderr.contains("Usage: ropa import PATH --from csv|xlsx FILE..."))
    }

    func testAnImportWaitsForNoOneAndIsRefusedWhileTheRegisterIsEdited() throws {
        let folder = try savedRegister()
        let csv = try write("Processing activity\nA\n")
        let lock = try RopaStoreLock.take(folder)
        defer { lock.release() }
        assertUnchanged(folder) {
            let run = ropa("import", folder, "--from", "csv", csv)
            XCTAssertEqual(run.code, 2)
            XCTAssertTrue(run.stderr.contains("being edited by"), run.stderr)
        }
        XCTAssertEqual(ropa("import", folder, "--from", "csv", csv, "--dry-run").code, 0, "a dry run only reads")
    }

    func testInitThenImportAHandWrittenSwedishSheet() throws {
        let parent = try Fixtures.temporaryFolder("ropa-init")
        folders.append(parent)
        let path = "\(parent)/register"
        XCTAssertEqual(ropa("init", path, "--name", "Exempel AB", "--org-number", "556254-0806").code, 0)
        let csv = try write("""
        Behandling;Beskrivning;Roll;Ändamål;Rättslig grund;Kategorier av registrerade;Kategorier av personuppgifter;Lagringstid;Juridiska personer\r
        Kundtjänst;Svar på frågor;Personuppgiftsansvarig;Svara på frågor;Berättigat intresse;Kunder;Namn; E-post;90 dagar;Exempel AB\r
        Lön;;Personuppgiftsansvarig;Betala lön;Rättslig förpliktelse;Anställda;Namn; Kontonummer;7 år enligt bokföringslagen;556254-0806\r

        """.replacingOccurrences(of: "Namn; E-post", with: "\"Namn; E-post\"").replacingOccurrences(of: "Namn; Kontonummer", with: "\"Namn; Kontonummer\""))
        let run = ropa("import", path, "--from", "csv", csv, "-m", "Första registret")
        XCTAssertEqual(run.code, 0, run.stderr)
        let register = try RegisterStore(folder: path).load()
        XCTAssertEqual(register.activities.map(\.id).sorted(), ["kundtjanst", "lon"])
        XCTAssertEqual(register.activity("lon")?.dataCategories.map(\.name), ["Namn", "Kontonummer"])
        XCTAssertEqual(register.activity("lon")?.purposes.first?.lawfulBasis, .legalObligation)
        XCTAssertEqual(register.activity("kundtjanst")?.legalEntityIds, [])
        XCTAssertEqual(try RegisterStore(folder: path).history.count, 2)
    }
}
