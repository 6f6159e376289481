import Foundation
import XCTest

/// Expected export output kept as files in Tests/RopaExportTests/Golden, read from the source tree.
///
/// To regenerate them after an intended change, run the tests with ROPA_UPDATE_GOLDEN=1:
///
///     ROPA_UPDATE_GOLDEN=1 swift test --filter RopaExportTests.GoldenFileTests
///
/// The files are then rewritten instead of compared; review the diff with git before committing.
enum GoldenFile {
    static var folder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden").path
    }

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["ROPA_UPDATE_GOLDEN"] == "1" }

    /// Compares `bytes` with the golden file at `path` (relative to the Golden folder), or rewrites it.
    static func assertMatches(_ bytes: [UInt8], _ path: String, file: StaticString = #filePath, line: UInt = #line) {
        let full = "\(folder)/\(path)"
        if isUpdating {
            do {
                try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: full))
            } catch {
                XCTFail("could not write \(full): \(error)", file: file, line: line)
            }
            return
        }
        guard let expected = FileManager.default.contents(atPath: full) else {
            XCTFail("missing golden file \(path): run the tests with ROPA_UPDATE_GOLDEN=1 to create it", file: file, line: line)
            return
        }
        guard Array(expected) != bytes else { return }
        let expectedText = String(decoding: expected, as: UTF8.self)
        let actualText = String(decoding: bytes, as: UTF8.self)
        let expectedLines = expectedText.components(separatedBy: "\n")
        let actualLines = actualText.components(separatedBy: "\n")
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
        let where_ = first.map { "line \($0.offset + 1):\n  golden: \($0.element.0)\n  actual: \($0.element.1)" }
            ?? "line count \(expectedLines.count) → \(actualLines.count)"
        XCTFail("\(path) differs from its golden file at \(where_)\n(ROPA_UPDATE_GOLDEN=1 rewrites it after an intended change)",
                file: file, line: line)
    }
}
