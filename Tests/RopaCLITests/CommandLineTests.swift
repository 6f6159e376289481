import Foundation
import RopaJSON
import RopaTestSupport
import XCTest

final class CommandLineTests: CLITestCase {
    func testHelpListsEveryCommand() {
        let run = ropa("--help")
        XCTAssertEqual(run.code, 0)
        XCTAssertTrue(run.stdout.contains("Usage: ropa"))
        for command in ["validate", "verify", "log", "diff", "show", "set", "commit", "restore", "export"] {
            XCTAssertTrue(run.stdout.contains("  \(command) "), command)
        }
        XCTAssertTrue(ropa("help", "set").stdout.contains("Usage: ropa set PATH ID FIELD=VALUE"))
        XCTAssertTrue(ropa("diff", "--help").stdout.contains("Usage: ropa diff"))
        XCTAssertEqual(ropa("--version").stdout, "ropa 0.1.0\n")
    }

    func testUnknownCommandOrOptionIsUsageError() throws {
        let folder = try savedRegister()
        let unknown = ropa("--frobnicate")
        XCTAssertEqual(unknown.code, 2)
        XCTAssertTrue(unknown.stderr.contains("unknown option --frobnicate"))
        let badOption = ropa("validate", folder, "--colour")
        XCTAssertEqual(badOption.code, 2)
        XCTAssertTrue(badOption.stderr.contains("Usage: ropa validate"))
        XCTAssertEqual(ropa("validate").code, 2)
        XCTAssertEqual(ropa("help", "nothing").code, 2)
    }

    func testValidateExitCodesAndJSON() throws {
        let folder = try savedRegister()
        let clean = ropa("validate", folder, "--as-of", "2026-06-01")
        XCTAssertEqual(clean.code, 0, clean.stdout)
        XCTAssertEqual(clean.stdout, "No findings.\n")

        XCTAssertEqual(ropa("set", folder, "kundservice", "purposes.svara.lawfulBasis:=null").code, 0)
        let text = ropa("validate", folder, "--as-of", "2026-06-01")
        XCTAssertEqual(text.code, 1)
        XCTAssertTrue(text.stdout.contains("error   missing-lawful-basis  Activity 'Kundservice och kontakt' (kundservice) · purposes[svara].lawfulBasis"), text.stdout)
        let json = ropa("validate", folder, "--json", "--as-of", "2026-06-01")
        XCTAssertEqual(json.code, 1)
        let findings = try XCTUnwrap(try JSONParser.parse(json.stdout).arrayValue)
        XCTAssertEqual(findings.count, 1)
        for key in ["severity", "code", "entity", "field", "message"] { XCTAssertNotNil(findings[0][key], key) }
        XCTAssertEqual(findings[0]["code"], .string("missing-lawful-basis"))
        XCTAssertEqual(ropa("validate", folder, "--as-of", "2026-13-01").code, 2)
        let swedish = ropa("validate", folder, "--as-of", "2026-06-01", "--lang", "sv")
        XCTAssertTrue(swedish.stdout.contains("Behandling 'Kundservice och kontakt' (kundservice) · purposes[svara].lawfulBasis: välj rättslig grund enligt art. 6.1"), swedish.stdout)
        XCTAssertEqual(ropa("validate", folder, "--lang", "de").code, 2)
    }

    func testBadJSONIsNamedWithLineAndColumnAndChangesNothing() throws {
        let folder = try savedRegister()
        try Data("{\n  \"id\": \"kundservice\",\n  \"name\": \"x\"\n  \"role\": \"controller\"\n}\n".utf8)
            .write(to: URL(fileURLWithPath: "\(folder)/activities/kundservice.json"))
        assertUnchanged(folder) {
            for command in [["validate", folder], ["show", folder], ["set", folder, "kundservice", "owner=x"], ["commit", folder, "-m", "x"]] {
                let run = ropa(command)
                XCTAssertEqual(run.code, 2, "\(command)")
                XCTAssertTrue(run.stderr.contains("activities/kundservice.json:4:3: invalid JSON: expected ',' or '}' in an object"), run.stderr)
                XCTAssertFalse(run.stderr.contains("Fatal"))
            }
        }
    }

