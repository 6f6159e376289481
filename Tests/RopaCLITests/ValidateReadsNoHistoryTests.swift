import Foundation
import RopaStore
import RopaTestSupport
import XCTest

/// `ropa validate` judges the register's files: it reads no version record unless an interrupted save's
/// journal must be checked (see HostileFolderCommandTests), and leaves the history to `verify`.
final class ValidateReadsNoHistoryTests: CLITestCase {
    func testValidateGivesTheSameFindingsWhenAnOldRecordIsDamaged() throws {
        let folder = try savedRegister()
        XCTAssertEqual(ropa("set", folder, "kundservice", "owner=Ny").code, 0)
        let before = ropa("validate", folder, "--json")
        XCTAssertFalse(before.stdout.isEmpty)
        let history = try History(folder: folder)
        let first = try XCTUnwrap(history.versions.first?.hash)
        let record = "\(folder)/\(RegisterLayout.versionsFolder)/\(first).json"
        try Data("{ not a record".utf8).write(to: URL(fileURLWithPath: record))

        let after = ropa("validate", folder, "--json")
        XCTAssertEqual(after.code, before.code, after.stderr)
        XCTAssertEqual(after.stdout, before.stdout, "the findings are the files' alone")
        XCTAssertEqual(after.stderr, "")
        XCTAssertNotEqual(ropa("verify", folder).code, 0, "verify still reports the damaged history")
    }
}
