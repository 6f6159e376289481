import RopaExport
import RopaModel
import XCTest

/// The notices of two seed registers, IST Group (joint controllers, transfers under SCC, four supervisory
/// authorities) and iZONEN (named processors), in both languages, compared byte for byte with
/// Golden/<register>/<language>/notice.md. ROPA_UPDATE_GOLDEN=1 rewrites them (see `GoldenFile`).
final class NoticeGoldenTests: XCTestCase {
    func testSeedNoticesMatchTheirGoldenFiles() throws {
        for name in ["ist-group", "izonen"] {
            let (register, _) = try SeedRegisters.load(name)
            for language in Language.allCases {
                let document = PrivacyNotice.document(register, options: NoticeOptions(language: language))
                GoldenFile.assertMatches(DocumentMarkdownRenderer.render(document), "\(name)/\(language.rawValue)/notice.md")
            }
        }
    }

    func testTheSameRegisterGivesTheSameNotice() throws {
        let (register, _) = try SeedRegisters.load("jsc-it-partner")
        let options = NoticeOptions(language: .sv, audience: "kund")
        XCTAssertEqual(DocumentMarkdownRenderer.render(PrivacyNotice.document(register, options: options)),
                       DocumentMarkdownRenderer.render(PrivacyNotice.document(register, options: options)))
    }
}