    func testMissingOrWrongPathIsClear() throws {
        let missing = ropa("validate", "/nonexistent/register")
        XCTAssertEqual(missing.code, 2)
        XCTAssertEqual(missing.stderr, "ropa: /nonexistent/register: no such file or folder\n")
        let folder = try savedRegister()
        let file = ropa("validate", "\(folder)/register.json")
        XCTAssertEqual(file.code, 2)
        XCTAssertTrue(file.stderr.contains("expected a folder"))
        let empty = try Fixtures.temporaryFolder()
        folders.append(empty)
        XCTAssertTrue(ropa("log", empty).stderr.contains("not a ropa register"))
    }

    func testSetLogDiffRestoreFlow() throws {
        let folder = try savedRegister()
        let set = ropa("set", folder, "kundservice", "name=Kundtjänst åäö", "retention.arenden.period.amount=60", "-m", "Byt namn")
        XCTAssertEqual(set.code, 0, set.stderr)
        XCTAssertEqual(set.stdout.prefix(16), "Saved version 2 ")

        let log = ropa("log", folder)
        XCTAssertTrue(log.stdout.hasPrefix("2  "), log.stdout)
        XCTAssertTrue(log.stdout.contains("    Byt namn"))
        XCTAssertTrue(log.stdout.contains("Test DPO [head]"))
        let logJSON = try XCTUnwrap(try JSONParser.parse(ropa("log", folder, "--json").stdout).arrayValue)
        XCTAssertEqual(logJSON.map { $0["number"] }, [.int(2), .int(1)])
        XCTAssertEqual(logJSON[0]["message"], .string("Byt namn"))
        XCTAssertEqual(logJSON[0]["hash"]?.stringValue?.count, 64)

        let diff = ropa("diff", folder)
        XCTAssertTrue(diff.stdout.contains("~ Activity 'Kundtjänst åäö' · name: 'Kundservice och kontakt' → 'Kundtjänst åäö'"), diff.stdout)
        XCTAssertTrue(diff.stdout.contains("retention[arenden].period.amount: 90 → 60"), diff.stdout)

        let restore = ropa("restore", folder, "1")
        XCTAssertEqual(restore.code, 0)
        XCTAssertTrue(restore.stdout.contains("Restored as version 3"))
        XCTAssertTrue(ropa("diff", folder, "2", "3").stdout.contains("name: 'Kundtjänst åäö' → 'Kundservice och kontakt'"))
        XCTAssertTrue(ropa("show", folder, "--version", "2").stdout.contains("Kundtjänst åäö"))
        XCTAssertEqual(ropa("verify", folder).code, 0)
    }

