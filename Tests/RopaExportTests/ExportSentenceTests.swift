import RopaExport
import RopaModel
import XCTest

/// The exports' names and headings are labels and their sentences `BilingualText`: no `ExportPhrase` or
/// `RegisterDocumentPhrase` ends as a sentence does, and every `ExportSentence` reads differently in Swedish.
final class ExportSentenceTests: XCTestCase {
    private func endsAsASentence(_ text: String) -> Bool {
        [".", ":", "!", "?"].contains { text.hasSuffix($0) }
    }

    func testPhrasesAreLabelsNotSentences() {
        let labels = ExportPhrase.allCases.map(\.label) + RegisterDocumentPhrase.allCases.map(\.label)
        for label in labels {
            XCTAssertFalse(endsAsASentence(label.en) || endsAsASentence(label.sv), "\"\(label.en)\" is a sentence: make it an ExportSentence")
        }
        XCTAssertTrue(endsAsASentence(ExportSentence.noFindings.text(.en)), "the check sees a sentence")
    }

    func testSentencesAreTranslated() {
        for sentence in ExportSentence.allCases {
            XCTAssertNotEqual(sentence.text(.en), sentence.text(.sv), "\(sentence)")
            XCTAssertFalse(sentence.text(.sv).isEmpty, "\(sentence)")
        }
    }
}
