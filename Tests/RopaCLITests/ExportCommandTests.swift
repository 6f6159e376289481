import Foundation
import RopaStore
import RopaTestSupport
import XCTest

/// `ropa export` in CSV and Markdown: options, where files go, and refusals that write nothing.
final class ExportCommandTests: CLITestCase {
    private func outputFolder() throws -> String {
        let folder = try Fixtures.temporaryFolder("ropa-export-out")
        folders.append(folder)
        return folder
    }

    private func permissions(_ path: String) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    func testCSVGoesToStandardOutputWithEnglishOrSwedishHeaders() throws {
        let folder = try savedRegister()
        let english = ropa("export", folder, "--format", "csv")
        XCTAssertEqual(english.code, 0, english.stderr)
        // The ID column's header carries the version the file was made from, for the import to compare with.
        let head = try XCTUnwrap(RegisterStore(folder: folder).history.head)
        let id = "ID (ropa 1 \(head.prefix(12)))"
        XCTAssertTrue(english.stdout.hasPrefix("\(id),Processing activity,Description,Owner,Role,Status,"), english.stdout)
        XCTAssertTrue(english.stdout.contains("\r\nkundservice,Kundservice och kontakt,"))
        let swedish = ropa("export", folder, "--format", "csv", "--lang", "sv", "--delimiter", ";")
        XCTAssertEqual(swedish.code, 0, swedish.stderr)
        XCTAssertTrue(swedish.stdout.hasPrefix("\u{FEFF}\(id);Behandling;Beskrivning;Ansvarig;Roll;Status;"), swedish.stdout)
        for header in ["Ändamål", "Rättslig grund", "Lagringstid"] { XCTAssertTrue(swedish.stdout.contains(";\(header);"), header) }
        XCTAssertEqual(ropa("export", folder, "--format", "csv").stdout, english.stdout, "deterministic")
        // Swedish is for Swedish Excel by default: ';' and a byte order mark; --no-excel gives plain CSV.
        XCTAssertEqual(ropa("export", folder, "--format", "csv", "--lang", "sv").stdout, swedish.stdout)
        XCTAssertTrue(ropa("export", folder, "--format", "csv", "--lang", "sv", "--no-excel").stdout.hasPrefix("\(id),Behandling,"))
        XCTAssertTrue(ropa("export", folder, "--format", "csv", "--excel").stdout.hasPrefix("\u{FEFF}\(id),Processing activity,"))
        let transfers = ropa("export", folder, "--format", "csv", "--table", "transfers", "--delimiter", "tab")
        XCTAssertTrue(transfers.stdout.hasPrefix("\(id)\tTransfer\tRecipient\t"), transfers.stdout)
    }

