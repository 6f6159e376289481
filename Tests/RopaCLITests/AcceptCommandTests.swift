import Foundation
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// A DPO accepts a finding with a reason until a date; from the day after, it is open again.
final class AcceptCommandTests: CLITestCase {
    private func registerWithAWarning() throws -> String {
        var register = Fixtures.cleanRegister()
        register.activities[0].securityMeasureIds = []
        let folder = try Fixtures.savedRegister(register)
        folders.append(folder)
        return folder
    }

    func testAnAcceptedFindingIsLeftOutUntilItsDateThenComesBack() throws {
        let folder = try registerWithAWarning()
        let code = FindingCode.missingSecurityMeasures.rawValue
        XCTAssertEqual(ropa("validate", folder, "--as-of", "2026-06-01").code, 1)
        let accept = ropa("accept", folder, code, "kundservice", "--reason", "Åtgärder dokumenteras i projekt X",
                          "--until", "2026-07-31", "--as-of", "2026-06-01")
        XCTAssertEqual(accept.code, 0, accept.stderr)
        XCTAssertTrue(accept.stdout.contains("Accepted \(code) on Activity 'Kundservice och kontakt' (kundservice) until 2026-07-31"), accept.stdout)

        let during = ropa("validate", folder, "--as-of", "2026-07-31")
        XCTAssertEqual(during.code, 0, during.stdout)
        XCTAssertTrue(during.stdout.contains("accepted \(code)  Activity 'Kundservice och kontakt' (kundservice) · securityMeasureIds: "
                                             + "Åtgärder dokumenteras i projekt X (until 2026-07-31, Test DPO, 2026-06-01)"), during.stdout)
        let after = ropa("validate", folder, "--as-of", "2026-08-01")
        XCTAssertEqual(after.code, 1, "an expired acceptance brings the finding back")
        XCTAssertFalse(after.stdout.contains("accepted"), after.stdout)

        // Stored in the register and versioned.
        let store = try RegisterStore(folder: folder)
        XCTAssertEqual(try store.load().settings.acceptedFindings?.first?.reason, "Åtgärder dokumenteras i projekt X")
        XCTAssertEqual(store.history.count, 2)
        XCTAssertTrue(ropa("diff", folder).stdout.contains("acceptedFindings"))

        let document = ropa("export", folder, "--format", "markdown", "--as-of", "2026-07-01")
        XCTAssertTrue(document.stdout.contains("Accepted findings"), document.stdout)
        XCTAssertTrue(document.stdout.contains("Åtgärder dokumenteras i projekt X | 2026-07-31"), document.stdout)
    }

    func testAcceptRefusesWhatIsNotAnOpenFindingAndWritesNothing() throws {
        let folder = try registerWithAWarning()
        let code = FindingCode.missingSecurityMeasures.rawValue
        assertUnchanged(folder) {
            XCTAssertTrue(ropa("accept", folder, "no-such-rule", "kundservice", "--reason", "r", "--until", "2099-01-01").stderr.contains("no rule named"))
            XCTAssertTrue(ropa("accept", folder, code, "arendesystem", "--reason", "r", "--until", "2099-01-01").stderr.contains("no \(code) finding"))
            XCTAssertEqual(ropa("accept", folder, code, "kundservice", "--until", "2099-01-01").code, 2, "a reason is required")
            XCTAssertEqual(ropa("accept", folder, code, "kundservice", "--reason", "r", "--until", "2026-01-01", "--as-of", "2026-06-01").code, 2)
        }
    }
}
