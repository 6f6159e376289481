import Foundation
import RopaModel
import RopaStore
import RopaTestSupport
@testable import RopaUI
@testable import RopaUIDriver
import XCTest

/// The Notice view (`N`): the privacy notice made from the register as it is now, edits included, in the
/// UI's language; and `x` writing it when the path ends in `.notice.md`.
final class NoticeViewTests: UITestCase {
    /// `N` asks the driver for the notice; the driver's answer opens the view.
    private func pressN() {
        press(.character("N"))
        guard case .loadNotice(let width)? = effects.last else { return XCTFail("N asks for the notice: \(effects)") }
        effects = []
        effects += reduce(&state, AppDriver.notice(width: width, state: state))
    }

    func testTheNoticeViewShowsTheRegisterAsEdited() {
        pressN()
        assertScreen(contains: "Privacy notice (Art 13 and 14)")
        assertScreen(contains: "HOW EXEMPEL AB PROCESSES YOUR PERSONAL DATA")
        press(.escape)
        state.register.activities[0].name = "Kundtjänst för skolor"
        pressN()
        guard case .diff(let view)? = state.stack.last else { return XCTFail("the notice opens as a screen") }
        XCTAssertTrue(view.lines.contains("Kundtjänst för skolor"), "\(view.lines)")
        XCTAssertTrue(view.lines.allSatisfy { DisplayWidth.of($0) <= state.size.columns - 2 }, "lines fit the screen")
        press(.pageDown)
        XCTAssertGreaterThan((state.stack.last.flatMap { if case .diff(let diff) = $0 { return diff.scroll } else { return nil } }) ?? 0, 0)
    }

    func testTheNoticeViewIsSwedishInASwedishSession() {
        state.language = .sv
        pressN()
        assertScreen(contains: "Integritetsinformation (art. 13 och 14)")
        assertScreen(contains: "SÅ BEHANDLAR EXEMPEL AB DINA PERSONUPPGIFTER")
    }

    func testExportOffersTheNotice() throws {
        press(.character("x"))
        assertScreen(contains: ".notice.md")
        let folder = try Fixtures.savedRegister()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var (opened, driver) = try AppDriver.open(path: folder, environment: ["ROPA_AUTHOR": "Test"], language: .sv)
        defer { driver.close() }
        opened.register.activities[0].name = "Osparad ändring"
        // Exports never go into a register folder.
        let output = try Fixtures.temporaryFolder("ropa-notice-export")
        defer { try? FileManager.default.removeItem(atPath: output) }
        let target = "\(output)/exempel.notice.md"
        let event = try XCTUnwrap(driver.perform(.export(path: target), state: opened))
        guard case .exported(let written) = event else { return XCTFail("expected .exported, got \(event)") }
        XCTAssertEqual(written, target)
        let text = try String(contentsOfFile: target, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("# Så behandlar Exempel AB dina personuppgifter\n"), text)
        XCTAssertTrue(text.contains("### Osparad ändring"), "the notice is of the register as edited")
        let page = "\(output)/exempel.notice.html"
        _ = try XCTUnwrap(driver.perform(.export(path: page), state: opened))
        XCTAssertTrue(try String(contentsOfFile: page, encoding: .utf8).contains("Osparad ändring"))
        let word = "\(output)/exempel.notice.docx"
        _ = try XCTUnwrap(driver.perform(.export(path: word), state: opened))
        XCTAssertEqual(FileManager.default.contents(atPath: word).map { Array($0.prefix(2)) }, [0x50, 0x4B])
    }
}
