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
}
