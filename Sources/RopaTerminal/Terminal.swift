import CNCursesw
import Foundation
import RopaUI
#if canImport(Glibc)
import Glibc
#endif

/// Why the terminal could not be used. The command line words the reason in the run's language.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// TERM is empty or unset.
    case termNotSet
    /// curses does not know the terminal type.
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal: return "the terminal UI needs a terminal; use 'ropa show', 'ropa validate' or 'ropa --help' in scripts"
        case .termNotSet: return "TERM is not set: cannot drive the terminal"
        case .unknownTerminal(let term): return "unknown terminal type TERM=\(term): set TERM to one your system knows (e.g. xterm-256color)"
        }
    }
}

/// The curses screen: reads keys, draws grids (only the cells that changed), and restores the terminal.
public final class Terminal {
    private var screen: OpaquePointer?
    private var previous: Grid?
    private let colours: Bool
    private var pairs: [Style.Role: Int16] = [:]
    /// How long `read` waits for a key, in milliseconds (curses' `timeout`).
    private var wait: Int32 = Terminal.idleWait
    /// Waiting for a key wakes up this often so that signals are noticed.
    public static let idleWait: Int32 = 200

    /// Starts curses on the controlling terminal. Refuses an unknown TERM with a message instead of
    /// letting curses exit the process.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        try Terminal.check(environment: environment)
        if setlocale(LC_ALL, "") == nil || !Terminal.localeIsUTF8() {
            setlocale(LC_ALL, "C.UTF-8")
        }
        guard let term = environment["TERM"], !term.isEmpty else {
            throw TerminalError.termNotSet
        }
        TerminalRestore.remember()
        guard let screen = newterm(term, ropa_stdout(), ropa_stdin()) else {
            throw TerminalError.unknownTerminal(term)
        }
        self.screen = screen
        set_term(screen)
        SignalHandling.install()
        set_escdelay(25)
        cbreak()
        noecho()
        nonl()
        keypad(ropa_stdscr(), true)
        intrflush(ropa_stdscr(), false)
        // Wake up regularly so that signals are noticed while waiting for a key.
        timeout(wait)
        let noColour = !(environment["NO_COLOR"] ?? "").isEmpty
        colours = !noColour && has_colors()
        if colours {
            start_color()
            use_default_colors()
            definePairs()
        }
    }

    /// Refuses what makes a terminal unusable before anything is started: standard input or output that
    /// is not a terminal, an empty TERM. (A TERM curses does not know is found only by starting it.)
    public static func check(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else {
            throw TerminalError.notATerminal
        }
        guard let term = environment["TERM"], !term.isEmpty else {
            throw TerminalError.termNotSet
        }
    }

    private static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    private func definePairs() {
        let table: [(Style.Role, Int16, Int16)] = [
            (.title, Int16(COLOR_BLACK), Int16(COLOR_CYAN)),
            (.accent, Int16(COLOR_CYAN), -1),
            (.error, Int16(COLOR_RED), -1),
            (.warning, Int16(COLOR_YELLOW), -1),
            (.info, Int16(COLOR_BLUE), -1),
            (.ok, Int16(COLOR_GREEN), -1),
            (.muted, Int16(COLOR_WHITE), -1),
        ]
        for (index, entry) in table.enumerated() {
            let pair = Int16(index + 1)
            init_pair(pair, entry.1, entry.2)
            pairs[entry.0] = pair
        }
    }

    public var size: Size { Size(columns: Int(ropa_columns()), rows: Int(ropa_rows())) }

    private func attributes(_ style: Style) -> attr_t {
        var value = ropa_normal()
        if style.bold { value |= ropa_bold() }
        if style.reverse { value |= ropa_reverse() }
        if style.underline { value |= ropa_underline() }
        if colours, let pair = pairs[style.role] {
            value |= ropa_color_pair(pair)
        } else if !colours && style.role == .muted {
            value |= ropa_dim()
        }
        return value
    }

    /// Draws the rows that differ from the last frame.
    public func draw(_ grid: Grid) {
        if previous?.size != grid.size {
            clear()
            previous = nil
        }
        for row in 0..<grid.size.rows {
            if let previous, previous.cells[row] == grid.cells[row] { continue }
            var column = 0
            let cells = grid.cells[row]
            while column < cells.count {
                let style = cells[column].style
                var text = ""
                let start = column
                while column < cells.count, cells[column].style == style {
                    if !cells[column].isContinuation { text += cells[column].text }
                    column += 1
                }
                _ = ropa_set_attributes(attributes(style))
                mvaddstr(Int32(row), Int32(start), text)
            }
        }
        _ = ropa_set_attributes(ropa_normal())
        if let cursor = grid.cursor {
            curs_set(1)
            move(Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        refresh()
        previous = grid
    }

    /// Forgets the last frame so the next draw repaints everything (after an editor or a resize).
    public func invalidate() {
        previous = nil
        clearok(ropa_stdscr(), true)
    }

    public enum Input {
        case key(Key)
        case resize(Size)
        case signal(Int32)
        case none
    }

    /// Waits up to `milliseconds` for a key, a resize or a signal.
    public func read(waitingAtMost milliseconds: Int32 = Terminal.idleWait) -> Input {
        if milliseconds != wait {
            wait = milliseconds
            timeout(wait)
        }
        if case let number = SignalHandling.received.load(ordering: .relaxed), number != 0 { return .signal(number) }
        var value: wint_t = 0
        let result = get_wch(&value)
        if case let number = SignalHandling.received.load(ordering: .relaxed), number != 0 { return .signal(number) }
        if result == ERR { return .none }
        if result == ropa_key_code_yes() {
            if Int32(value) == KEY_RESIZE {
                invalidate()
                return .resize(size)
            }
            return KeyMapping.key(function: Int32(value)).map(Input.key) ?? .none
        }
        let key = KeyMapping.key(character: UInt32(value))
        if key == .escape { return readAfterEscape() }
        return .key(key)
    }

    /// An Esc alone, or the start of a sequence curses did not know: what follows arrives at once, so it
    /// is read without waiting, and an unknown sequence is dropped rather than replayed as keys.
    private func readAfterEscape() -> Input {
        var following: [Character] = []
        timeout(0)
        defer { timeout(wait) }
        while following.count < 16 && !EscapeSequence.isComplete(following) {
            var value: wint_t = 0
            let result = get_wch(&value)
            if result == ERR { break }
            if result == ropa_key_code_yes() {
                // A key curses did recognise: the sequence before it was cut short and is dropped.
                return KeyMapping.key(function: Int32(value)).map(Input.key) ?? .none
            }
            guard let scalar = Unicode.Scalar(UInt32(value)) else { return .none }
            following.append(Character(scalar))
        }
        switch EscapeSequence.decode(following) {
        case .key(let key): return .key(key)
        case .dropped: return .none
        case .escapeThen(let typed):
            // Put the keys typed after Esc back, to be read next as themselves.
            for character in typed.reversed() {
                if let scalar = character.unicodeScalars.first { unget_wch(wchar_t(scalar.value)) }
            }
            return .key(.escape)
        }
    }

    /// Runs `$EDITOR` (or vi) on the text, without a shell, and returns what was saved.
    public func edit(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let command = (environment["VISUAL"] ?? environment["EDITOR"] ?? "vi").split(separator: " ").map(String.init)
        guard let program = command.first else { return nil }
        let path = NSTemporaryDirectory() + "ropa-edit-\(getpid()).txt"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { return nil }
        _ = text.withCString { write(descriptor, $0, strlen($0)) }
        close(descriptor)
        defer { unlink(path) }
        def_prog_mode()
        endwin()
        let arguments = command + [path]
        var pid: pid_t = 0
        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        let spawned = posix_spawnp(&pid, program, nil, nil, cArguments, environ)
        var status: Int32 = 0
        if spawned == 0 { waitpid(pid, &status, 0) }
        reset_prog_mode()
        invalidate()
        refresh()
        guard spawned == 0, let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Ends curses and leaves the terminal as it was.
    public func shutdown() {
        guard let screen else { return }
        endwin()
        delscreen(screen)
        self.screen = nil
        TerminalRestore.restoreNow()
    }

    deinit { shutdown() }
}
