import Foundation
import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// A large register opens knowing only its head (the status line's version): History asks for every
/// version when first shown, and says it is reading them until they arrive.
final class VersionsLaterTests: UITestCase {
    private func version(_ number: Int) -> VersionSummary {
        VersionSummary(number: number, hash: String(repeating: "\(number)", count: 64), time: "2026-05-0\(number)T10:00:00Z", author: "Test",
                       message: "version \(number)", parents: number == 1 ? [] : [String(repeating: "\(number - 1)", count: 64)])
    }

    func testHistoryAsksForTheVersionsAndListsThemWhenTheyArrive() {
        state.session = SessionInfo(path: "/tmp/exempel", versions: [version(3)], versionsAreComplete: false)
        assertScreen(contains: "v3 33333333")
        press(.character("9"))
        XCTAssertEqual(effects, [.loadVersions])
        assertScreen(contains: "Reading the history…")
        XCTAssertFalse(screen.contains("version 3"), screen)
        effects += reduce(&state, .versionsLoaded([version(1), version(2), version(3)]))
        XCTAssertTrue(state.session.versionsAreComplete)
        assertScreen(contains: "version 1")
        assertScreen(contains: "version 3 [head]")
        press(.character("1"), .character("9"))
        XCTAssertEqual(effects, [.loadVersions], "asked for once")
    }
}
