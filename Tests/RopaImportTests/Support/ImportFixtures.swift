import Foundation
import RopaExport
import RopaModel
import RopaStore
import RopaImport
import RopaTestSupport
import XCTest

/// The seed registers and CSV helpers for the import tests.
enum ImportFixtures {
    static let seeds = ["ist-group", "ict-workgroup", "intelliplan", "izonen", "jsc-it-partner"]

    static func seed(_ name: String) throws -> Register {
        try RegisterStore(folder: "\(Fixtures.repositoryRoot)/Data/\(name)").load()
    }

    /// The activities table as `ropa export --format csv` writes it.
    static func csv(_ register: Register, language: Language = .en, delimiter: CSVDelimiter = .comma, bom: Bool = false) -> [UInt8] {
        CSVExporter.export(register, table: .activities, options: CSVOptions(language: language, delimiter: delimiter, byteOrderMark: bom))
    }

    /// A CSV file written by hand: lines joined with CRLF.
    static func bytes(_ lines: [String]) -> [UInt8] {
        Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// The problems of an import that must be refused; a plan that goes through fails the test.
    static func refusalProblems(_ lines: [String], into register: Register, options: ImportOptions = ImportOptions(),
                                file: StaticString = #filePath, line: UInt = #line) -> [ImportProblem] {
        do {
            _ = try CSVImport.plan(bytes(lines), into: register, options: options)
            XCTFail("the import was not refused", file: file, line: line)
            return []
        } catch let error as ImportError {
            return error.problems
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return []
        }
    }
}
