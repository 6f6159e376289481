import Foundation
import RopaStore

/// Runs a program and times it from start to exit, its output thrown away (jq's would be megabytes).
enum Subprocess {
    struct Result {
        let status: Int32
        let milliseconds: Double
        let errors: String
    }

    /// Timed around a direct spawn and reap (`ChildProcess`): Foundation's `Process` learns of an exit up to
    /// 50 ms late, which would add a random delay to every figure.
    static func run(_ executable: String, _ arguments: [String], in directory: String?) throws -> Result {
        let start = Clock.now()
        guard let finished = ChildProcess.run(executable, arguments, directory: directory, keeping: .errors) else {
            throw BenchError("\(executable) could not be started")
        }
        let elapsed = Clock.milliseconds(since: start)
        return Result(status: finished.status, milliseconds: elapsed, errors: String(decoding: finished.bytes, as: UTF8.self))
    }

    /// The Python interpreter itself, or nil: `python3` on the PATH may be a launcher (pyenv's shim is a bash
    /// script that starts pyenv), whose start-up, a tenth of a second and more, is no part of reading files.
    static func pythonInterpreter() -> String? {
        guard let launcher = find("python3") else { return nil }
        guard let finished = ChildProcess.run(launcher, ["-c", "import sys; print(sys.executable)"], keeping: .output) else { return launcher }
        let path = String(decoding: finished.bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return finished.status == 0 && FileManager.default.isExecutableFile(atPath: path) ? path : launcher
    }

    /// A program on the PATH, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
