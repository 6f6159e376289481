import Foundation
import RopaExport
import RopaModel
import RopaStore
import RopaTestSupport

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
}
