import Foundation
import RopaTestSupport
import XCTest

/// Issue 14's flows marked (E), in the real binary in tmux: typing in pickers, `a` as a draft, the Home
/// key under TERM=xterm-256color, and `q` back to the folder picker.
final class WorkingDayEndToEndTests: XCTestCase {
    var folder = ""

    override func setUpWithError() throws {
        guard TmuxSession.isAvailable else { throw XCTSkip("tmux is not installed (.ci/run installs it)") }
        guard FileManager.default.isExecutableFile(atPath: TmuxSession.ropaPath) else { throw XCTSkip("the ropa binary is not built") }
        folder = try Fixtures.temporaryFolder("ropa-e2e-day")
        try FileManager.default.copyItem(atPath: Fixtures.repositoryRoot + "/Data/ist-group", toPath: folder + "/ist-group")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func start(_ path: String = "ist-group", environment: [String: String] = [:], waitFor: String = "1 Overview") throws -> TmuxSession {
        let session = try TmuxSession(command: "cd '\(folder)' && '\(TmuxSession.ropaPath)' \(path)", columns: 100, rows: 30,
                                      environment: ["ROPA_AUTHOR": "E2E Tester", "LANG": "C.UTF-8", "NO_COLOR": "", "TERM": "xterm-256color"]
                                          .merging(environment) { $1 })
        try session.waitFor(waitFor)
        return session
    }

    func testTypingLegalInThePickerReachesLegalObligation() throws {
        let tmux = try start()
        try tmux.keys("2")
        try tmux.type("/kundservice")
        try tmux.keys("Enter", "Enter")
        try tmux.waitFor("Activity: Kundservice och kontakt")
        try tmux.keys("e")
        try tmux.waitFor("Edit activity: Kundservice och kontakt")
        // From the name down to the first purpose's lawful basis.
        for _ in 0..<10 { try tmux.keys("Down") }
        try tmux.keys("Enter")
        try tmux.waitFor("type to filter")
        try tmux.type("legal")
        let screen = try tmux.waitFor("/ legal")
        XCTAssertTrue(screen.contains("Legal obligation"), screen)
        XCTAssertFalse(screen.contains("No match"), screen)
        try tmux.keys("Escape", "Escape", "q")
        try tmux.waitFor("EXIT=0")
    }

    func testAddIsADraftNamedByTheUserAndEscDiscardsIt() throws {
        let tmux = try start()
        try tmux.keys("3", "a")
        try tmux.waitFor("New processor")
        try tmux.keys("Escape")
        var screen = try tmux.waitForAbsence("New processor")
        XCTAssertTrue(screen.contains("3 Processors"), screen)
        XCTAssertFalse(screen.contains("[+]"), screen)

        try tmux.keys("a")
        try tmux.waitFor("New processor")
        try tmux.type("Löneadministration Åkesson")
        try tmux.keys("Enter")
        screen = try tmux.waitFor("loneadministration-akesson")
        XCTAssertTrue(screen.contains("Edit processor: Löneadministration Åkesson"), screen)
        XCTAssertFalse(screen.contains("New processorLöne"), screen)
        try tmux.waitFor("[+]")
        try tmux.keys("Escape", "s")
        try tmux.waitFor("Version message")
        try tmux.type("Ny leverantör")
        try tmux.keys("Enter")
        try tmux.waitFor("Saved version ")
        try tmux.keys("q")
        try tmux.waitFor("EXIT=0")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/ist-group/processors/loneadministration-akesson.json"))
    }

    func testHomeUnderXtermInTmuxMovesToTheFirstRowAndStaysInTheList() throws {
        let tmux = try start()
        try tmux.keys("2")
        try tmux.waitFor(" 1/")
        try tmux.keys("Down", "Down")
        try tmux.waitFor(" 3/")
        try tmux.keys("Home")
        let screen = try tmux.waitFor(" 1/")
        XCTAssertTrue(screen.contains("Lawful basis"), "still in Activities:\n\(screen)")
        XCTAssertFalse(screen.contains("Needs attention"), "not the Overview:\n\(screen)")
        try tmux.keys("q")
        try tmux.waitFor("EXIT=0")
    }

    func testQuitInARegisterReturnsToTheFolderPicker() throws {
        let tmux = try start(".", waitFor: "registers in")
        try tmux.keys("Enter")
        try tmux.waitFor("1 Overview")
        try tmux.keys("q")
        try tmux.waitFor("registers in")
        try tmux.keys("q")
        try tmux.waitFor("EXIT=0")
    }
}
