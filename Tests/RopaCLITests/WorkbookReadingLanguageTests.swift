import Foundation
import RopaTestSupport
import XCTest

/// Why a workbook cannot be read is said in the reader's language, down to the ZIP package's details.
final class WorkbookReadingLanguageTests: CLITestCase {
    private func refusal(_ book: String, _ language: String) throws -> String {
        let register = try savedRegister()
        let run = ropa("import", register, "--from", "xlsx", book, "--lang", language)
        XCTAssertEqual(run.code, 2)
        return run.stderr
    }

    func testAFileThatIsNoArchiveIsRefusedInSwedish() throws {
        let folder = try Fixtures.temporaryFolder()
        folders.append(folder)
        let book = "\(folder)/bok.xlsx"
        try Data("Behandling\r\nA\r\n".utf8).write(to: URL(fileURLWithPath: book))
        let swedish = try refusal(book, "sv")
        XCTAssertTrue(swedish.contains("inte ett ZIP-arkiv"), swedish)
        XCTAssertFalse(swedish.contains("not a ZIP archive"), swedish)
        XCTAssertTrue(try refusal(book, "en").contains("not a ZIP archive"))
    }

    func testAnEntryThatDoesNotMatchItsChecksumIsDescribedInSwedish() throws {
        let register = try savedRegister()
        let book = "\(register)/../\(UUID().uuidString).xlsx"
        defer { try? FileManager.default.removeItem(atPath: book) }
        XCTAssertEqual(ropa("export", register, "--format", "xlsx", "-o", book).code, 0)
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: book)))
        // A changed byte in the stored workbook part: the entry no longer matches its CRC-32.
        let marker = Array("<workbook".utf8)
        let index = try XCTUnwrap(bytes.indices.first { bytes[$0...].starts(with: marker) })
        bytes[index + 1] = UInt8(ascii: "W")
        try Data(bytes).write(to: URL(fileURLWithPath: book))
        let swedish = try refusal(book, "sv")
        XCTAssertTrue(swedish.contains("stämmer inte med sin kontrollsumma"), swedish)
        XCTAssertTrue(try refusal(book, "en").contains("does not match its checksum"))
    }
}
