import Foundation
import XCTest

/// A spreadsheet is stamped with the head only when the files exported are the head's, whether their hashes
/// come from the stat index or are computed.
final class ExportStampTests: CLITestCase {
    private func idHeader(_ folder: String) throws -> String {
        let output = "\(folder)/../stamp-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: output) }
        XCTAssertEqual(ropa("export", folder, "--format", "csv", "--output", output).code, 0)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        return String(text.prefix { $0 != "," && $0 != ";" })
    }

    func testAHandEditAfterTheLastVersionLeavesTheSheetUnstamped() throws {
        let folder = try savedRegister()
        XCTAssertEqual(ropa("set", folder, "kundservice", "owner=Stämpel").code, 0, "writes the stat index")
        let head = try idHeader(folder)
        XCTAssertTrue(head.contains("(ropa 2 "), head)
        let path = "\(folder)/activities/kundservice.json"
        let edited = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Stämpel", with: "Handredigerad")
        try Data(edited.utf8).write(to: URL(fileURLWithPath: path))
        XCTAssertFalse(try idHeader(folder).contains("(ropa "), "the files are not version 2")
        XCTAssertEqual(ropa("commit", folder, "-m", "hand edit").code, 0)
        let committed = try idHeader(folder)
        XCTAssertTrue(committed.contains("(ropa 3 "), committed)
    }
}
