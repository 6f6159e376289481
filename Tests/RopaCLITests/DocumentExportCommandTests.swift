import Foundation
import RopaTestSupport
import XCTest

/// `ropa export --format docx|html`: the register document, where it goes, and what is refused.
final class DocumentExportCommandTests: CLITestCase {
    private func outputFolder() throws -> String {
        let folder = try Fixtures.temporaryFolder("ropa-document-out")
        folders.append(folder)
        return folder
    }

    func testDOCXIsWrittenToAFileReadableByItsOwnerOnly() throws {
        let folder = try savedRegister()
        let target = try outputFolder() + "/register.docx"
        let run = ropa("export", folder, "--format", "docx", "--lang", "sv", "--as-of", "2026-06-01", "-o", target)
        XCTAssertEqual(run.code, 0, run.stderr)
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: target))
        XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a ZIP package")
        if let python = Program.find("python3") {
            let parts = try Program.run(python, ["-c", """
                import sys, zipfile
                z = zipfile.ZipFile(sys.argv[1])
                assert z.testzip() is None
                print(z.read("word/styles.xml").decode() + z.read("word/document.xml").decode())
                """, target])
            XCTAssertEqual(parts.status, 0, parts.errors)
            XCTAssertTrue(parts.output.contains("<w:lang w:val=\"sv-SE\""))
            XCTAssertTrue(parts.output.contains("Upprättad: 2026-06-01"))
        }
        let permissions = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int)
        XCTAssertEqual(permissions, 0o600)
        let again = try outputFolder() + "/again.docx"
        XCTAssertEqual(ropa("export", folder, "--format", "docx", "--lang", "sv", "--as-of", "2026-06-01", "-o", again).code, 0)
        XCTAssertEqual(FileManager.default.contents(atPath: again), bytes, "the same register gives the same bytes")
    }

    func testDOCXNeverGoesToTheTerminal() throws {
        let folder = try savedRegister()
        let run = ropa("export", folder, "--format", "docx")
        XCTAssertEqual(run.code, 2)
        XCTAssertEqual(run.stdout, "")
        XCTAssertTrue(run.stderr.contains("--format docx writes a binary file: give it a name with --output FILE"), run.stderr)
        let swedish = ropa("export", folder, "--format", "docx", "--lang", "sv")
        XCTAssertTrue(swedish.stderr.contains("skriver en binärfil"), swedish.stderr)
    }

    func testHTMLGoesToStandardOutputInTheLanguageAsked() throws {
        let folder = try savedRegister()
        let english = ropa("export", folder, "--format", "html", "--as-of", "2026-06-01")
        XCTAssertEqual(english.code, 0, english.stderr)
        XCTAssertTrue(english.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        XCTAssertTrue(english.stdout.contains("<h1 class=\"title\">Record of processing activities</h1>"))
        XCTAssertTrue(english.stdout.contains("Prepared on: 2026-06-01"))
        XCTAssertFalse(english.stdout.contains("Appendix: open findings"))
        let swedish = ropa("export", folder, "--format", "html", "--lang", "sv", "--findings")
        XCTAssertEqual(swedish.code, 0, swedish.stderr)
        XCTAssertTrue(swedish.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv-SE\">"))
        XCTAssertTrue(swedish.stdout.contains("Bilaga: öppna iakttagelser"))
    }

    func testFindingsIsOnlyForTheDocumentFormats() throws {
        let folder = try savedRegister()
        for format in ["csv", "json", "markdown"] {
            let run = ropa("export", folder, "--format", format, "--findings")
            XCTAssertEqual(run.code, 2, format)
            XCTAssertTrue(run.stderr.contains("--findings applies to --format docx and html, not \(format)"), run.stderr)
        }
    }
}
