import Foundation
import RopaModel
import RopaStore
import RopaTestSupport
@testable import RopaUI
import XCTest

/// Drives the pure UI core with keys and reads the rendered screen.
class UITestCase: XCTestCase {
    var state: AppState!
    var effects: [Effect] = []

    override func setUp() {
        super.setUp()
        setlocale(LC_ALL, "C.UTF-8")
        state = AppState(register: Fixtures.cleanRegister(), session: SessionInfo(path: "/tmp/exempel", versions: [
            VersionSummary(number: 1, hash: String(repeating: "a", count: 64), time: "2026-05-01T10:00:00Z", author: "Test", message: "first", parents: []),
        ]), language: .en, asOf: Fixtures.asOf, size: Size(columns: 100, rows: 30))
    }

    func press(_ keys: Key...) {
        for key in keys { effects += reduce(&state, .key(key)) }
    }

    func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    var screen: String { render(state, size: state.size).text }

    func assertScreen(contains text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(screen.contains(text), "screen lacks \"\(text)\":\n\(screen)", file: file, line: line)
    }
}
