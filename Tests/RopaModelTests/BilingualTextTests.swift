import Foundation
import RopaModel
import RopaTestSupport
import XCTest

/// Sentences written beside their rules are `BilingualText`; names stay `BilingualLabel`.
final class BilingualTextTests: XCTestCase {
    func testASentenceReadsInTheLanguageAskedAlsoAsLocalizedText() {
        let sentence = BilingualText(en: "the agreement lacks ", sv: "avtalet saknar ") + BilingualText(en: "clause (a)", sv: "klausul (a)")
        XCTAssertEqual(sentence.text(.en), "the agreement lacks clause (a)")
        XCTAssertEqual(sentence.text(.sv), "avtalet saknar klausul (a)")
        XCTAssertEqual(LocalizedText(sentence).text(.sv), "avtalet saknar klausul (a)")
        XCTAssertEqual(LocalizedText(sentence).description, "the agreement lacks clause (a)")
        XCTAssertNotEqual(LocalizedText(sentence), LocalizedText(BilingualLabel(en: sentence.en, sv: sentence.sv)))
    }

    func testTheReviewRulesWriteTheirReasonsAsSentences() throws {
        let folder = "\(Fixtures.repositoryRoot)/Sources/RopaModel/Review"
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix("Rules.swift") {
            let contents = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
            XCTAssertFalse(contents.contains("BilingualLabel("), "\(file) writes a sentence as a BilingualLabel")
            XCTAssertTrue(contents.contains("BilingualText"), "\(file)")
        }
    }

    /// A finding's message is a sentence: the rules write it as `BilingualText`, and `Finding` takes nothing else.
    func testTheValidationRulesWriteTheirMessagesAsSentences() throws {
        let folder = "\(Fixtures.repositoryRoot)/Sources/RopaModel/Validation"
        var files = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder) where file.hasSuffix(".swift") {
            let contents = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
            XCTAssertFalse(contents.contains("message: BilingualLabel"), "\(file) writes a finding's message as a BilingualLabel")
            files += contents.contains("message: BilingualText") ? 1 : 0
        }
        XCTAssertGreaterThan(files, 5)
        let finding = Finding(.error, .missingName, kind: .activity, id: "a", name: "A", field: "name",
                              message: BilingualText(en: "give the activity a name", sv: "ge behandlingen ett namn"))
        XCTAssertEqual(finding.message(.sv), "ge behandlingen ett namn")
        XCTAssertEqual(finding.message(.en), "give the activity a name")
    }
}
