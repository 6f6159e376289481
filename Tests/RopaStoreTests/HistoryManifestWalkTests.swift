import Foundation
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// A version's files worked out from a later version's and the records between (what an import reads of
/// the sheet's version) are the files `manifest(at:)` gives, for every version, with files changed,
/// removed and added again; and each file the walk looked up is in the pack of the version named.
final class HistoryManifestWalkTests: SavedRegisterTestCase {
    func testEveryVersionsFilesFromTheHeadsAreItsManifest() throws {
        let time = Date(timeIntervalSince1970: 1_900_000_000)
        let folder = try saved(time: time)
        let store = try RegisterStore(folder: folder)
        var minute = 1.0
        func edit(_ change: (inout Register) -> Void) throws {
            _ = try store.edit(author: "A", time: time + minute * 60) { edit in
                change(&edit.register)
                edit.message = "ändring \(minute)"
            }
            minute += 1
        }
        let removed = try store.load().jointControllers
        try edit { $0.activities[0].owner = "Ett" }
        try edit { $0.jointControllers = [] }
        try edit { $0.activities[0].owner = "Två" }
        try edit { $0.jointControllers = removed }
        try edit { $0.activities[0].owner = "Ett" }
        let history = try RegisterStore(folder: folder).history
        let head = try XCTUnwrap(history.head)
        let headFiles = try history.manifest(at: head)
        for version in history.versions {
            let walked = try XCTUnwrap(history.manifest(at: version.hash, from: head, files: headFiles), version.label)
            XCTAssertEqual(walked.files, try history.manifest(at: version.hash), version.label)
            for (path, writer) in walked.writtenBy {
                let object = try XCTUnwrap(walked.files[path])
                XCTAssertEqual(try history.object(object, writtenBy: writer), try history.object(object), "\(version.label) \(path)")
            }
        }
        XCTAssertNil(history.manifest(at: head, from: history.versions[1].hash, files: headFiles), "not an ancestor")
    }
}
