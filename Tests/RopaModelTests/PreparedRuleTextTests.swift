@testable import RopaModel
import XCTest

/// The rules that look for words in register text (personnummer in category names, "as long as necessary"
/// in retention, "none" among recipients) prepare those words once; they must answer as folding and
/// searching every time did.
final class PreparedRuleTextTests: XCTestCase {
    /// Text that folds in the ways that matter: case, diacritics, width, combining marks, white space.
    private let texts = ["Personnummer", "PERSONNUMMER och namn", "Pérsonnümmer", "Samordnings­nummer", "personal  identity number",
                         "Swedish ID number", "ｐｅｒｓｏｎｎｕｍｍｅｒ", "pe\u{301}rsonnummer", "Kundnummer", "", " ", "\t",
                         "Så länge det är nödvändigt för ändamålet", "SA LANGE DET AR NODVANDIGT", "as long as necessary.",
                         "as long as\u{A0}necessary", "så länge det behövs", "Tre år", "none", " None ", "Inga", "INGA MOTTAGARE",
                         "n\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}o one", "ｎｏｎｅ", "nobody at all", "—", " - ",
                         "Ingen mottagare utanför EU", "Försäkringskassan", "no one\u{2003}", "\u{2003}inga", "nö one",
                         "Personal\tIdentity Number", "x\u{7F}PERSONNUMMER", "AS LONG AS NEEDED[1]", "@personnummer~"]

    func testPreparedPhrasesFindWhatFoldingEachTimeFound() {
        for list in [SwedishLaw.identityNumberWords, ObligationRules.vagueRetention, Array(ObligationRules.noRecipients)] {
            let prepared = FoldedPhrases(list)
            for text in texts + list + list.map({ $0.uppercased() + " x" }) {
                XCTAssertEqual(prepared.occur(in: text), list.contains { TextFolding.contains(text, $0) }, text)
            }
        }
    }

    func testNoRecipientsAnswersAsFoldingAndTrimmingEveryEntryDid() {
        for text in texts + Array(ObligationRules.noRecipients) {
            let folded = TextFolding.fold(text).trimmingCharacters(in: .whitespaces)
            XCTAssertEqual(ObligationRules.saysNoRecipients(text), ObligationRules.noRecipients.contains(folded), text)
        }
    }
}
