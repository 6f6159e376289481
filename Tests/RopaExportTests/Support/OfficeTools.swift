import Foundation
import XCTest

/// The real programs that open what ropa writes: headless Chromium (HTML → PDF), LibreOffice (DOCX → PDF
/// and text), pandoc (DOCX → text), poppler (PDF → text, page sizes, images) and python (ZIP and XML parts).
/// A test that needs one that is missing is skipped; `.ci/run` installs them all.
enum OfficeTools {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The program's path, or a skip when it is not installed.
    static func require(_ name: String) throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/bin", "/usr/local/bin"]
        for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
            return "\(folder)/\(name)"
        }
        throw XCTSkip("\(name) is not installed")
    }

    @discardableResult
    static func run(_ name: String, _ arguments: [String], timeout: TimeInterval = 120) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try require(name))
        process.arguments = arguments
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ropa-office-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let output = scratch.appendingPathComponent("out")
        let errors = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = scratch.path
        process.environment = environment
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

    /// Prints an HTML file to PDF as a reader would: headless Chromium, no header or footer of its own.
    static func printHTML(_ html: String, to pdf: String) throws {
        let profile = "\(NSTemporaryDirectory())ropa-chromium-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let result = try run("chromium", ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile)",
                                          "--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(html)"])
        guard FileManager.default.fileExists(atPath: pdf) else {
            throw XCTSkip("chromium could not print (\(result.status)): \(result.stderr.suffix(400))")
        }
    }

    /// Converts a document with LibreOffice (`pdf` or `txt:Text (encoded):UTF8`) into `folder`; returns the file.
    static func convertWithLibreOffice(_ file: String, to format: String, extension fileExtension: String, in folder: String) throws -> String {
        let profile = "\(NSTemporaryDirectory())ropa-soffice-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let result = try run("soffice", ["-env:UserInstallation=file://\(profile)", "--headless", "--norestore",
                                         "--convert-to", format, "--outdir", folder, file], timeout: 240)
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let converted = "\(folder)/\(name).\(fileExtension)"
        XCTAssertTrue(FileManager.default.fileExists(atPath: converted), "LibreOffice did not convert \(file): \(result.stdout) \(result.stderr)")
        return converted
    }

    /// The text of a PDF, pages separated by form feeds.
    static func pdfText(_ pdf: String) throws -> String {
        try run("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"]).stdout
    }

    /// Each page's size in points, width × height, from pdfinfo.
    static func pageSizes(_ pdf: String) throws -> [(width: Double, height: Double)] {
        let info = try run("pdfinfo", ["-f", "1", "-l", "100000", pdf]).stdout
        return info.split(separator: "\n").compactMap { line -> (Double, Double)? in
            guard line.hasPrefix("Page"), line.contains("size:") else { return nil }
            let words = line.split(separator: " ")
            guard let at = words.firstIndex(of: "size:"), words.count > at + 3,
                  let width = Double(words[at + 1]), let height = Double(words[at + 3]) else { return nil }
            return (width, height)
        }
    }

    /// Whether a page size is A4 (595 × 842 points), upright or turned.
    static func isA4(_ size: (width: Double, height: Double), landscape: Bool = false) -> Bool {
        let (short, long) = landscape ? (size.height, size.width) : (size.width, size.height)
        return abs(short - 595.3) < 2 && abs(long - 841.9) < 2
    }
}