    func testBOMAndAllTablesIntoAFolder() throws {
        let folder = try savedRegister()
        let target = try outputFolder() + "/tables"
        let run = ropa("export", folder, "--format", "csv", "--table", "all", "--bom", "--output", target)
        XCTAssertEqual(run.code, 0, run.stderr)
        let names = ["activities.csv", "processors.csv", "subprocessors.csv", "transfers.csv", "joint-controllers.csv", "security-measures.csv"]
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: target).sorted(), names.sorted())
        XCTAssertEqual(run.stderr, names.map { "Wrote \(target)/\($0)\n" }.joined())
        XCTAssertEqual(try permissions(target), 0o700)
        for name in names {
            let bytes = try XCTUnwrap(FileManager.default.contents(atPath: "\(target)/\(name)"))
            XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], name)
            XCTAssertEqual(try permissions("\(target)/\(name)"), 0o600, name)
        }
        let subprocessors = try String(contentsOfFile: "\(target)/subprocessors.csv", encoding: .utf8)
        XCTAssertTrue(subprocessors.contains("molnleverantor,Moln Inc.,Ärendesystem AB,Drift,United States (US),"), subprocessors)
    }

    func testMarkdownHasTheDateAndTheVersionItWasExportedFrom() throws {
        let folder = try savedRegister()
        XCTAssertEqual(ropa("set", folder, "kundservice", "name=Kundtjänst", "-m", "Byt namn").code, 0)
        let head = ropa("export", folder, "--format", "markdown", "--as-of", "2026-06-01")
        XCTAssertEqual(head.code, 0, head.stderr)
        XCTAssertTrue(head.stdout.hasPrefix("# Record of processing activities: Exempel AB\n"))
        XCTAssertTrue(head.stdout.contains("- **Date:** 2026-06-01\n"))
        XCTAssertTrue(head.stdout.range(of: #"- \*\*Version:\*\* 2 \([0-9a-f]{12}\)\n"#, options: .regularExpression) != nil, head.stdout)
        XCTAssertTrue(head.stdout.contains("### Kundtjänst\n"))

        let old = ropa("export", folder, "--format", "markdown", "--version", "1", "--lang", "sv", "--as-of", "2026-06-01")
        XCTAssertEqual(old.code, 0, old.stderr)
        XCTAssertTrue(old.stdout.hasPrefix("# Register över behandlingar: Exempel AB\n"))
        XCTAssertTrue(old.stdout.range(of: #"- \*\*Version:\*\* 1 \([0-9a-f]{12}\)\n"#, options: .regularExpression) != nil, old.stdout)
        XCTAssertTrue(old.stdout.contains("### Kundservice och kontakt\n"))
        XCTAssertEqual(ropa("export", folder, "--format", "csv", "--version", "1").stdout.contains("Kundservice och kontakt"), true)

        let path = "\(folder)/activities/kundservice.json"
        let edited = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Kundservicechef", with: "Chef")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let unrecorded = ropa("export", folder, "--format", "markdown")
        XCTAssertTrue(unrecorded.stdout.contains(", with changes not yet recorded as a version\n"), unrecorded.stdout)
    }

    func testMarkdownToAFileOrIntoAFolder() throws {
        let folder = try savedRegister()
        let target = try outputFolder()
        let intoFolder = ropa("export", folder, "--format", "markdown", "-o", target)
        XCTAssertEqual(intoFolder.code, 0, intoFolder.stderr)
        XCTAssertEqual(intoFolder.stderr, "Wrote \(target)/register.md\n")
        let file = "\(target)/rop.md"
        XCTAssertEqual(ropa("export", folder, "--format", "markdown", "--output=\(file)").stderr, "Wrote \(file)\n")
        XCTAssertEqual(try permissions(file), 0o600)
    }

    func testBadUsageIsRefusedWithExitTwoAndWritesNothing() throws {
        let folder = try savedRegister()
        let target = try outputFolder()
        let file = "\(target)/out"
        assertUnchanged(folder) {
            let cases: [([String], String)] = [
                (["--format", "ods"], "unknown format 'ods': use one of csv, markdown, json, xlsx"),
                (["--format", "csv", "--table", "people"], "unknown table 'people'"),
                (["--format", "csv", "--delimiter", "x"], "--delimiter takes ',', ';', tab or '|'"),
                (["--format", "csv", "--lang", "fr"], "unknown language 'fr': use en or sv"),
                (["--format", "csv", "--as-of", "2026-06-01"], "--as-of applies to --format markdown, docx and html, not csv"),
                (["--format", "markdown", "--table", "all"], "--table applies to --format csv, not markdown"),
                (["--format", "markdown", "--bom"], "--bom applies to --format csv, not markdown"),
                (["--format", "markdown", "--as-of", "2026-02-30"], "--as-of wants a date YYYY-MM-DD"),
                (["--format", "csv", "--version", "9"], "no version \"9\" in the history"),
                (["--format", "csv", "--frobnicate"], "unknown option --frobnicate"),
            ]
            for (arguments, message) in cases {
                let run = ropa(["export", folder] + arguments + ["--output", file])
                XCTAssertEqual(run.code, 2, "\(arguments)")
                XCTAssertTrue(run.stderr.contains(message), "\(arguments): \(run.stderr)")
            }
            let all = ropa("export", folder, "--format", "csv", "--table", "all")
            XCTAssertEqual(all.code, 2)
            XCTAssertTrue(all.stderr.contains("--table all writes one file per table: give a folder with --output DIR"), all.stderr)
            XCTAssertTrue(all.stderr.contains("Usage: ropa export PATH"), all.stderr)
            XCTAssertEqual(all.stdout, "")
            let missing = ropa("export", folder, "--format", "csv", "--output", "\(target)/no/such/file.csv")
            XCTAssertEqual(missing.code, 2)
            XCTAssertTrue(missing.stderr.contains("no such folder to write the export in"), missing.stderr)
            XCTAssertEqual(ropa("export", folder, "extra", "--format", "csv").code, 2)
            XCTAssertTrue(ropa("export", folder, "--format", "csv", "--output", "").stderr.contains("--output needs a file or folder"))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: target), [], "a refused export wrote a file")

        try Data("keep".utf8).write(to: URL(fileURLWithPath: file))
        let onFile = ropa("export", folder, "--format", "csv", "--table", "all", "--output", file)
        XCTAssertEqual(onFile.code, 2)
        XCTAssertTrue(onFile.stderr.contains("is a file, but this export writes 6 files: give a folder"), onFile.stderr)
        XCTAssertEqual(FileManager.default.contents(atPath: file), Data("keep".utf8))
    }

    func testHelpDescribesTheFormats() {
        let help = ropa("help", "export").stdout
        for text in ["--format csv", "--format markdown", "--table NAME", "--delimiter", "--bom", "--lang en|sv", "--as-of", "pandoc"] {
            XCTAssertTrue(help.contains(text), text)
        }
    }
}
