import Foundation
import RopaJSON
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

    func testHTMLAndDOCXGoThroughTheDocumentRenderers() throws {
        let folder = try savedRegister()
        let html = ropa("notice", folder, "--format", "html", "--lang", "sv")
        XCTAssertEqual(html.code, 0, html.stderr)
        XCTAssertTrue(html.stdout.contains("lang=\"sv"), String(html.stdout.prefix(400)))
        XCTAssertTrue(html.stdout.contains("Så behandlar Exempel AB dina personuppgifter"))
        XCTAssertTrue(html.stdout.contains("Dina rättigheter"))
        let target = try Fixtures.temporaryFolder("ropa-notice-docx")
        folders.append(target)
        let docx = ropa("notice", folder, "--format", "docx", "-o", "\(target)/notice.docx")
        XCTAssertEqual(docx.code, 0, docx.stderr)
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: "\(target)/notice.docx"))
        XCTAssertEqual(Array(bytes.prefix(2)), [0x50, 0x4B], "a ZIP package")
        XCTAssertNotNil(bytes.range(of: Data("word/document.xml".utf8)))
    }

    func testRefusesWhatItCannotWrite() throws {
        let folder = try savedRegister()
        assertUnchanged(folder) {
            let unknown = ropa("notice", folder, "--format", "pdf")
            XCTAssertEqual(unknown.code, 2)
            XCTAssertTrue(unknown.stderr.contains("unknown format 'pdf': use one of markdown, html, docx"), unknown.stderr)
            let docx = ropa("notice", folder, "--format", "docx")
            XCTAssertEqual(docx.code, 2, "a binary file goes to a named file")
            XCTAssertTrue(docx.stderr.contains("--format docx writes a binary file: name it with --output FILE"), docx.stderr)
            XCTAssertEqual(ropa("notice", folder, "--audience", " ").code, 2)
            XCTAssertEqual(ropa("notice", folder, "-o", "").code, 2)
            XCTAssertEqual(ropa("notice", folder, "-o", "\(folder)/notice.md").code, 2, "never into the register folder")
            XCTAssertEqual(ropa("notice", folder, "extra").code, 2)
        }
        let missing = ropa("notice", folder + "/saknas")
        XCTAssertEqual(missing.code, 2)
        XCTAssertEqual(missing.stdout, "")
        let swedish = ropa("notice", folder, "--format", "docx", "--lang", "sv")
        XCTAssertTrue(swedish.stderr.contains("--format docx skriver en binär fil"), swedish.stderr)
    }
}

/// `ropa validate` lists what the notice lacks under its own heading, after the record's findings.
final class NoticeValidationTests: CLITestCase {
    func testNoticeFindingsComeUnderTheirOwnHeading() throws {
        let seed = "\(Fixtures.repositoryRoot)/Data/ist-group"
        let run = ropa("validate", seed, "--as-of", "2026-06-01")
        XCTAssertEqual(run.code, 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        let heading = try XCTUnwrap(lines.firstIndex(of: "Privacy notice (Art 13 and 14): what the register lacks for it"), run.stdout)
        let before = lines[..<heading], after = lines[(heading + 1)..<(lines.count - 1)]
        XCTAssertFalse(before.contains { $0.contains(" notice-") }, "a notice finding before the heading")
        XCTAssertTrue(after.allSatisfy { $0.contains(" notice-") }, "a record finding under the notice heading")
        XCTAssertTrue(after.contains { $0.contains("notice-provision-not-stated  Activity 'Jobbansökningar' (jobbansokningar) · dataProvision: ") && $0.hasSuffix("[Art 13(2)(e)]") })
        XCTAssertTrue(after.contains { $0.contains("notice-dpo-without-contact") }, "IST's policy gives no address for its DPO")

        let swedish = ropa("validate", seed, "--as-of", "2026-06-01", "--lang", "sv")
        XCTAssertTrue(swedish.stdout.contains("\nIntegritetsinformation (art. 13 och 14): vad registret saknar för den\n"), swedish.stdout)

        let json = try XCTUnwrap(try JSONParser.parse(ropa("validate", seed, "--json", "--as-of", "2026-06-01").stdout).arrayValue)
        XCTAssertTrue(json.contains { $0["code"] == .string("notice-provision-not-stated") && $0["category"] == .string("notice") })
        XCTAssertTrue(json.contains { $0["code"] == .string("missing-owner") && $0["category"] == .string("record") })
    }

    func testTheCleanRegisterLacksNothingForItsNotice() throws {
        let folder = try savedRegister()
        XCTAssertEqual(ropa("validate", folder, "--as-of", "2026-06-01").stdout, "No findings.\n")
    }
}
