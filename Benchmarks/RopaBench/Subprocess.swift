import Foundation

/// Runs a program and times it from start to exit, its output thrown away (jq's would be megabytes).
enum Subprocess {
    struct Result {
        let status: Int32
        let milliseconds: Double
        let errors: String
    }

    static func run(_ executable: String, _ arguments: [String], in directory: String?) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardOutput = FileHandle.nullDevice
        let errorPipe = Pipe()
        process.standardError = errorPipe
        let start = Clock.now()
        try process.run()
        let errors = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let elapsed = Clock.milliseconds(since: start)
        return Result(status: process.terminationStatus, milliseconds: elapsed, errors: String(decoding: errors, as: UTF8.self))
    }

    /// The Python interpreter itself, or nil: `python3` on the PATH may be a launcher (pyenv's shim is a bash
    /// script that starts pyenv), whose start-up, a tenth of a second and more, is no part of reading files.
    static func pythonInterpreter() -> String? {
        guard let launcher = find("python3") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: launcher)
        process.arguments = ["-c", "import sys; print(sys.executable)"]
        let outputPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return launcher }
        let output = outputPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let path = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return process.terminationStatus == 0 && FileManager.default.isExecutableFile(atPath: path) ? path : launcher
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
