@testable import RopaCLI
import XCTest

/// A command may leave what it loaded to the process's exit, and only when the process ends with it.
final class ExitLeftoversTests: XCTestCase {
    private final class Loaded {}

    private func isFreedAfterCommand(exitsAfterCommand: Bool) -> Bool {
        weak var watched: Loaded?
        do {
            let loaded = Loaded()
            watched = loaded
            let context = CommandContext(stdout: BufferOutput(), stderr: BufferOutput(), environment: [:], exitsAfterCommand: exitsAfterCommand)
            context.leaveToExit(loaded, [loaded])
        }
        return watched == nil
    }

    func testValuesAreFreedAsUsualWhenTheProcessGoesOn() {
        XCTAssertTrue(isFreedAfterCommand(exitsAfterCommand: false))
    }

    func testValuesAreLeftToTheExitWhenTheProcessEndsWithTheCommand() {
        XCTAssertFalse(isFreedAfterCommand(exitsAfterCommand: true))
    }
}
