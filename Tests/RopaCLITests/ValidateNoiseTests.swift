import Foundation
import RopaJSON
import RopaTestSupport
import XCTest

/// Info findings do not drown the errors: one line per rule unless --all, and --severity filters.
final class ValidateNoiseTests: CLITestCase {
    func testInfoFindingsAreSummarisedPerRuleUnlessAll() throws {
        let folder = try savedRegister()
        XCTAssertEqual(ropa("set", folder, "kundservice", "owner:=null", "lastReviewed:=null").code, 0)
        XCTAssertEqual(ropa("set", folder, "kundservice", "purposes.svara.lawfulBasis:=null").code, 0)
        let summary = ropa("validate", folder, "--as-of", "2026-06-01")
        XCTAssertEqual(summary.code, 1)
        XCTAssertTrue(summary.stdout.contains("info    missing-owner  1 findings, e.g. Activity 'Kundservice och kontakt' · owner:"), summary.stdout)
        XCTAssertTrue(summary.stdout.contains("--all lists each one"), summary.stdout)
        XCTAssertFalse(summary.stdout.contains("info    missing-owner  Activity"), "not listed one by one")
        let all = ropa("validate", folder, "--as-of", "2026-06-01", "--all")
        XCTAssertTrue(all.stdout.contains("info    missing-owner  Activity 'Kundservice och kontakt' (kundservice) · owner:"), all.stdout)
        XCTAssertFalse(all.stdout.contains("--all lists each one"))
        XCTAssertTrue(ropa("validate", folder, "--as-of", "2026-06-01", "--lang", "sv").stdout.contains("--all visar var och en"))
    }

    func testSeverityKeepsThatSeverityAndWorse() throws {
        let folder = try savedRegister()
        XCTAssertEqual(ropa("set", folder, "kundservice", "owner:=null", "retention:=[]").code, 0)
        let errors = ropa("validate", folder, "--as-of", "2026-06-01", "--severity", "error")
        XCTAssertEqual(errors.code, 0, "no errors left: " + errors.stdout)
        XCTAssertEqual(errors.stdout, "No findings.\n")
        let warnings = try XCTUnwrap(try JSONParser.parse(ropa("validate", folder, "--json", "--severity", "warning", "--as-of", "2026-06-01").stdout).arrayValue)
        XCTAssertEqual(warnings.map { $0["code"] }, [.string("missing-retention")])
        let bad = ropa("validate", folder, "--severity", "fatal")
        XCTAssertEqual(bad.code, 2)
        XCTAssertTrue(bad.stderr.contains("--severity wants error, warning or info, got 'fatal'"), bad.stderr)
    }
}
