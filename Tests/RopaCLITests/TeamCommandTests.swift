import Foundation
import RopaCLI
import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// What scripts and colleagues who never open the UI do: add, delete, a CI gate, a mistyped command.
final class TeamCommandTests: CLITestCase {
    func testAddDerivesTheIdFromTheNameAndPrintsIt() throws {
        let folder = try savedRegister()
        let run = ropa("add", folder, "activity", "name=Löneadministration", "owner=HR")
        XCTAssertEqual(run.code, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("with id loneadministration"), run.stdout)
        let register = try RegisterStore(folder: folder).load()
        XCTAssertEqual(register.activity("loneadministration")?.owner, "HR")
        let again = ropa("add", folder, "activity", "name=Löneadministration")
        XCTAssertTrue(again.stdout.contains("with id loneadministration-2"), again.stdout)
        XCTAssertEqual(EntityID.derived(from: "Löneadministration", existing: []), "loneadministration")
        XCTAssertEqual(ropa("set", folder, "loneadministration", "owner=Ekonomi").code, 0, "set finds what add made")
    }

    func testAddRefusesAnUnknownKindOrNoNameAndWritesNothing() throws {
        let folder = try savedRegister()
        assertUnchanged(folder) {
            let kind = ropa("add", folder, "vendor", "name=X")
            XCTAssertEqual(kind.code, 2)
            XCTAssertTrue(kind.stderr.contains("unknown kind 'vendor'"), kind.stderr)
            XCTAssertEqual(ropa("add", folder, "processor", "country=SE").code, 2)
            XCTAssertEqual(ropa("add", folder, "processor", "name=X", "country:=5").code, 2)
        }
    }

    func testDeleteRefusesWhileReferredToAndForceRemovesEachReference() throws {
        let folder = try savedRegister()
        assertUnchanged(folder) {
            let refused = ropa("delete", folder, "arendesystem")
            XCTAssertEqual(refused.code, 1)
            XCTAssertTrue(refused.stderr.contains("Activity 'Kundservice och kontakt' (kundservice) · processorIds"), refused.stderr)
            XCTAssertTrue(refused.stderr.contains("Processor 'Moln Inc.' (molnleverantor) · parentProcessorId"), refused.stderr)
        }
        let forced = ropa("delete", folder, "arendesystem", "--force")
        XCTAssertEqual(forced.code, 0, forced.stderr)
        XCTAssertTrue(forced.stdout.contains("Removed the reference from Activity 'Kundservice och kontakt' (kundservice) · processorIds"), forced.stdout)
        let register = try RegisterStore(folder: folder).load()
        XCTAssertNil(register.processor("arendesystem"))
        XCTAssertEqual(register.activity("kundservice")?.processorIds, [])
        XCTAssertEqual(ropa("delete", folder, "linkedin", "--force").code, 0)
        XCTAssertEqual(ropa("delete", folder, "nothing").code, 2)
        XCTAssertEqual(ropa("delete", folder, "organisation").code, 2)
    }

    func testAMistypedCommandIsNamedWithTheNearestOne() throws {
        let folder = try savedRegister()
        let run = ropa("valdiate", folder)
        XCTAssertEqual(run.code, 2)
        XCTAssertTrue(run.stderr.contains("unknown command 'valdiate': did you mean 'ropa validate'?"), run.stderr)
        XCTAssertTrue(ropa("verfy").stderr.contains("'ropa verify'"))
        XCTAssertTrue(ropa("/nonexistent/register").stderr.contains("no such file or folder"), "a path is still a path")
    }

    func testFailOnGatesBySeverityAndJSONNamesTheFile() throws {
        var register = Fixtures.cleanRegister()
        register.activities[0].securityMeasureIds = []
        let folder = try Fixtures.savedRegister(register)
        folders.append(folder)
        let findings = ropa("validate", folder, "--json")
        let value = try JSONParser.parse(Array(findings.stdout.utf8))
        let severities = Set((value.arrayValue ?? []).compactMap { $0["severity"]?.stringValue })
        XCTAssertFalse(severities.contains("error"), findings.stdout)
        XCTAssertEqual(findings.code, 1)
        XCTAssertEqual((value.arrayValue ?? []).first?["file"]?.stringValue, "activities/kundservice.json")
        XCTAssertEqual(ropa("validate", folder, "--fail-on", "error").code, 0)
        XCTAssertEqual(ropa("validate", folder, "--fail-on", "warning").code, 1)
        XCTAssertEqual(ropa("validate", folder, "--fail-on", "never").code, 0)
        let bad = ropa("validate", folder, "--fail-on", "sometimes")
        XCTAssertEqual(bad.code, 2)
        XCTAssertTrue(bad.stderr.contains("--fail-on takes error, warning or never"), bad.stderr)
    }
}

/// Opening a register with merge conflicts asks, per conflict: keep mine, keep theirs, or edit.
final class ConflictPromptTests: CLITestCase {
    /// A saved register whose activity name holds a conflict, as the merge driver leaves it.
    private func conflicted() throws -> String {
        let folder = try savedRegister()
        let path = "\(folder)/activities/kundservice.json"
        guard case .object(var members) = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path)))) else {
            throw XCTSkip("not an object")
        }
        members["name"] = MergeConflict(path: [.key("name")], base: .string("Kundservice och kontakt"),
                                        mine: .string("Kundkontakt"), theirs: .string("Kundtjänst")).marker
        try Data(CanonicalJSON.bytes(.object(members))).write(to: URL(fileURLWithPath: path))
        return folder
    }

    func testTheConflictIsNamedAndKeepTheirsRecordsTheSettledRegister() throws {
        let folder = try conflicted()
        let show = ropa("show", folder)
        XCTAssertEqual(show.code, 2)
        XCTAssertTrue(show.stderr.contains("(kundservice) · name: mine 'Kundkontakt', theirs 'Kundtjänst'"), show.stderr)
        let run = ropa([folder], input: ScriptedInput(["x", "t"]))
        XCTAssertTrue(run.stderr.contains("keep [m]ine, keep [t]heirs, [e]dit"), run.stderr)
        let store = try RegisterStore(folder: folder)
        XCTAssertEqual(try store.load().activity("kundservice")?.name, "Kundtjänst")
        XCTAssertEqual(store.history.head.flatMap { store.history.records[$0] }?.message, "Merge: resolve 1 conflict(s)")
    }

    func testEditTakesTheTypedValueAndQuitWritesNothing() throws {
        let folder = try conflicted()
        assertUnchanged(folder) {
            XCTAssertEqual(ropa([folder], input: ScriptedInput(["q"])).code, 1)
        }
        _ = ropa([folder], input: ScriptedInput(["e", "Kundservice"]))
        XCTAssertEqual(try RegisterStore(folder: folder).load().activity("kundservice")?.name, "Kundservice")
    }
}
