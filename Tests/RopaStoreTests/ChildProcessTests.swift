import Foundation
@testable import RopaStore
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A child run to its end: its kept stream whole, its exit status, nothing of this process's open files, its
/// input empty. What ropa asks git goes through it.
final class ChildProcessTests: XCTestCase {
    private let shell = "/bin/sh"

    private func run(_ script: String, keeping kept: ChildProcess.Kept = .output, directory: String? = nil,
                     environment: [String: String]? = nil) throws -> ChildProcess.Finished {
        try XCTUnwrap(ChildProcess.run(shell, ["-c", script], directory: directory, environment: environment, keeping: kept))
    }

    func testTheKeptStreamArrivesWholeEvenBeyondWhatAPipeHolds() throws {
        // 600 000 bytes: a pipe holds 64 KiB, so a reader that waited for the exit first would never finish.
        let finished = try run("yes ropa | head -n 120000; echo fel >&2")
        XCTAssertEqual(finished.status, 0)
        XCTAssertEqual(finished.bytes.count, 600_000)
        XCTAssertEqual(finished.bytes, Array(String(repeating: "ropa\n", count: 120_000).utf8))
    }

    func testTheErrorsCanBeKeptInstead() throws {
        let finished = try run("echo ut; echo fel >&2", keeping: .errors)
        XCTAssertEqual(String(decoding: finished.bytes, as: UTF8.self), "fel\n")
    }

    func testTheStatusSaysHowTheChildEnded() throws {
        XCTAssertEqual(try run("exit 3").status, 3)
        XCTAssertEqual(try run("true").status, 0)
        XCTAssertEqual(try run("kill -TERM $$").status, 128 + SIGTERM)
    }

    func testAProgramThatCannotStartGivesNothing() {
        XCTAssertNil(ChildProcess.run("/nonexistent/ropa-no-such-program", [], keeping: .output))
    }

    func testTheChildReadsNothingAndRunsWhereAndWithWhatItIsTold() throws {
        // Input is /dev/null: `cat` ends at once instead of waiting on the test runner's input.
        XCTAssertEqual(try run("cat; echo slut").bytes, Array("slut\n".utf8))
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath().path
        XCTAssertEqual(String(decoding: try run("pwd", directory: folder).bytes, as: UTF8.self), folder + "\n")
        let told = try run("echo \"[$ROPA_CHILD_TEST]\"", environment: ["ROPA_CHILD_TEST": "å ä ö", "PATH": "/usr/bin:/bin"])
        XCTAssertEqual(String(decoding: told.bytes, as: UTF8.self), "[å ä ö]\n")
    }

    func testNoOpenFileOfThisProcessReachesTheChild() throws {
        // A descriptor opened without close-on-exec, as a lock or a register file might be.
        let opened = open("/dev/null", O_RDONLY)
        XCTAssertGreaterThanOrEqual(opened, 0)
        let high = dup2(opened, 200)
        close(opened)
        defer { close(high) }
        XCTAssertEqual(high, 200)
        let listing = String(decoding: try run("ls /proc/self/fd").bytes, as: UTF8.self)
        let descriptors = Set(listing.split(separator: "\n").compactMap { Int($0) })
        XCTAssertTrue(descriptors.isSuperset(of: [0, 1, 2]), listing)
        XCTAssertFalse(descriptors.contains(200), "the child inherited descriptor 200: \(listing)")
        XCTAssertLessThanOrEqual(descriptors.count, 4, "only the standard three and ls's own listing: \(listing)")
    }
}
