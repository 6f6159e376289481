import Foundation
import RopaCLI
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

final class InitCommandTests: CLITestCase {
    func parent() throws -> String {
        let folder = try Fixtures.temporaryFolder("ropa-init")
        folders.append(folder)
        return folder
    }

    func testCreatesAnEmptyValidRegisterWithItsFirstVersion() throws {
        let path = "\(try parent())/exempel"
        let run = ropa("init", path, "--name", "Exempel AB", "--org-number", "5562540806")
        XCTAssertEqual(run.code, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("Created the register of Exempel AB in \(path): version 1"), run.stdout)

        let register = try RegisterStore(folder: path).load()
        XCTAssertEqual(register.organisation.name, "Exempel AB")
        XCTAssertEqual(register.organisation.legalEntities, [LegalEntity(id: "exempel-ab", name: "Exempel AB", organisationNumber: "556254-0806", country: "SE")])
        XCTAssertEqual(register.organisation.supervisoryAuthorities.map(\.id), ["imy"])
        XCTAssertEqual(register.settings, RegisterSettings())
        XCTAssertTrue(register.activities.isEmpty)
        let files = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        XCTAssertEqual(files, [".gitignore", "history", "organisation.json", "register.json"])
        XCTAssertEqual(try permissions(path), 0o700)
        XCTAssertEqual(try permissions("\(path)/organisation.json"), 0o600)

        let log = ropa("log", path)
        XCTAssertTrue(log.stdout.contains("Created register"), log.stdout)
        XCTAssertTrue(log.stdout.contains("Test DPO"), log.stdout)
        XCTAssertEqual(ropa("verify", path).code, 0)
        XCTAssertNotEqual(ropa("validate", path).code, 2, "the new register reads")
        // No hidden staging folder is left beside it.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent), ["exempel"])
    }

    func testAnEmptyFolderIsFineAndNoNumberIsFine() throws {
        let path = try parent()
        let run = ropa("init", path, "--name", "Förening")
        XCTAssertEqual(run.code, 0, run.stderr)
        let register = try RegisterStore(folder: path).load()
        XCTAssertNil(register.organisation.legalEntities.first?.organisationNumber)
        XCTAssertTrue(register.organisation.supervisoryAuthorities.isEmpty)
        XCTAssertEqual(try permissions(path), 0o700)
    }

    func testRefusesANonEmptyFolderOrABadNumberAndWritesNothing() throws {
        let folder = try parent()
        try Data("x".utf8).write(to: URL(fileURLWithPath: "\(folder)/notes.txt"))
        assertUnchanged(folder) {
            let notEmpty = ropa("init", folder, "--name", "X")
            XCTAssertEqual(notEmpty.code, 2)
            XCTAssertTrue(notEmpty.stderr.contains("not empty"), notEmpty.stderr)
            XCTAssertTrue(notEmpty.stderr.contains("Usage: ropa init"), notEmpty.stderr)

            let luhn = ropa("init", "\(folder)/ny", "--name", "X", "--org-number", "556254-0807")
            XCTAssertEqual(luhn.code, 2)
            XCTAssertTrue(luhn.stderr.contains("fails the Luhn check (the last digit would be 6)"), luhn.stderr)
            let format = ropa("init", "\(folder)/ny", "--name", "X", "--org-number", "55-62")
            XCTAssertEqual(format.code, 2)
            XCTAssertTrue(format.stderr.contains("NNNNNN-NNNN"), format.stderr)

            let noName = ropa("init", "\(folder)/ny")
            XCTAssertEqual(noName.code, 2)
            XCTAssertTrue(noName.stderr.contains("--name"), noName.stderr)
            XCTAssertEqual(ropa("init", "\(folder)/notes.txt", "--name", "X").code, 2)
            XCTAssertEqual(ropa("init").code, 2)
            XCTAssertEqual(ropa("init", "\(folder)/ny", "extra", "--name", "X").code, 2)
        }
    }

    func testAsksForWhatIsMissingInATerminal() throws {
        let path = "\(try parent())/fragad"
        let input = ScriptedInput(["", "  Exempel AB  ", "123", "556254-0807", "5562540806"])
        let run = ropa(["init", path], input: input)
        XCTAssertEqual(run.code, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("Organisation name: "))
        XCTAssertTrue(run.stderr.contains("is not a Swedish organisation number"), run.stderr)
        XCTAssertTrue(run.stderr.contains("fails the Luhn check"), run.stderr)
        let register = try RegisterStore(folder: path).load()
        XCTAssertEqual(register.organisation.name, "Exempel AB")
        XCTAssertEqual(register.organisation.legalEntities.first?.organisationNumber, "556254-0806")

        let skipped = "\(try parent())/utan-nummer"
        XCTAssertEqual(ropa(["init", skipped, "--name", "Y"], input: ScriptedInput([""])).code, 0)
        XCTAssertNil(try RegisterStore(folder: skipped).load().organisation.legalEntities.first?.organisationNumber)
        // The end of the input before a name is a refusal, with nothing written.
        let ended = "\(try parent())/avbruten"
        XCTAssertEqual(ropa(["init", ended], input: ScriptedInput([])).code, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: ended))
    }

    func testAOneLetterRelativePathWorks() throws {
        let folder = try parent()
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(folder)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        XCTAssertEqual(ropa("init", "r", "--name", "X").code, 0)
        XCTAssertTrue(RegisterStore.isRegister("\(folder)/r"))
    }

    private func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? Int ?? 0) & 0o777
    }
}
