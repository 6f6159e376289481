import Foundation
import RopaTestSupport
import XCTest

/// A tmux server of its own running one command in a pane of a given size; keys in, screen out.
final class TmuxSession {
    let socket = "ropa-test-\(UUID().uuidString.prefix(8))"
    let name = "t"

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: tmuxPath) }
    static var tmuxPath: String {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/tmux"
    }

    static var ropaPath: String { Program.ropaPath }

    /// Runs `command`, then prints its exit code, then runs `after` in the same terminal.
    init(command: String, after: String = "", columns: Int = 100, rows: Int = 30, environment: [String: String] = [:]) throws {
        // An empty value unsets the variable (swift test itself sets NO_COLOR, for one).
        let exports = environment.sorted { $0.key < $1.key }
            .map { $0.value.isEmpty ? "unset \($0.key); " : "export \($0.key)='\($0.value)'; " }.joined()
        let started = try run(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)",
                               "bash --norc --noprofile -c \"\(exports)\(command); echo EXIT=\\$?; \(after) sleep 60\""])
        if !started.isEmpty { print("tmux new-session: \(started)") }
        try run(["set-option", "-t", name, "status", "off"])
    }

    deinit {
        _ = try? run(["kill-server"])
    }

    /// Runs a tmux command and returns what it printed. Spawned directly and reaped with waitpid:
    /// Foundation's Process also waits for the tmux server the first command forks, which lives on.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = environment["TERM"].flatMap { $0.isEmpty || $0 == "dumb" ? nil : $0 } ?? "xterm-256color"
        environment["TMUX"] = nil
        return try spawnAndWait(TmuxSession.tmuxPath, ["-L", socket, "-f", "/dev/null"] + arguments, environment: environment).output
    }

    func keys(_ keys: String...) throws {
        try run(["send-keys", "-t", name] + keys)
    }

    /// Types text literally (no key names).
    func type(_ text: String) throws {
        try run(["send-keys", "-t", name, "-l", text])
    }

    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", name])
    }

    /// The screen with its colour and attribute escape sequences.
    func screenWithAttributes() throws -> String {
        try run(["capture-pane", "-p", "-e", "-t", name])
    }

    func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    func isInAlternateScreen() throws -> Bool {
        try run(["display-message", "-p", "-t", name, "#{alternate_on}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// Polls the screen until it contains `text`, instead of sleeping a fixed time.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("timed out waiting for \"\(text)\"; screen:\n\(last)", file: file, line: line)
        return last
    }

    /// Waits until `text` is off the screen: a key such as Escape takes effect only after curses' escape delay,
    /// and until then the screen before the key still shows.
    @discardableResult
    func waitForAbsence(_ text: String, timeout: TimeInterval = 15, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if !last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTFail("timed out waiting for \"\(text)\" to go; screen:\n\(last)", file: file, line: line)
        return last
    }
}

/// Runs the `ropa` binary outside tmux, for checking what the UI wrote.
func runRopa(_ arguments: [String]) throws -> (code: Int32, output: String) {
    try spawnAndWait(TmuxSession.ropaPath, arguments, environment: ProcessInfo.processInfo.environment)
}

/// Runs a program and waits for that process alone; standard output, then standard error.
func spawnAndWait(_ path: String, _ arguments: [String], environment: [String: String]) throws -> (code: Int32, output: String) {
    let run = try Program.run(path, arguments, environment: environment)
    return (run.status, run.combined)
}
