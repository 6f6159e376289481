import Foundation
import RopaModel
import RopaUI

/// Runs the UI in the terminal: draw, read a key, reduce, perform the effects, until quit.
public enum TerminalApp {
    /// How long a status message stays when no key is pressed.
    static let statusSeconds: TimeInterval = 4
    /// How long to wait for a key while the driver works in the background (checking findings): its
    /// result is shown this soon after it is done. curses cannot also wait on a pipe from that thread, and
    /// keys it has already read ahead would not wake a `poll`, so the wait is made short instead.
    static let workingWait: Int32 = 20

    /// Returns the process exit code.
    public static func run(_ state: AppState, driver: EffectDriver, terminal: Terminal) -> Int32 {
        var state = state
        // What the first frame leaves for later (checking the findings) starts once it is on screen.
        var afterFirstFrame: [Effect]? = reduce(&state, .started(terminal.size))
        // When the status message on screen appeared: it fades after a few seconds.
        var statusShown: (text: String, since: Date)?
        while true {
            if let status = state.status {
                if statusShown?.text != status.text { statusShown = (status.text, Date()) }
            } else {
                statusShown = nil
            }
            terminal.draw(render(state, size: state.size))
            var pending: [Event] = []
            if let effects = afterFirstFrame {
                afterFirstFrame = nil
                for effect in effects {
                    if let result = driver.perform(effect, state: state) { pending.append(result) }
                }
            }
            pending += driver.finishedEvents()
            if pending.isEmpty {
                switch terminal.read(waitingAtMost: driver.isWorking ? workingWait : Terminal.idleWait) {
                case .none:
                    if let shown = statusShown, Date().timeIntervalSince(shown.since) > statusSeconds {
                        _ = reduce(&state, .statusExpired)
                    }
                    continue
                case .signal(let number):
                    // Stopped from outside (terminal closed, kill, Ctrl-C): keep unsaved edits for next time.
                    driver.writeRecovery(state)
                    return 128 + number
                case .resize(let size): pending.append(.resize(size))
                case .key(let key): pending.append(.key(key))
                }
            }
            while !pending.isEmpty {
                let event = pending.removeFirst()
                for effect in reduce(&state, event) {
                    switch effect {
                    case .quit:
                        return 0
                    case .openEditor(let text):
                        if let edited = terminal.edit(text) { pending.append(.editorFinished(edited)) }
                        pending.append(.resize(terminal.size))
                    default:
                        if let result = driver.perform(effect, state: state) { pending.append(result) }
                    }
                }
            }
        }
    }

    /// Lets the user choose one register of a folder; nil when they quit.
    public static func pick(_ picker: RegisterPickerState, terminal: Terminal) -> String? {
        var picker = picker
        while true {
            terminal.draw(renderPicker(picker, size: terminal.size))
            switch terminal.read() {
            case .none, .resize: continue
            case .signal: return nil
            case .key(let key):
                switch picker.handle(key) {
                case .stay: continue
                case .open(let path): terminal.invalidate(); return path
                case .quit: return nil
                }
            }
        }
    }
}
