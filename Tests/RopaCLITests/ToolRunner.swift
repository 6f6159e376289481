import Foundation

/// Runs another program (bash, zsh, groff) for the documentation tests, with a time limit.
enum ToolRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The program's path, or nil when it is not installed.
    static func find(_ name: String) -> String? {
        for folder in ["/usr/bin", "/bin", "/usr/local/bin"] where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
            return "\(folder)/\(name)"
        }
        return nil
    }

    static func run(_ executable: String, _ arguments: [String], directory: String? = nil, timeout: TimeInterval = 20) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-tool-\(UUID().uuidString)")
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-tool-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        FileManager.default.createFile(atPath: errors.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self),
                      stderr: String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self))
    }
}
