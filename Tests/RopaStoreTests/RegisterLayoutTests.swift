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

    /// One parser answers every question about an entity path. Before it there were four (`isTrackedPath`,
    /// `kind(ofFile:)`, `id(ofFile:)` and the partial import's `entity(ofFile:)`), and they disagreed on these
    /// paths: `id(ofFile:)` took the name after the last slash, so `processors/sub/a.json` and
    /// `activities/a.json/` had the id "a", `activities/.json` the id "", and `lås.json` or `A.json` the ids
    /// "lås" and "A", which `isTrackedPath` refused and the import's parser accepted (`A`, `lås`) or refused
    /// (the deeper folder, the trailing slash). Now an id is only ever a valid id of `<folder>/<id>.json`,
    /// while the kind still answers for any path in an entity folder, so that a badly named file is decoded
    /// and refused by its name rather than skipped.
    func testOneParserAnswersForEveryEntityPath() {
        let cases: [(path: String, kind: EntityKind?, id: String?)] = [
            ("activities/kundservice.json", .activity, "kundservice"),
            ("joint-controllers/a.json", .jointController, "a"),
            ("security-measures/\(String(repeating: "x", count: 120)).json", .securityMeasure, String(repeating: "x", count: 120)),
            ("organisation.json", .organisation, nil),
            ("register.json", nil, nil),
            ("reference/countries.json", nil, nil),
            ("activities", nil, nil),
            ("activitiesx/a.json", nil, nil),
            ("Activities/a.json", nil, nil),
            ("/activities/a.json", nil, nil),
            ("activities/", .activity, nil),
            ("processors/sub/a.json", .processor, nil),
            ("activities/a.json/", .activity, nil),
            ("activities/.json", .activity, nil),
            ("activities/a.txt", .activity, nil),
            ("activities/a.JSON", .activity, nil),
            ("activities/A.json", .activity, nil),
            ("activities/-a.json", .activity, nil),
            ("security-measures/lås.json", .securityMeasure, nil),
            ("activities/a\u{301}.json", .activity, nil),
            ("activities/../a.json", .activity, nil),
            ("security-measures/\(String(repeating: "x", count: 121)).json", .securityMeasure, nil),
        ]
        for (path, kind, id) in cases {
            XCTAssertEqual(RegisterLayout.kind(ofFile: path), kind, path)
            XCTAssertEqual(RegisterLayout.id(ofFile: path), id, path)
            XCTAssertEqual(RegisterLayout.entity(ofFile: path)?.id, id, path)
            XCTAssertEqual(RegisterLayout.entity(ofFile: path)?.kind, id == nil ? nil : kind, path)
            let topLevel = [RegisterLayout.settingsFile, RegisterLayout.organisationFile, RegisterLayout.countriesFile].contains(path)
            XCTAssertEqual(RegisterLayout.isTrackedPath(path), topLevel || id != nil, path)
        }
        for (name, valid) in [("a.json", true), ("\(String(repeating: "x", count: 120)).json", true), ("A.json", false), (".json", false),
                              ("a.txt", false), ("-a.json", false), ("lås.json", false), ("a", false), ("json", false),
                              ("\(String(repeating: "x", count: 121)).json", false), ("a/b.json", false)] {
            XCTAssertEqual(RegisterLayout.isEntityFileName(name), valid, name)
        }
    }
}
