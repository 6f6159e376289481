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

    /// The id of an entity file is read from the name after the last slash, on the bytes for ASCII paths:
    /// the same name as splitting the path into characters at "/".
    func testTheLastComponentIsWhatSplittingAtSlashesGives() {
        for path in ["activities/kundservice.json", "processors/a.json", "activities/a.json/", "activities//a.json", "a.json",
                     "", "/", "///", "activities/", "/activities/a.json", "activities/a/b.json", "activities/å.json",
                     "activities/a\u{301}.json", "activities/\u{301}a.json", "x/y//"] {
            XCTAssertEqual(RegisterLayout.lastComponent(of: path), path.split(separator: "/").last ?? path[...], path)
        }
        XCTAssertEqual(RegisterLayout.id(ofFile: "activities/kundservice.json"), "kundservice")
        XCTAssertEqual(RegisterLayout.id(ofFile: "processors/sub/a.json"), "a")
        XCTAssertNil(RegisterLayout.id(ofFile: "activities/kundservice.txt"))
        XCTAssertNil(RegisterLayout.id(ofFile: "organisation.json"))
        XCTAssertNil(RegisterLayout.id(ofFile: "register.json"))
        XCTAssertNil(RegisterLayout.id(ofFile: "activitiesx/a.json"))
        XCTAssertEqual(RegisterLayout.id(ofFile: "security-measures/lås.json"), "lås")
        XCTAssertEqual(RegisterLayout.kind(ofFile: "activities/"), .activity)
        XCTAssertEqual(RegisterLayout.kind(ofFile: "joint-controllers/a.json"), .jointController)
        XCTAssertNil(RegisterLayout.kind(ofFile: "activities"))
        XCTAssertNil(RegisterLayout.kind(ofFile: "reference/countries.json"))
        XCTAssertEqual(RegisterLayout.kind(ofFile: "organisation.json"), .organisation)
    }
}
