import Foundation
import RopaCLI
import RopaStore
import RopaTestSupport
import XCTest

/// The workbook of a large register is tens of megabytes: `ropa import --from xlsx` reads it, although a
/// register file may hold at most 16 MB.
final class XLSXLargeWorkbookTests: CLITestCase {
    func testImportReadsAWorkbookLargerThanARegisterFile() throws {
        guard SpreadsheetTools.hasOpenpyxl else { throw XCTSkip("python3 with openpyxl is not installed") }
        let folder = try Fixtures.temporaryFolder("ropa-xlsx-large")
        folders.append(folder)
        let ist = "\(Fixtures.repositoryRoot)/Data/ist-group"
        let book = "\(folder)/ist.xlsx"
        XCTAssertEqual(ropa("export", ist, "--format", "xlsx", "-o", book).code, 0)
        // 17 MB more in a part the reader does not look at, stored: the file is beyond a register file's limit.
        let padded = try SpreadsheetTools.python("""
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1], 'a') as book:
                book.writestr(zipfile.ZipInfo('docProps/padding.bin'), bytes(17 * 1024 * 1024))
            """, arguments: [book])
        XCTAssertEqual(padded.status, 0, padded.errors)
        let size = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: book)[.size] as? NSNumber).intValue
        XCTAssertGreaterThan(size, FileIO.maximumFileSize)

        let path = "\(folder)/register"
        XCTAssertEqual(ropa("init", path, "--name", "Exempel AB", "--org-number", "556254-0806").code, 0)
        let dry = ropa("import", path, "--from", "xlsx", book, "--dry-run")
        XCTAssertEqual(dry.code, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("\(book) ("), dry.stdout)
    }
}
