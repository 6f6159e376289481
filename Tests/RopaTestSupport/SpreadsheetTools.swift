import Foundation

/// The programs the tests open ropa's spreadsheets with: LibreOffice (headless) and python's openpyxl.
/// `.ci/run` installs both; a test skips (XCTSkip) only when one is missing.
public enum SpreadsheetTools {
    public struct Run {
        public let status: Int32
        public let output: String
        public let errors: String
    }

    /// The executable `name` on PATH, or nil.
    public static func path(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public static func run(_ executable: String, _ arguments: [String], in folder: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Read both pipes while the program runs, so that neither fills up and blocks it.
        var errorData = Data()
        let reader = Thread { errorData = errors.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   errors: String(decoding: errorData, as: UTF8.self))
    }

    /// True when python3 can import openpyxl.
    public static let hasOpenpyxl: Bool = {
        guard let python = path("python3"), let run = try? run(python, ["-c", "import openpyxl"]) else { return false }
        return run.status == 0
    }()

    /// Runs a python script (with openpyxl available) and returns what it prints.
    public static func python(_ script: String, arguments: [String] = []) throws -> Run {
        guard let python = path("python3") else { throw ToolMissing(name: "python3") }
        return try run(python, ["-c", script] + arguments)
    }

    /// Converts `file` with LibreOffice to `format` ("csv", "xlsx", …) into `folder`; returns the new file's path.
    /// Each call has a profile of its own, so that it never waits on another LibreOffice running on the machine.
    public static func libreOffice(convert file: String, to format: String, into folder: String) throws -> String {
        guard let soffice = path("soffice") ?? path("libreoffice") else { throw ToolMissing(name: "soffice") }
        let profile = "\(folder)/lo-profile-\(UUID().uuidString)"
        let run = try run(soffice, ["-env:UserInstallation=file://\(profile)", "--headless", "--norestore", "--convert-to", format, "--outdir", folder, file])
        try? FileManager.default.removeItem(atPath: profile)
        let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let extensionName = format.split(separator: ":").first.map(String.init) ?? format
        let result = "\(folder)/\(base).\(extensionName)"
        guard run.status == 0, FileManager.default.fileExists(atPath: result) else {
            throw ConversionFailed(message: "soffice \(format) \(file): \(run.status) \(run.output) \(run.errors)")
        }
        return result
    }

    public struct ToolMissing: Error { public let name: String }
    public struct ConversionFailed: Error { public let message: String }
}
