import Foundation

/// The programs the tests open ropa's spreadsheets with: LibreOffice (headless) and python's openpyxl.
/// `.ci/run` installs both; a test skips (XCTSkip) only when one is missing.
public enum SpreadsheetTools {
    public typealias Run = Program.Run

    /// The executable `name` on PATH, or nil.
    public static func path(_ name: String) -> String? { Program.find(name) }

    public static func run(_ executable: String, _ arguments: [String], in folder: String? = nil) throws -> Run {
        try Program.run(executable, arguments, directory: folder)
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
