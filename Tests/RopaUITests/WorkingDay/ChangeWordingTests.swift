import Foundation
import RopaModel
import RopaStore
import RopaTestSupport
@testable import RopaUI
@testable import RopaUIDriver
import XCTest

/// Issue 14, item 11: History diffs and undo speak the UI's language (labels, not `dpia: + {"needed":"yes"}`
/// or `securityMeasureIds`), undo says what it undid, and a long diff scrolls.
final class ChangeWordingTests: UITestCase {
    func testAVersionsDiffNamesFieldsAndValuesByTheirLabels() throws {
        let folder = try Fixtures.savedRegister()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var (opened, driver) = try AppDriver.open(path: folder, environment: ["ROPA_AUTHOR": "Test"], language: .en)
        defer { driver.close() }
        opened.register.activities[0].dpia = DPIA(needed: .yes)
        opened.register.activities[0].securityMeasureIds = []
        opened.register.activities[0].purposes[0].lawfulBasis = .contract
        let saved = try XCTUnwrap(driver.perform(.save(message: "DPIA"), state: opened))
        _ = reduce(&opened, saved)
        let head = try XCTUnwrap(opened.session.head)
        let loaded = try XCTUnwrap(driver.perform(.loadDiff(from: head.parents.first, to: head.hash, title: "v2"), state: opened))
        guard case .diffLoaded(_, let lines) = loaded else { return XCTFail("expected a diff, got \(loaded)") }
        let text = lines.joined(separator: "\n")
        XCTAssertTrue(text.contains("· DPIA: DPIA needed: Yes"), text)
        XCTAssertTrue(text.contains("Security measures: 'Behörighetsstyrning'"), text)
        XCTAssertTrue(text.contains("Purposes 'svara' › Lawful basis: Legitimate interests → Contract"), text)
        for raw in ["dpia", "securityMeasureIds", "{\"needed\"", "lawfulBasis", "legitimateInterests"] {
            XCTAssertFalse(text.contains(raw), "\(raw) in:\n\(text)")
        }
    }

    func testUndoSaysWhatItUndid() {
        press(.character("2"), .enter, .character("e"))
        moveToRow("owner")
        press(.enter, .control("u"))
        type("Ny ägare")
        press(.enter, .escape, .escape, .character("u"))
        assertScreen(contains: "Undone: Activity 'Kundservice och kontakt' · Owner")
        press(.control("r"))
        assertScreen(contains: "Redone: Activity 'Kundservice och kontakt' · Owner")
    }

    func testALongDiffScrollsToItsEnd() {
        press(.character("9"))
        _ = reduce(&state, .diffLoaded(title: "Version 2", lines: (1...80).map { "~ line \($0)" }))
        assertScreen(contains: "~ line 1\n")
        press(.pageDown)
        XCTAssertFalse(screen.contains("~ line 1\n"), screen)
        press(.end)
        assertScreen(contains: "~ line 80")
        press(.home)
        assertScreen(contains: "~ line 1\n")
    }
}

/// A diff line longer than the screen wraps, and scrolling reaches its last row.
final class DiffWrappingTests: UITestCase {
    func testALongDiffLineWrapsInsteadOfBeingCut() {
        press(.character("9"))
        let long = "~ Activity 'Kundservice och kontakt' · Description: '" + String(repeating: "ord ", count: 60) + "slutet'"
        _ = reduce(&state, .diffLoaded(title: "Version 2", lines: (1...40).map { "~ line \($0)" } + [long]))
        press(.end)
        assertScreen(contains: "slutet'")
        XCTAssertFalse(screen.contains("…"), screen)
    }
}
