import Foundation

/// Runs another program for a test (ropa itself, git, python, groff, LibreOffice) and waits for it alone.
/// Output goes to temporary files rather than pipes, so that no pipe fills up and stalls the program and no
/// reading thread is needed; a program that outlives `timeout` is killed and reported as such.
public enum Program {
    public struct Run: Sendable {
        /// The exit status, or 128 + the signal that ended the program.
        public let status: Int32
        public let output: String
        public let errors: String
        /// True when the program was killed for outliving its time limit.
        public let timedOut: Bool

        /// Standard output and standard error, one after the other.
        public var combined: String { output + errors }
    }

    /// The executable `name` on PATH (or in the usual folders), or nil when it is not installed.
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/local/bin", "/usr/bin", "/bin"]
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The built `ropa` binary, in the build folder beside the test bundle.
    public static var ropaPath: String {
        var url = URL(fileURLWithPath: CommandLine.arguments.first { $0.hasSuffix(".xctest") } ?? Bundle.main.bundlePath)
        url.deleteLastPathComponent()
        return url.appendingPathComponent("ropa").path
    }

    /// Runs `executable` with `arguments`; `environment` nil keeps the test's own, `input` is its standard input.
    public static func run(_ executable: String, _ arguments: [String], directory: String? = nil,
                           environment: [String: String]? = nil, input: [UInt8] = [],
                           timeout: TimeInterval = 120) throws -> Run {
        let scratch = NSTemporaryDirectory() + "ropa-program-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let inputPath = "\(scratch)/in", outputPath = "\(scratch)/out", errorsPath = "\(scratch)/err"
        try Data(input).write(to: URL(fileURLWithPath: inputPath))
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorsPath, contents: nil)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, inputPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_TRUNC, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorsPath, O_WRONLY | O_TRUNC, 0)
        let variables = environment ?? ProcessInfo.processInfo.environment
        // glibc's posix_spawn has no portable chdir action: a shell changes folder, then becomes the program.
        let command = directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, executable] } ?? [executable]
        let argv = (command + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard spawned == 0 else { throw SpawnFailed(executable: executable, code: spawned) }

        // Waits for this process alone (Foundation's Process also waits for what it forks, a tmux server say).
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var timedOut = false
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR { throw SpawnFailed(executable: executable, code: errno) }
            if !timedOut && Date() >= deadline {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(2_000)
        }
        let code: Int32
        switch Termination(waitStatus: status) {
        case .exited(let exitCode): code = exitCode
        case .signalled(let signal): code = 128 + signal
        }
        return Run(status: code,
                   output: String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self),
                   errors: String(decoding: FileManager.default.contents(atPath: errorsPath) ?? Data(), as: UTF8.self),
                   timedOut: timedOut)
    }

    /// How a program ended.
    public enum Termination: Equatable, Sendable {
        case exited(Int32)
        case signalled(Int32)

        init(waitStatus status: Int32) {
            let signal = status & 0x7f
            self = signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
        }
    }

    /// A program started in the background, its output thrown away, for a test that signals it.
    public struct Started: Sendable {
        public let pid: pid_t

        /// Waits for the program and says how it ended: `.signalled(SIGKILL)` only when a kill ended it,
        /// never when it had already exited by itself.
        public func wait() -> Termination {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            return Termination(waitStatus: status)
        }
    }

    /// Starts `executable` with the test's environment and returns at once.
    public static func start(_ executable: String, _ arguments: [String]) throws -> Started {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw SpawnFailed(executable: executable, code: spawned) }
        return Started(pid: pid)
    }

    public struct SpawnFailed: Error, CustomStringConvertible {
        public let executable: String
        public let code: Int32
        public var description: String { "could not run \(executable): \(String(cString: strerror(code)))" }
    }
}
