import Foundation
import RopaTestSupport
import XCTest

/// The real binary in a real terminal (tmux): the editing flow, resize, and the terminal left
/// usable after every way of ending.
final class TerminalUITests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed (.ci/run installs it)") }
        guard FileManager.default.isExecutableFile(atPath: TmuxSession.ropaPath) else { throw XCTSkip("the ropa binary is not built") }
        folder = try Fixtures.temporaryFolder("ropa-e2e")
        try FileManager.default.copyItem(atPath: Fixtures.repositoryRoot + "/Data/ist-group", toPath: folder + "/ist-group")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func start(columns: Int = 100, rows: Int = 30, environment: [String: String] = [:], after: String = "") throws -> TmuxSession {
        let session = try TmuxSession(command: "cd '\(folder)' && '\(TmuxSession.ropaPath)' ist-group", after: after, columns: columns, rows: rows,
                                      environment: ["ROPA_AUTHOR": "E2E Tester", "LANG": "C.UTF-8", "NO_COLOR": ""].merging(environment) { $1 })
        try session.waitFor("1 Overview")
        return session
    }

    func testRenameFlowIsSavedAsAVersion() throws {
        let tmux = try start()
        try tmux.keys("2")
        try tmux.waitFor("Role")
        try tmux.type("/kundserv")
        try tmux.waitFor("/kundserv")
        try tmux.keys("Enter")
        try tmux.waitFor("filter: kundserv")
        try tmux.keys("Enter")
        try tmux.waitFor("Activity: Kundservice och kontakt")
        try tmux.keys("e")
        try tmux.waitFor("Edit activity: Kundservice och kontakt")
        try tmux.keys("Enter")
        try tmux.keys("C-u")
        try tmux.type("Kundtjänst åäö")
        try tmux.keys("Enter")
        try tmux.waitFor("Edit activity: Kundtjänst åäö")
        try tmux.waitFor("[+]")
        try tmux.keys("Escape")
        try tmux.keys("s")
        try tmux.waitFor("Version message")
        try tmux.type("Nytt namn från terminalen")
        try tmux.keys("Enter")
        try tmux.waitFor("Saved version ")
        try tmux.keys("q")
        try tmux.waitFor("EXIT=0")
        XCTAssertFalse(try tmux.isInAlternateScreen())

        let log = try runRopa(["log", folder + "/ist-group"])
        XCTAssertTrue(log.output.contains("Nytt namn från terminalen"), log.output)
        XCTAssertTrue(log.output.contains("E2E Tester"), log.output)
        let diff = try runRopa(["diff", folder + "/ist-group"])
        XCTAssertTrue(diff.output.contains("name: 'Kundservice och kontakt' → 'Kundtjänst åäö'"), diff.output)
        XCTAssertEqual(try runRopa(["verify", folder + "/ist-group"]).code, 0)
    }

    /// The findings are checked after the first frame, on another thread: they reach the screen without a
    /// key being pressed (the loop wakes up for them), and keys typed meanwhile are not lost.
    func testTheFindingsArriveWithoutAKey() throws {
        let tmux = try start()
        try tmux.waitFor("(8 lists them)")
        try tmux.keys("8")
        let screen = try tmux.waitFor("What to do")
        XCTAssertFalse(screen.contains("Checking the register for findings"), screen)
        try tmux.keys("q")
        try tmux.waitFor("EXIT=0")
    }

    func testResizeRelaysOutAndTooSmallRecovers() throws {
        let tmux = try start()
        try tmux.keys("2")
        try tmux.type("/kund")
        try tmux.keys("Enter")
        try tmux.waitFor("filter: kund")
        try tmux.resize(columns: 40, rows: 8)
        try tmux.waitFor("Terminal too small")
        try tmux.resize(columns: 140, rows: 40)
        let screen = try tmux.waitFor("filter: kund")
        XCTAssertTrue(screen.contains("2 Activities"), screen)
        // The name as far as its column shows it beside the side pane (the Gaps column is 7 wide since fe49fec).
        XCTAssertTrue(screen.contains("Kundservice och ko"), screen)
        try tmux.keys("q")
        try tmux.waitFor("EXIT=0")
    }

    func testCtrlCLeavesTheTerminalUsable() throws {
        // After ropa ends, the same terminal reports whether echo and line mode are back.
        let tmux = try start(after: "stty -a | tr ' ' '\\\\n' | grep -x -e echo -e icanon | sort | tr '\\\\n' ' '; echo MODES;")
        XCTAssertTrue(try tmux.isInAlternateScreen())
        try tmux.keys("C-c")
        try tmux.waitFor("EXIT=130")
        XCTAssertFalse(try tmux.isInAlternateScreen())
        try tmux.waitFor("echo icanon MODES")
    }

    func testSIGTERMLeavesTheTerminalUsable() throws {
        try assertSignalLeavesTerminalUsable("TERM", exitCode: 143)
    }

    func testSIGHUPLeavesTheTerminalUsable() throws {
        try assertSignalLeavesTerminalUsable("HUP", exitCode: 129)
    }

    /// A Swift trap arrives as SIGILL (or SIGTRAP): the handler restores the terminal and re-raises.
    func testCrashLeavesTheTerminalUsable() throws {
        try assertSignalLeavesTerminalUsable("ILL", exitCode: 132)
    }

    private func assertSignalLeavesTerminalUsable(_ signal: String, exitCode: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let tmux = try start(after: "stty -a | tr ' ' '\\\\n' | grep -x -e echo -e icanon | sort | tr '\\\\n' ' '; echo MODES;")
        XCTAssertTrue(try tmux.isInAlternateScreen(), file: file, line: line)
        _ = try spawnAndWait("/usr/bin/pkill", ["-\(signal)", "-f", "\(TmuxSession.ropaPath) ist-group"], environment: [:])
        try tmux.waitFor("EXIT=\(exitCode)", file: file, line: line)
        XCTAssertFalse(try tmux.isInAlternateScreen(), file: file, line: line)
        try tmux.waitFor("echo icanon MODES", file: file, line: line)
    }

    func testUnsavedEditsSurviveAClosedTerminal() throws {
        let tmux = try start()
        try tmux.keys("2")
        try tmux.type("/närmast")
        try tmux.keys("Enter", "Enter", "e", "Enter", "C-u")
        try tmux.type("Anhöriga osparat")
        try tmux.keys("Enter")
        try tmux.waitFor("[+]")
        _ = try spawnAndWait("/usr/bin/pkill", ["-HUP", "-f", "\(TmuxSession.ropaPath) ist-group"], environment: [:])
        try tmux.waitFor("EXIT=129")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/ist-group/.ropa-recovery.json"))
        XCTAssertFalse(try runRopa(["show", folder + "/ist-group"]).output.contains("Anhöriga osparat"), "nothing was saved")

        let again = try start()
        try again.waitFor("Recover unsaved edits?")
        try again.keys("r")
        try again.keys("2")
        try again.waitFor("Anhöriga osparat")
        try again.waitFor("[+]")
        try again.keys("s")
        try again.type("Återställda ändringar")
        try again.keys("Enter")
        try again.waitFor("Saved version ")
        try again.keys("q")
        try again.waitFor("EXIT=0")
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder + "/ist-group/.ropa-recovery.json"))
        XCTAssertTrue(try runRopa(["show", folder + "/ist-group"]).output.contains("Anhöriga osparat"))
    }

    func testASecondEditorOpensReadOnlyNamingTheHolder() throws {
        let first = try start()
        let second = try start()
        let screen = try second.waitFor("[read-only]")
        XCTAssertTrue(screen.contains("being edited by"), screen)
        try second.keys("2", "d")
        try second.waitFor("Read-only: being edited by")
        let cli = try runRopa(["set", folder + "/ist-group", "ist-support", "owner=x"])
        XCTAssertEqual(cli.code, 2)
        XCTAssertTrue(cli.output.contains("being edited by") && cli.output.contains("pid"), cli.output)
        try second.keys("q")
        try first.keys("q")
        try first.waitFor("EXIT=0")
    }

    func testNoColorLeavesOnlyAttributes() throws {
        func colourCodes(_ text: String) -> Bool {
            text.range(of: "\u{1B}\\[[0-9;]*(3[0-7]|4[0-7]|38;5;[0-9]+)[;m]", options: .regularExpression) != nil
        }
        let coloured = try start()
        try coloured.keys("8")
        try coloured.waitFor("Severity")
        XCTAssertTrue(colourCodes(try coloured.screenWithAttributes()), "colour expected without NO_COLOR")
        try coloured.keys("q")
        let plain = try start(environment: ["NO_COLOR": "1"])
        try plain.keys("8")
        try plain.waitFor("Severity")
        let screen = try plain.screenWithAttributes()
        XCTAssertFalse(colourCodes(screen), "NO_COLOR must leave no colour")
        XCTAssertTrue(screen.contains("\u{1B}[7m") || screen.contains(";7m"), "the selection still shows, in reverse video")
        try plain.keys("q")
    }

    func testUnknownTermIsAClearErrorNotACrash() throws {
        let tmux = try TmuxSession(command: "cd '\(folder)' && TERM=no-such-terminal '\(TmuxSession.ropaPath)' ist-group")
        let screen = try tmux.waitFor("EXIT=")
        XCTAssertTrue(screen.contains("unknown terminal type TERM=no-such-terminal"), screen)
        XCTAssertTrue(screen.contains("EXIT=2"), screen)
    }
}
