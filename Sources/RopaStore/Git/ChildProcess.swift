import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program to its end and keeps one of its streams: what asking git needs. Spawned and reaped
/// directly (`posix_spawn`, `waitpid`): Foundation's `Process` on Linux learns of the exit by polling its
/// run loop every 50 ms, which was most of the time a `ropa set` spent asking git for the author.
public enum ChildProcess {
    /// Which of the child's streams is kept; the other, and its input, are `/dev/null`.
    public enum Kept {
        case output
        case errors
    }

    public struct Finished {
        /// The exit status; 128 + the signal's number when a signal ended it, as a shell says.
        public let status: Int32
        /// What the child wrote on the kept stream.
        public let bytes: [UInt8]
    }

    /// Nil when the program cannot be started. `environment` nil: this process's own.
    public static func run(_ executable: String, _ arguments: [String], directory: String? = nil,
                           environment: [String: String]? = nil, keeping kept: Kept) -> Finished? {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        let (reading, writing) = (ends[0], ends[1])
        // Neither end stays open in the child but as its kept stream (a child holding the writing end open
        // would keep the read below from ever ending).
        _ = fcntl(reading, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writing, F_SETFD, FD_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writing, kept == .output ? 1 : 2)
        posix_spawn_file_actions_addopen(&actions, kept == .output ? 2 : 1, "/dev/null", O_WRONLY, 0)
        // Nothing else this process has open (a register's files, the lock) is the child's business.
        _ = SpawnActions.closeFrom?(&actions, 3)
        if let directory {
            guard let changeDirectory = SpawnActions.changeDirectory, changeDirectory(&actions, directory) == 0 else {
                close(reading)
                close(writing)
                return nil
            }
        }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = (environment ?? ProcessInfo.processInfo.environment).map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, executable, &actions, nil, argv, envp)
        close(writing)
        guard spawned == 0 else {
            close(reading)
            return nil
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(reading, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: buffer[..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                break
            }
        }
        close(reading)
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 {
            guard errno == EINTR else { return nil }
        }
        // Glibc's WIFEXITED / WTERMSIG are macros Swift cannot see: the low 7 bits are the signal, 0 for an exit.
        let signal = status & 0x7f
        return Finished(status: signal == 0 ? (status >> 8) & 0xff : 128 + signal, bytes: bytes)
    }
}

/// Two file actions glibc has (2.34, 2.29) but declares only for `_GNU_SOURCE`, which Swift's Glibc module
/// does not define: looked up once by name, nil where the C library lacks them.
private enum SpawnActions {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    typealias ChangeDirectory = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32

    static let closeFrom: CloseFrom? = symbol("posix_spawn_file_actions_addclosefrom_np")
    static let changeDirectory: ChangeDirectory? = symbol("posix_spawn_file_actions_addchdir_np")

    private static func symbol<T>(_ name: String) -> T? {
        guard let program = dlopen(nil, RTLD_NOW), let address = dlsym(program, name) else { return nil }
        return unsafeBitCast(address, to: T.self)
    }
}
