/// What the terminal loop needs from whatever does the UI's I/O (saving, history, exports): the pure
/// core asks for work as `Effect`s and takes the results back as `Event`s. `RopaUIDriver.AppDriver` does
/// it with the store; tests can do it with anything.
public protocol EffectDriver: AnyObject {
    /// Performs an effect; the event that reports its result, or nil for effects the terminal handles
    /// itself (quitting, the external editor).
    func perform(_ effect: Effect, state: AppState) -> Event?
    /// Keeps unsaved edits when the session is stopped from outside.
    func writeRecovery(_ state: AppState)
}
