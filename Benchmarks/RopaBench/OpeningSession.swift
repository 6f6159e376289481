import RopaUI
import RopaUIDriver

/// Opening a register as `ropa PATH` does: `AppDriver.open`, then what `TerminalApp.run` does before its
/// first draw (the `.started` event and the frame), and after it: the work the first frame left for later
/// (checking the findings on another thread) until the findings are on screen. Measuring only the first
/// frame would hide that work; both times are taken from the same start.
struct OpeningSession {
    var state: AppState
    let driver: AppDriver
    /// The first frame the user sees.
    let frame: Grid
    /// Milliseconds from the start of opening to the first frame, and to the frame that shows the findings.
    let firstFrame: Double
    private(set) var findingsShown: Double = 0

    /// Opens and draws the first frame; with `waitingForFindings`, also waits for the findings to be shown.
    init(_ folder: String, size: Size, environment: [String: String], waitingForFindings: Bool = true) throws {
        let start = Clock.now()
        var (state, driver) = try AppDriver.open(path: folder, environment: environment, language: .en)
        let effects = reduce(&state, .started(size))
        frame = render(state, size: size)
        firstFrame = Clock.milliseconds(since: start)
        self.state = state
        self.driver = driver
        guard waitingForFindings else { return }
        var events = effects.compactMap { driver.perform($0, state: state) }
        while self.state.findingsPending {
            if events.isEmpty { events = driver.waitForFinishedEvents() }
            guard !events.isEmpty else { throw BenchError("the findings were never checked") }
            let event = events.removeFirst()
            for effect in reduce(&self.state, event) {
                if let result = driver.perform(effect, state: self.state) { events.append(result) }
            }
        }
        _ = render(self.state, size: size)
        findingsShown = Clock.milliseconds(since: start)
    }

    /// Opens with the findings shown, for measuring what follows (keys, saves, exports) as a user who
    /// waited that long sees it.
    static func withFindings(_ folder: String, size: Size = Size(columns: 120, rows: 40),
                             environment: [String: String] = ["ROPA_AUTHOR": "ropa-bench"]) throws -> (AppState, AppDriver) {
        let session = try OpeningSession(folder, size: size, environment: environment)
        return (session.state, session.driver)
    }
}
