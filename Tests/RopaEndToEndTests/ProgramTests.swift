import Foundation
import RopaTestSupport
import XCTest

/// The shared program runner says how a program ended, so that the kill test counts only real kills.
final class ProgramTests: XCTestCase {
    func testAKillOfAProgramThatHadExitedIsNotAKill() throws {
        let finished = try Program.start("/bin/sh", ["-c", "exit 0"])
        // Exited but not reaped: kill() still succeeds on it.
        usleep(300_000)
        XCTAssertEqual(kill(finished.pid, SIGKILL), 0)
        XCTAssertEqual(finished.wait(), .exited(0))

        let running = try Program.start("/bin/sh", ["-c", "sleep 30"])
        XCTAssertEqual(kill(running.pid, SIGKILL), 0)
        XCTAssertEqual(running.wait(), .signalled(SIGKILL))
    }

    func testARunReportsStatusOutputAndErrorsApart() throws {
        let run = try Program.run("/bin/sh", ["-c", "cat; echo out; echo err >&2; exit 3"], input: Array("in\n".utf8))
        XCTAssertEqual(run.status, 3)
        XCTAssertEqual(run.output, "in\nout\n")
        XCTAssertEqual(run.errors, "err\n")
        XCTAssertFalse(run.timedOut)
        let slow = try Program.run("/bin/sh", ["-c", "sleep 30"], timeout: 0.2)
        XCTAssertTrue(slow.timedOut)
        XCTAssertEqual(slow.status, 128 + SIGKILL)
    }
}
