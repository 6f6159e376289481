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
        guard OfficeTools.hasOpenpyxl else { throw XCTSkip("python3 with openpyxl is not installed") }
        let head = try XCTUnwrap(RegisterStore(folder: register).history.head)
        let read = try OfficeTools.python("import sys, openpyxl\nbook = openpyxl.load_workbook(sys.argv[1])\nprint(book.custom_doc_props['ropa.version'].value)\nprint(book.sheetnames[1])",
                                          arguments: [book])
        XCTAssertEqual(read.output, "1 \(head)\nBehandlingar\n", read.errors)
    }
}
