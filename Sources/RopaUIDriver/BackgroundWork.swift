import Foundation
import RopaUI

/// Work the UI leaves to another thread (checking the findings of a register just opened), and the events
/// it finished with, for the terminal loop to take between keys.
final class BackgroundWork: @unchecked Sendable {
    /// Guards `finished` and `running`, and wakes `waitForEvents`.
    private let condition = NSCondition()
    private var finished: [Event] = []
    private var running = 0

    /// Runs `work` on a thread of its own; its event is kept for `take`.
    func start(_ work: @escaping @Sendable () -> Event) {
        condition.lock()
        running += 1
        condition.unlock()
        let thread = Thread { [self] in
            let event = work()
            condition.lock()
            finished.append(event)
            running -= 1
            condition.broadcast()
            condition.unlock()
        }
        thread.name = "ropa-background"
        thread.start()
    }

    var isRunning: Bool {
        condition.lock()
        defer { condition.unlock() }
        return running > 0
    }

    /// The finished events, oldest first; with `waiting`, first waits until there is one or nothing runs.
    func take(waiting: Bool = false) -> [Event] {
        condition.lock()
        defer { condition.unlock() }
        while waiting, finished.isEmpty, running > 0 { condition.wait() }
        let events = finished
        finished = []
        return events
    }
}
