import Foundation
import RopaTestSupport
import XCTest

/// `ropa notice`: the notice on standard output or in a file, the language from --lang only, the audience,
/// and refusals (unknown or not yet available formats, empty options, unreadable registers) that write nothing.
final class NoticeCommandTests: CLITestCase {
    func testWritesTheNoticeInTheLanguageOfLangOnly() throws {
        let folder = try savedRegister()
        let english = ropa("notice", folder)
        XCTAssertEqual(english.code, 0, english.stderr)
        XCTAssertTrue(english.stdout.hasPrefix("# How Exempel AB processes your personal data\n"), english.stdout)
        let swedish = ropa("notice", folder, "--lang", "sv")
        XCTAssertEqual(swedish.code, 0, swedish.stderr)
        XCTAssertTrue(swedish.stdout.hasPrefix("# Så behandlar Exempel AB dina personuppgifter\n"), swedish.stdout)
        XCTAssertTrue(swedish.stdout.contains("## Dina rättigheter"))
        XCTAssertEqual(ropa("notice", folder, "--format", "markdown").stdout, english.stdout, "markdown is the default")
    }

    func testAudienceAndOutputFile() throws {
        let folder = try savedRegister()
        let target = try Fixtures.temporaryFolder("ropa-notice-out")
        folders.append(target)
        let run = ropa("notice", folder, "--audience", "kund", "-o", "\(target)/kunder.md", "--lang", "sv")
        XCTAssertEqual(run.code, 0, run.stderr)
        XCTAssertEqual(run.stdout, "")
        let text = try String(contentsOfFile: "\(target)/kunder.md", encoding: .utf8)
        XCTAssertTrue(text.contains("Informationen gäller: Kunder."), text)
        let permissions = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: "\(target)/kunder.md")[.posixPermissions] as? Int)
        XCTAssertEqual(permissions & 0o077, 0, "readable by its owner only")
    }

    func testRefusesWhatItCannotWrite() throws {
        let folder = try savedRegister()
        assertUnchanged(folder) {
            let unknown = ropa("notice", folder, "--format", "pdf")
            XCTAssertEqual(unknown.code, 2)
            XCTAssertTrue(unknown.stderr.contains("unknown format 'pdf': use one of markdown, html, docx"), unknown.stderr)
            for format in ["html", "docx"] {
                let later = ropa("notice", folder, "--format", format, "-o", "\(folder)/notice.\(format)")
                XCTAssertEqual(later.code, 2, format)
                XCTAssertTrue(later.stderr.contains("--format \(format) is not available yet"), later.stderr)
            }
            XCTAssertEqual(ropa("notice", folder, "--audience", " ").code, 2)
            XCTAssertEqual(ropa("notice", folder, "-o", "").code, 2)
            XCTAssertEqual(ropa("notice", folder, "extra").code, 2)
        }
        let missing = ropa("notice", folder + "/saknas")
        XCTAssertEqual(missing.code, 2)
        XCTAssertEqual(missing.stdout, "")
        let swedish = ropa("notice", folder, "--format", "html", "--lang", "sv")
        XCTAssertTrue(swedish.stderr.contains("--format html finns inte ännu"), swedish.stderr)
    }
}
