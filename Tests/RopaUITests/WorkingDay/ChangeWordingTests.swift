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

/// A change inside a long text shows where the two differ: both sides were cut at 200 characters, so a
/// change after that read as the same text twice.
final class LongChangeTests: UITestCase {
    func testAChangeAtTheEndOfALongTextIsShown() {
        let long = String(repeating: "Lång text ", count: 60)
        let line = ChangeText.line(kind: .activity, entityName: "Kundservice och kontakt", field: "description", action: .modified,
                                   old: .string(long + "slut A"), new: .string(long + "slut B"), register: state.register, language: .en)
        XCTAssertTrue(line.contains("slut A"), line)
        XCTAssertTrue(line.contains("slut B"), line)
        XCTAssertLessThan(line.count, 400, line)
        let atStart = ChangeText.line(kind: .activity, entityName: "Kundservice och kontakt", field: "description", action: .modified,
                                      old: .string("Början A " + long), new: .string("Början B " + long), register: state.register, language: .en)
        XCTAssertTrue(atStart.contains("Början A") && atStart.contains("Början B"), atStart)
    }

    func testAWrappedLineContinuesAtItsFullWidth() {
        press(.character("9"))
        let long = "~ Activity 'Kundservice och kontakt' · Description: '" + String(repeating: "abcdefghijklmno ", count: 40) + "slut'"
        _ = reduce(&state, .diffLoaded(title: "Version 2", lines: [long]))
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = rows.firstIndex(where: { $0.contains("~ Activity") }), let last = rows.firstIndex(where: { $0.contains("slut'") }) else {
            return XCTFail(screen)
        }
        // Words of 15 letters fill 95 of the 98 columns: every row but the last holds six of them. (Wrapped
        // at 98 and each piece again at 94, every other row held a single stray word.)
        for row in rows[first..<last] {
            XCTAssertGreaterThan(row.trimmingCharacters(in: .whitespaces).count, 60, "\(row)\n\(screen)")
        }
    }
}
