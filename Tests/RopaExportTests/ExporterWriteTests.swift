import Foundation
import RopaExport
import RopaModel
import RopaTestSupport
import XCTest

/// Writing an export to a path: the entry point the terminal UI calls, which answers where it wrote.
final class ExporterWriteTests: XCTestCase {
    private var folder = ""

    override func setUpWithError() throws {
        folder = try Fixtures.temporaryFolder("ropa-export")
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func permissions(_ path: String) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    private let register = Fixtures.cleanRegister()
    private let date = CalendarDate(year: 2026, month: 6, day: 1)

    func testOneFileGoesToThePathOrIntoAFolder() throws {
        let file = "\(folder)/register.md"
        XCTAssertEqual(try Exporter.write(register, request: .simple(.markdown, date: date), to: file), [file])
        XCTAssertEqual(try permissions(file), 0o600)
        XCTAssertEqual(FileManager.default.contents(atPath: file).map(Array.init),
                       MarkdownExporter.export(register, options: MarkdownOptions(date: date)))
        XCTAssertEqual(try Exporter.write(register, request: .simple(.csv), to: folder), ["\(folder)/activities.csv"])
        XCTAssertEqual(try Exporter.write(register, request: .simple(.json), to: "\(folder)/new/"), ["\(folder)/new/register.json"])
        XCTAssertEqual(try permissions("\(folder)/new"), 0o700)
    }

    func testAllTablesGoIntoAFolderCreatedOwnerOnly() throws {
        var request = ExportRequest.simple(.csv, language: .sv)
        request.tables = CSVTable.allCases
        let target = "\(folder)/tables"
        let written = try Exporter.write(register, request: request, to: target)
        XCTAssertEqual(written, CSVTable.allCases.map { "\(target)/\($0.fileName)" })
        XCTAssertEqual(try permissions(target), 0o700)
        for path in written { XCTAssertEqual(try permissions(path), 0o600, path) }
        XCTAssertEqual(FileManager.default.contents(atPath: "\(target)/transfers.csv").map(Array.init),
                       CSVExporter.export(register, table: .transfers, options: CSVOptions(language: .sv)))
    }

    func testRefusedDestinationsWriteNothing() throws {
        let file = "\(folder)/existing.csv"
        try Data("keep".utf8).write(to: URL(fileURLWithPath: file))
        var request = ExportRequest.simple(.csv)
        request.tables = CSVTable.allCases
        XCTAssertThrowsError(try Exporter.write(register, request: request, to: file)) { error in
            XCTAssertEqual(error as? ExportError, .needsFolder(path: file, files: 6))
        }
        XCTAssertEqual(FileManager.default.contents(atPath: file), Data("keep".utf8))
        XCTAssertThrowsError(try Exporter.write(register, request: .simple(.csv), to: "\(folder)/missing/out.csv")) { error in
            XCTAssertEqual(error as? ExportError, .missingFolder(path: "\(folder)/missing"))
            XCTAssertTrue("\(error)".contains("no such folder"))
        }
        request.tables = []
        XCTAssertThrowsError(try Exporter.write(register, request: request, to: folder))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["existing.csv"])
    }

    func testEveryExportErrorReadsInBothLanguages() {
        let errors: [ExportError] = [.needsFolder(path: "x.csv", files: 6), .missingFolder(path: "ut"), .notAFileOrFolder(path: "/dev/null"),
                                     .nothingToExport]
        for error in errors {
            XCTAssertEqual(error.description, error.description(.en))
            XCTAssertNotEqual(error.description(.sv), error.description(.en))
        }
        XCTAssertEqual(ExportError.missingFolder(path: "ut").description(.sv), "ut: mappen som exporten ska skrivas i finns inte")
    }
}
