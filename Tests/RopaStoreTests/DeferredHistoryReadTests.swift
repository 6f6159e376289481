import Foundation
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// A store opened with `deferringHistory` (the UI, the one-save commands) reads the register's files without
/// its history, and reads and checks the history whole before it writes anything.
final class DeferredHistoryReadTests: SavedRegisterTestCase {
    func testLoadingReadsNoVersionRecord() throws {
        let folder = try saved()
        let store = try RegisterStore(folder: folder, deferringHistory: true)
        _ = try store.load()
        XCTAssertTrue(store.historyIsUnread)
        XCTAssertEqual(try store.newestVersions(1).count, 1)
    }

    func testAWriteChecksTheHistoryItHadNotRead() throws {
        let folder = try saved()
        let versions = "\(folder)/\(RegisterLayout.versionsFolder)"
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: versions).first { $0.hasSuffix(".json") })
        let store = try RegisterStore(folder: folder, deferringHistory: true)
        try store.lockForSession()
        defer { store.unlock() }
        var register = try store.load()
        // The record is changed after the register was read: its name is no longer the hash of its content.
        let path = "\(versions)/\(name)"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"first\"", with: "\"förfalskad\"").write(toFile: path, atomically: false, encoding: .utf8)
        register.activities[0].notes = "ändrad"
        XCTAssertThrowsError(try store.save(register, message: "m", author: "A")) { error in
            guard case StoreError.history? = error as? StoreError else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try store.wholeHistory())
    }
}
