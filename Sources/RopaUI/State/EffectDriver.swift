/// What the terminal loop needs from whatever does the UI's I/O (saving, history, exports): the pure
/// core asks for work as `Effect`s and takes the results back as `Event`s. `RopaUIDriver.AppDriver` does
/// it with the store; tests can do it with anything.
public protocol EffectDriver: AnyObject {
    /// Performs an effect; the event that reports its result, or nil for effects the terminal handles
    /// itself (quitting, the external editor) and for work left running in the background, whose event
    /// `finishedEvents()` returns when it is done.
    func perform(_ effect: Effect, state: AppState) -> Event?
    /// Keeps unsaved edits when the session is stopped from outside.
    func writeRecovery(_ state: AppState)
    /// The events of background work finished since last asked, oldest first; never waits.
    func finishedEvents() -> [Event]
    /// Whether background work is under way: the terminal then looks for its events often.
    var isWorking: Bool { get }
}

extension EffectDriver {
    /// A driver that does all its work in `perform` has nothing in the background.
    public func finishedEvents() -> [Event] { [] }
    public var isWorking: Bool { false }
}
