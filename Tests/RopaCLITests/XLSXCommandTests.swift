import Foundation
import RopaCLI
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// `ropa export --format xlsx` and `ropa import --from xlsx`: the workbook carries the version it was made from.
final class XLSXCommandTests: CLITestCase {
    func folder() throws -> String {
        let folder = try Fixtures.temporaryFolder("ropa-xlsx-cli")
        folders.append(folder)
        return folder
    }

    func testExportWritesAStampedWorkbook() throws {
        let register = try savedRegister()
        let book = "\(try folder())/register.xlsx"
        XCTAssertEqual(ropa("export", register, "--format", "xlsx").code, 2, "a workbook needs --output")
        let run = ropa("export", register, "--format", "xlsx", "--lang", "sv", "-o", book)
        XCTAssertEqual(run.code, 0, run.stderr)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: book))
        XCTAssertEqual(Array(bytes.prefix(4)), [0x50, 0x4B, 0x03, 0x04])
        let attributes = try FileManager.default.attributesOfItem(atPath: book)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        guard SpreadsheetTools.hasOpenpyxl else { throw XCTSkip("python3 with openpyxl is not installed") }
        let head = try XCTUnwrap(RegisterStore(folder: register).history.head)
        let read = try SpreadsheetTools.python("import sys, openpyxl\nbook = openpyxl.load_workbook(sys.argv[1])\nprint(book.custom_doc_props['ropa.version'].value)\nprint(book.sheetnames[1])",
                                          arguments: [book])
        XCTAssertEqual(read.output, "1 \(head)\nBehandlingar\n", read.errors)
    }
}

extension XLSXCommandTests {
    func testImportReadsEverySheetItRecognises() throws {
        let ist = "\(Fixtures.repositoryRoot)/Data/ist-group"
        let book = "\(try folder())/ist.xlsx"
        XCTAssertEqual(ropa("export", ist, "--format", "xlsx", "--lang", "sv", "-o", book).code, 0)
        let path = "\(try folder())/register"
        XCTAssertEqual(ropa("init", path, "--name", "Exempel AB", "--org-number", "556254-0806").code, 0)
        let dry = ropa("import", path, "--from", "xlsx", book, "--dry-run")
        XCTAssertEqual(dry.code, 0, dry.stderr)
        XCTAssertTrue(dry.stdout.contains("\(book) (Personuppgiftsbiträden): Processors,"), dry.stdout)
        XCTAssertFalse(dry.stderr.contains("Brister"), dry.stderr)
        let run = ropa("import", path, "--from", "xlsx", book, "-m", "Från Excel")
        XCTAssertEqual(run.code, 0, run.stderr)
        let seed = try RegisterStore(folder: ist).load()
        let back = try RegisterStore(folder: path).load()
        XCTAssertEqual(back.activities.map(\.id), seed.activities.map(\.id))
        XCTAssertEqual(back.processors.count, seed.processors.count)
        XCTAssertTrue(ropa("import", path, "--from", "xlsx", book).stdout.contains("No change"))

        let notABook = "\(try folder())/fel.xlsx"
        try Data("Behandling\r\nA\r\n".utf8).write(to: URL(fileURLWithPath: notABook))
        assertUnchanged(path) {
            let refused = ropa("import", path, "--from", "xlsx", notABook)
            XCTAssertEqual(refused.code, 2)
            XCTAssertTrue(refused.stderr.contains("cannot be read: not a ZIP archive"), refused.stderr)
        }
    }
}
