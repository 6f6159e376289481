import RopaExport
import RopaModel
import XCTest

/// The exports of the seed registers (and of the hostile register) in English and Swedish, compared
/// byte for byte with the files in Golden/<register>/<language>/. See `GoldenFile` to regenerate them.
final class GoldenFileTests: XCTestCase {
    func testSeedRegistersMatchTheirGoldenFiles() throws {
        for name in SeedRegisters.names {
            let (register, version) = try SeedRegisters.load(name)
            for language in Language.allCases {
                for (table, bytes) in CSVExporter.export(register, tables: CSVTable.allCases, options: CSVOptions(language: language)) {
                    GoldenFile.assertMatches(bytes, "\(name)/\(language.rawValue)/\(table.fileName)")
                }
                let markdown = MarkdownExporter.export(register, options: SeedRegisters.markdownOptions(language, version: version))
                GoldenFile.assertMatches(markdown, "\(name)/\(language.rawValue)/register.md")
            }
        }
    }

    func testHostileRegisterMatchesItsGoldenFiles() {
        let register = HostileRegister.make()
        let version = ExportVersion(number: 7, hash: "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")
        for language in Language.allCases {
            GoldenFile.assertMatches(CSVExporter.export(register, table: .activities, options: CSVOptions(language: language)),
                                     "hostile/\(language.rawValue)/activities.csv")
            GoldenFile.assertMatches(MarkdownExporter.export(register, options: SeedRegisters.markdownOptions(language, version: version)),
                                     "hostile/\(language.rawValue)/register.md")
        }
    }
}
