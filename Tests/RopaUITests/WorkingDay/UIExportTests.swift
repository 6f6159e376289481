import Foundation
import RopaModel
import RopaStore
import RopaTestSupport
@testable import RopaUI
@testable import RopaUIDriver
import XCTest

/// Issue 14, item 17: export from the UI writes Swedish CSV for Swedish Excel (`;` and a byte order mark),
/// makes missing folders, and says the full path it wrote.
final class UIExportTests: XCTestCase {
    func testSwedishCSVIntoAMissingFolderSaysItsFullPath() throws {
        let register = try Fixtures.savedRegister()
        let outside = try Fixtures.temporaryFolder("ropa-ui-export")
        defer {
            try? FileManager.default.removeItem(atPath: register)
            try? FileManager.default.removeItem(atPath: outside)
        }
        let (state, driver) = try AppDriver.open(path: register, environment: ["ROPA_AUTHOR": "Test"], language: .sv)
        defer { driver.close() }
        let target = outside + "/nya/mappar/register.csv"
        let event = try XCTUnwrap(driver.perform(.export(path: target), state: state))
        guard case .exported(let written) = event else { return XCTFail("expected the export, got \(event)") }
        XCTAssertEqual(written, URL(fileURLWithPath: target).standardizedFileURL.path)
        XCTAssertTrue(written.hasPrefix("/"))
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: target))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "a byte order mark for Excel")
        let header = String(decoding: bytes.dropFirst(3), as: UTF8.self).split(separator: "\n").first ?? ""
        XCTAssertTrue(header.contains(";"), String(header))
    }

    func testEnglishCSVStaysPlain() throws {
        let register = try Fixtures.savedRegister()
        let outside = try Fixtures.temporaryFolder("ropa-ui-export")
        defer {
            try? FileManager.default.removeItem(atPath: register)
            try? FileManager.default.removeItem(atPath: outside)
        }
        let (state, driver) = try AppDriver.open(path: register, environment: ["ROPA_AUTHOR": "Test"], language: .en)
        defer { driver.close() }
        _ = try XCTUnwrap(driver.perform(.export(path: outside + "/register.csv"), state: state))
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: outside + "/register.csv"))
        XCTAssertNotEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
    }
}

/// Issue 14, item 15 (part): History's help lists only what works there, and the restore dialog names its key.
final class HistoryHelpTests: UITestCase {
    func testHistoryHelpListsOnlyWhatWorksThere() {
        press(.character("9"), .character("?"))
        let help = screen
        XCTAssertTrue(help.contains("mark a version"), help)
        XCTAssertFalse(help.contains("add an entity"), help)
        XCTAssertFalse(help.contains("duplicate the selected entity"), help)
        XCTAssertFalse(help.contains("edit the selected entity"), help)
    }

    func testTheRestoreDialogNamesItsKey() {
        press(.character("9"), .character("r"))
        assertScreen(contains: "Press y to restore")
    }
}

/// Issue 14, item 15 (part): the `?` box wraps its descriptions instead of cutting them.
final class HelpWrapTests: UITestCase {
    func testTheHelpBoxWrapsLongDescriptions() {
        press(.character("?"))
        let text = screen
        XCTAssertTrue(text.contains("Findings, History"), "the sections line ends on screen:\n\(text)")
        XCTAssertFalse(text.contains("Joint controllers, Security, Rev…"), text)
    }
}

/// The status after a Swedish CSV export says it was written for Excel (semicolons and a byte order mark),
/// which is what the export offers a Swedish user; an English one says only the path.
final class ExportStatusTests: UITestCase {
    func testASwedishCSVSaysItIsForExcel() {
        state.language = .sv
        _ = reduce(&state, .exported("/tmp/ut/register.csv"))
        let bar = render(state, size: state.size).text(row: state.size.rows - 1)
        XCTAssertTrue(bar.contains("Skrev /tmp/ut/register.csv") && bar.contains("Excel"), bar)
        state.language = .en
        _ = reduce(&state, .exported("/tmp/ut/register.csv"))
        XCTAssertFalse(render(state, size: state.size).text(row: state.size.rows - 1).contains("Excel"))
    }

    /// A message longer than the status bar has room for (a long path on 80 columns) is shown whole on
    /// the rows above it, not cut.
    func testALongPathIsShownWholeOnANarrowScreen() {
        state.size = Size(columns: 80, rows: 24)
        let path = "/home/dataskyddsombud/Dokument/ropa/exporter/2026/december/registret.csv"
        for language in [Language.en, .sv] {
            state.language = language
            press(.character("2"))
            _ = reduce(&state, .exported(path))
            let text = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            XCTAssertTrue(text.contains(path), "\(language):\n\(screen)")
            XCTAssertTrue(language == .en || text.contains("(för Excel: semikolon och BOM)"), screen)
        }
    }
}
