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