    func testSetStoresValuesExactlyIncludingControlCharacters() throws {
        let folder = try savedRegister()
        let hostile = "Evil\u{1B}[2J\tname\u{202E}"
        XCTAssertEqual(ropa("set", folder, "kundservice", "owner=\(hostile)").code, 0)
        let exported = try JSONParser.parse(ropa("export", folder, "--format", "json").stdout)
        XCTAssertEqual(exported["activities"]?.arrayValue?.first?["owner"], .string(hostile))
        let diff = ropa("diff", folder)
        XCTAssertFalse(diff.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E }, diff.stdout)
    }

    func testRefusedSetChangesNothing() throws {
        let folder = try savedRegister()
        assertUnchanged(folder) {
            let unknownEntity = ropa("set", folder, "nope", "name=x")
            XCTAssertEqual(unknownEntity.code, 2)
            XCTAssertEqual(unknownEntity.stderr, "ropa: no entity with id \"nope\" in the register\n")
            let badValue = ropa("set", folder, "kundservice", "name=ok", "role=boss")
            XCTAssertEqual(badValue.code, 2)
            XCTAssertTrue(badValue.stderr.contains("role: \"boss\" is not one of: controller, jointController, processor"), badValue.stderr)
            XCTAssertTrue(ropa("set", folder, "kundservice", "colour=red").stderr.contains("unknown field \"colour\""))
            XCTAssertTrue(ropa("set", folder, "kundservice", "id=other").stderr.contains("ids never change"))
            XCTAssertTrue(ropa("set", folder, "kundservice", "purposes.nope.description=x").stderr.contains("no element with id 'nope'"))
            XCTAssertTrue(ropa("set", folder, "kundservice", "name").stderr.contains("is not FIELD=VALUE"))
            XCTAssertEqual(ropa("set", folder, "kundservice").code, 2)
        }
    }

    func testSecondWriterIsRefusedNamingTheHolder() throws {
        let folder = try savedRegister()
        let lock = try RopaStoreLock.take(folder)
        defer { lock.release() }
        assertUnchanged(folder) {
            let run = ropa("set", folder, "kundservice", "owner=x")
            XCTAssertEqual(run.code, 2)
            XCTAssertTrue(run.stderr.contains("being edited by") && run.stderr.contains("pid"), run.stderr)
        }
    }

    func testVerifyFailsOnTamperingAndUnrecordedEdits() throws {
        let folder = try savedRegister()
        XCTAssertTrue(ropa("verify", folder).stdout.hasPrefix("OK: 1 versions"))
        let path = "\(folder)/activities/kundservice.json"
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Kundservicechef", with: "X")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let run = ropa("verify", folder)
        XCTAssertEqual(run.code, 1)
        XCTAssertTrue(run.stdout.contains("1 file(s) changed since the head version"), run.stdout)
        let commit = ropa("commit", folder, "-m", "Hand edit")
        XCTAssertEqual(commit.code, 0)
        XCTAssertTrue(commit.stdout.contains("Recorded version 2"))
        XCTAssertEqual(ropa("verify", folder).code, 0)
        XCTAssertEqual(ropa("commit", folder, "-m", "again").stdout, "Nothing to record: the files are those of the head version.\n")
    }

    func testExportJSONHasTheDocumentedKeys() throws {
        let folder = try savedRegister()
        let run = ropa("export", folder, "--format", "json")
        XCTAssertEqual(run.code, 0)
        let document = try JSONParser.parse(run.stdout)
        XCTAssertEqual(Set(document.objectValue?.keys.map { $0 } ?? []),
                       ["organisation", "activities", "processors", "transfers", "jointControllers", "securityMeasures"])
        XCTAssertEqual(run.stdout, ropa("export", folder, "--format", "json").stdout, "export must be deterministic")
        XCTAssertEqual(CanonicalJSON.string(document), run.stdout)
        XCTAssertEqual(ropa("export", folder, "--format", "xml").code, 2)
        // Foundation's path functions trap on some one-character relative paths; ropa does not use them.
        let previous = FileManager.default.currentDirectoryPath
        let target = try Fixtures.temporaryFolder()
        folders.append(target)
        _ = FileManager.default.changeCurrentDirectoryPath(target)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        XCTAssertEqual(ropa("export", folder, "--format", "json", "--output", "a").code, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: target + "/a"))
        XCTAssertEqual(ropa("export", folder).code, 2)
    }

    func testOpeningTheUIWithoutATerminalIsAClearRefusal() throws {
        let folder = try savedRegister()
        let run = ropa(folder)
        XCTAssertEqual(run.code, 2)
        XCTAssertTrue(run.stderr.contains("the terminal UI needs a terminal"), run.stderr)
        XCTAssertTrue(ropa("/nonexistent").stderr.contains("no such file or folder"))
    }

    func testAFolderOfRegistersIsListedWhenNotInATerminal() throws {
        let run = ropa(Fixtures.repositoryRoot + "/Data")
        XCTAssertEqual(run.code, 0, run.stderr)
        for name in ["ist-group — IST Group", "ict-workgroup", "intelliplan", "izonen", "jsc-it-partner"] {
            XCTAssertTrue(run.stdout.contains(name), run.stdout)
        }
    }
}
