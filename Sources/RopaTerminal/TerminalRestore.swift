import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Puts the terminal back as it was, also from a signal handler: only async-signal-safe calls
/// (tcsetattr, write), so even a crash in the middle of drawing leaves a usable terminal.
enum TerminalRestore {
    /// The terminal's settings when the UI first started, nil when they could not be read. Set once,
    /// before the signal handlers are installed, so a handler only ever reads it.
    private static let saved: termios? = {
        var settings = termios()
        return tcgetattr(STDIN_FILENO, &settings) == 0 ? settings : nil
    }()

    static func remember() {
        _ = saved
    }

    /// Leaves the alternate screen, shows the cursor, resets attributes, restores echo and line mode.
    static func restoreNow() {
        let sequence: StaticString = "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
        _ = sequence.withUTF8Buffer { buffer in write(STDOUT_FILENO, buffer.baseAddress, buffer.count) }
        if var settings = saved { tcsetattr(STDIN_FILENO, TCSANOW, &settings) }
    }
}

/// Signals that end the UI: a flag for the main loop, or, for a crash, restore and re-raise.
enum SignalHandling {
    /// The last ending signal received, 0 for none. Lock-free, so a handler may set it.
    static let received = Atomic<Int32>(0)

    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { number in SignalHandling.received.store(number, ordering: .relaxed) }
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
