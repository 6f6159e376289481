import Foundation
import RopaCLI
import RopaJSON
import RopaStore
import RopaTestSupport
import XCTest

/// Hostile register folders and arguments through the command line: refusals with exit code 2 and nothing
/// written, read-only commands that never write, and output that never carries a raw control character to
/// a terminal.
final class HostileFolderCommandTests: CLITestCase {
    private func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    func testExportIntoARegisterIsRefused() throws {
        let folder = try savedRegister()
        try FileManager.default.createDirectory(atPath: "\(folder)/sub", withIntermediateDirectories: false)
        assertUnchanged(folder) {
            for output in [folder, "\(folder)/", "\(folder)/sub/out.csv", "\(folder)/register.json", "\(folder)/new/tables/"] {
                let run = ropa("export", folder, "--format", output.hasSuffix("/") ? "csv" : "json", "--output", output)
                XCTAssertEqual(run.code, 2, output)
                XCTAssertTrue(run.stderr.contains("never goes into a register folder"), run.stderr)
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(folder)/new"))
    }

    func testReadOnlyCommandsNeverWriteAndReportAPendingJournal() throws {
        let folder = try savedRegister()
        XCTAssertEqual(ropa("set", folder, "kundservice", "owner=Ny").code, 0)
        let head = try XCTUnwrap(try RegisterStore(folder: folder).history.head)
        // What a save killed after its record leaves: the journal, and the old file.
        try write("\(head)\n", to: "\(folder)/.ropa-journal")
        let path = "\(folder)/activities/kundservice.json"
        try write(try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"Ny\"", with: "\"Kundservicechef\""), to: path)
        assertUnchanged(folder) {
            for command in [["show", folder], ["validate", folder], ["verify", folder], ["review", folder], ["export", folder, "--format", "json"]] {
                let run = ropa(command)
                XCTAssertNotEqual(run.code, 2, "\(command): \(run.stderr)")
                XCTAssertTrue(run.stderr.contains("a save was interrupted after recording version \(head.prefix(12))"), "\(command): \(run.stderr)")
            }
            XCTAssertTrue(ropa("show", folder, "--json").stdout.contains("\"owner\": \"Ny\""), "readers show the recorded version")
        }
        XCTAssertEqual(ropa("set", folder, "kundservice", "notes=efter").code, 0, "the next write finishes the save")
        XCTAssertFalse(FileManager.default.fileExists(atPath: "\(folder)/.ropa-journal"))
        XCTAssertEqual(ropa("verify", folder).code, 0)
    }

    func testFileNamesAndArgumentsReachTheTerminalAsPlaceholders() throws {
        let folder = try savedRegister()
        let osc = "\u{1B}]0;pwned\u{07}"
        try write("{}", to: "\(folder)/activities/\(osc).json")
        let run = ropa("show", folder)
        XCTAssertEqual(run.code, 2)
        XCTAssertFalse(run.stderr.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, run.stderr)
        XCTAssertTrue(run.stderr.contains("␛]0;pwned␇"), run.stderr)
        try FileManager.default.removeItem(atPath: "\(folder)/activities/\(osc).json")

        let unknown = ropa("set", folder, "kund\u{1B}[2Jservice", "owner=x")
        XCTAssertFalse(unknown.stderr.contains("\u{1B}"), unknown.stderr)
        let clipboard = "\u{1B}]52;c;cHduZWQ=\u{07}"
        let saved = ropa("set", folder, "kundservice", "name=Namn\(clipboard)\u{202E}", "-m", "m\(clipboard)")
        XCTAssertEqual(saved.code, 0, saved.stderr)
        XCTAssertFalse(saved.stdout.contains("\u{1B}"), saved.stdout)
    }

    func testJSONOutputEscapesControlAndBidiCharacters() throws {
        let folder = try savedRegister()
        XCTAssertEqual(ropa("set", folder, "kundservice", "name=A\u{202E}B\u{85}C\u{7F}D\u{1B}E").code, 0)
        for command in [["show", folder, "--json"], ["diff", folder, "--json"], ["validate", folder, "--json"]] {
            let run = ropa(command)
            XCTAssertFalse(run.stdout.unicodeScalars.contains { [0x202E, 0x85, 0x7F, 0x1B].contains($0.value) }, "\(command)")
            XCTAssertNoThrow(try JSONParser.parse(run.stdout), "\(command)")
        }
        let show = ropa("show", folder, "--json").stdout
        XCTAssertTrue(show.contains("A\\u202eB\\u0085C\\u007fD\\u001bE"), show)
        XCTAssertEqual(try JSONParser.parse(show)["activities"]?.arrayValue?.first?["name"]?.stringValue, "A\u{202E}B\u{85}C\u{7F}D\u{1B}E")
    }

    func testAnExportShownOnATerminalHasPlaceholdersAndAPipeGetsTheExactBytes() throws {
        let text = "Namn\u{1B}]0;titel\u{07};\u{202E}\r\n"
        for forTerminal in [true, false] {
            let pipe = Pipe()
            StandardOutput(pipe.fileHandleForWriting, forTerminal: forTerminal).write(text)
            try pipe.fileHandleForWriting.close()
            let written = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            XCTAssertEqual(written, forTerminal ? "Namn␛]0;titel␇;<U+202E>␍\n" : text)
        }
    }

    func testHugeNumbersAreAClearErrorNotATrap() throws {
        let folder = try savedRegister()
        let path = "\(folder)/register.json"
        try write(try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "\"reviewIntervalMonths\": 12", with: "\"reviewIntervalMonths\": 9223372036854775806"), to: path)
        assertUnchanged(folder) {
            let run = ropa("review", folder, "--mark-reviewed", "molnleverantor")
            XCTAssertEqual(run.code, 2)
            XCTAssertTrue(run.stderr.contains("\"reviewIntervalMonths\" is 9223372036854775806: it must be between 1 and 1200"), run.stderr)
        }
    }

    func testNestedIDsBreakingTheIDRuleAreRefused() throws {
        let folder = try savedRegister()
        assertUnchanged(folder) {
            for bad in ["../../x", "UPPER", "e\u{1B}x"] {
                let run = ropa("set", folder, "kundservice", "dataCategories.namn.id=\(bad)")
                XCTAssertEqual(run.code, 2, bad)
                XCTAssertFalse(run.stderr.contains("\u{1B}"), run.stderr)
            }
        }
    }

    func testVerifyReportsAnInvalidRecordThatOtherCommandsRefuse() throws {
        let folder = try savedRegister()
        let history = try History(folder: folder)
        let head = try XCTUnwrap(history.head)
        let path = history.recordPath(head)
        try write(try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"first\"", with: "\"forged\""), to: path)
        let verify = ropa("verify", folder)
        XCTAssertEqual(verify.code, 1)
        XCTAssertTrue(verify.stdout.contains("does not match its hash"), verify.stdout)
        for command in [["show", folder], ["diff", folder], ["log", folder], ["set", folder, "kundservice", "owner=x"]] {
            let run = ropa(command)
            XCTAssertEqual(run.code, 2, "\(command)")
            XCTAssertTrue(run.stderr.contains("\(head).json"), run.stderr)
        }
    }
}
