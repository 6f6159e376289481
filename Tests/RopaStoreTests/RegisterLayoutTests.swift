import RopaModel
@testable import RopaStore
import XCTest

/// Paths named by a version record or a journal: only the register's own files, checked byte by byte.
final class RegisterLayoutTests: XCTestCase {
    func testTrackedPathsAreTheTopLevelFilesAndEntityFilesWithValidIds() {
        for path in ["register.json", "organisation.json", "reference/countries.json", "activities/kundservice.json",
                     "processors/a.json", "transfers/0-9.json", "joint-controllers/linkedin.json",
                     "security-measures/\(String(repeating: "x", count: 120)).json"] {
            XCTAssertTrue(RegisterLayout.isTrackedPath(path), path)
        }
    }

    func testAnythingElseIsRefused() {
        for path in ["", "/activities/a.json", "activities/../a.json", "activities/a/b.json", "activities/-a.json",
                     "activities/A.json", "activities/å.json", "activities/a.JSON", "activities/.json", "activities/a.json/",
                     "activities/a.json\u{0}", "activitiesx/a.json", "activitie/a.json", "Activities/a.json",
                     "history/versions/a.json", "reference/other.json", "activities/a b.json", "activities/a\u{301}.json",
                     "security-measures/\(String(repeating: "x", count: 121)).json", "../register.json", "register.json/"] {
            XCTAssertFalse(RegisterLayout.isTrackedPath(path), path)
        }
    }
}
