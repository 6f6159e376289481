import Foundation
@testable import RopaCLI
import RopaModel
import RopaTestSupport
import XCTest

/// Issue 14, item 8, in the folder picker: each register's counts in the singular or plural ("1 processors").
final class RegisterPickerCountTests: XCTestCase {
    func testOneOfEachIsSingularInBothLanguages() throws {
        let folder = try Fixtures.temporaryFolder("ropa-picker")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let register = try Fixtures.savedRegister()
        try FileManager.default.moveItem(atPath: register, toPath: folder + "/kundtjanst")
        // The saved register has one activity and two processors.
        for (language, expected) in [(Language.en, "1 activity · 2 processors"), (.sv, "1 behandling · 2 personuppgiftsbiträden")] {
            let context = CommandContext(stdout: BufferOutput(), stderr: BufferOutput(), environment: [:], language: language)
            let entries = try OpenCommand.registers(in: folder, context: context)
            XCTAssertEqual(entries.map(\.detail), [expected], "\(language)")
        }
    }
}
