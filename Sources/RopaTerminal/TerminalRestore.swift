#if canImport(Glibc)
import Glibc
#endif

/// Puts the terminal back as it was, also from a signal handler: only async-signal-safe calls
/// (tcsetattr, write), so even a crash in the middle of drawing leaves a usable terminal.
enum TerminalRestore {
    nonisolated(unsafe) static var saved = termios()
    nonisolated(unsafe) static var hasSaved = false

    static func remember() {
        hasSaved = tcgetattr(STDIN_FILENO, &saved) == 0
    }

    /// Leaves the alternate screen, shows the cursor, resets attributes, restores echo and line mode.
    static func restoreNow() {
        let sequence: StaticString = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
        _ = sequence.withUTF8Buffer { buffer in write(STDOUT_FILENO, buffer.baseAddress, buffer.count) }
        if hasSaved { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    }
}

/// Signals that end the UI: a flag for the main loop, or, for a crash, restore and re-raise.
enum SignalHandling {
    nonisolated(unsafe) static var received: Int32 = 0

    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { number in SignalHandling.received = number }
        }
        // Swift traps arrive as SIGILL or SIGTRAP; curses does not catch them.
        for signalNumber in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            signal(signalNumber) { number in
                TerminalRestore.restoreNow()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }
}
