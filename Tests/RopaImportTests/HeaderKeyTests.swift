import Foundation
import RopaExport
import RopaModel
@testable import RopaImport
import RopaTestSupport
import XCTest

/// Column titles are folded on their bytes when they are ASCII: every title the import knows, and random
/// titles of white space, remarks and punctuation, fold to the key the folding by characters gives.
final class HeaderKeyTests: XCTestCase {
    /// The key as it was made by characters only.
    private func keyByCharacters(_ title: String) -> String {
        HeaderNames.trimmedByCharacters(CellText.keyByCharacters(TextFolding.fold(title)))
    }

    func testTheASCIIWhiteSpaceIsUnicodes() {
        for value in UInt8(0)..<0x80 {
            XCTAssertEqual(CellText.isASCIIWhitespace(value), Character(Unicode.Scalar(value)).isWhitespace, "byte \(value)")
        }
    }

    func testEveryKnownTitleFoldsAsByCharacters() {
        var titles: [String] = []
        for table in CSVTable.allCases {
            titles += HeaderNames.names(table).map(\.0)
            for field in CSVExporter.fields(table) { titles += [field.text(.en), field.text(.sv)] }
        }
        XCTAssertGreaterThan(titles.count, 700)
        for title in titles {
            XCTAssertEqual(HeaderNames.key(title), keyByCharacters(title), title)
            XCTAssertEqual(CellText.key(title), CellText.keyByCharacters(TextFolding.fold(title)), title)
        }
        // Written as a sheet might: padded, remarks, line breaks, upper case.
        for title in titles.prefix(200) {
            for variant in ["  \(title.uppercased()) (if applicable) :", "\(title)\r\n(see note)*", "\t\(title) ?", "(\(title))", "\(title) ()"] {
                XCTAssertEqual(HeaderNames.key(variant), keyByCharacters(variant), variant)
            }
        }
    }

    func testRandomTitlesFoldAsByCharacters() {
        let pieces = ["a", "B", "z", "0", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{1F}", "(", ")", ":", "?", "*", "-", ".",
                      "é", "Å", "ö", "œ", "ß", "\u{00A0}", "\u{2003}", "\u{0301}", "ﬁ", "Ｗ"]
        var random = SeededGenerator(seed: 30)
        for round in 0..<5_000 {
            let title = (0..<Int.random(in: 0...14, using: &random)).map { _ in pieces.randomElement(using: &random) ?? "" }.joined()
            XCTAssertEqual(HeaderNames.key(title), keyByCharacters(title), "round \(round): \(title.debugDescription)")
            XCTAssertEqual(CellText.key(title), CellText.keyByCharacters(TextFolding.fold(title)), "round \(round): \(title.debugDescription)")
        }
    }

    /// The table each known title is read as: the export's own titles in both languages and the names of
    /// practice, as the built-in table matches them.
    func testTheExportsTitlesAreReadAsTheirFields() throws {
        for table in CSVTable.allCases {
            let fields = CSVExporter.fields(table)
            for language in [Language.en, .sv] {
                let record = CSVRecord(line: 1, fields: fields.map { $0.text(language) })
                let header = try TableHeader.read(record, table: table)
                XCTAssertEqual(header.fields, fields.map { Optional($0) }, "\(table) \(language)")
                XCTAssertEqual(header.language, language == .sv && fields.contains { $0.text(.sv) != $0.text(.en) } ? .sv : .en)
            }
        }
    }
}
