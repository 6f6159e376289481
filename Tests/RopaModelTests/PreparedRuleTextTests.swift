@testable import RopaModel
import RopaTestSupport
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

    /// Random text of ASCII, every Latin-1 letter and a few that fold otherwise (æ, ø, ß, combining marks),
    /// around the phrases written with other cases and accents, or with letters that only look alike: each folded a byte at a time answers as
    /// Foundation's folding of the whole text.
    func testLatinTextFoldedByteByByteAnswersAsFoundation() {
        var random = SeededGenerator(seed: 35)
        let latin = (0xC0...0xFF).compactMap { Unicode.Scalar(UInt32($0)).map { String(Character($0)) } }
        let alphabet = latin + ["a", "E", "s", " ", "-", "\u{301}", "\u{A0}", "ﬁ", "1", "."]
        func accented(_ phrase: String) -> String {
            String(phrase.map { character -> Character in
                switch (character, random.next() % 4) {
                case ("a", 0): return "Ä"
                case ("a", 1): return "å"
                case ("a", 3): return "æ"
                case ("o", 0): return "Ö"
                case ("o", 1): return "ø"
                case ("s", 3): return "ß"
                case ("e", 0): return "é"
                case (let other, 2): return Character(other.uppercased())
                case (let other, _): return other
                }
            })
        }
        var found = 0
        for list in [SwedishLaw.identityNumberWords, ObligationRules.vagueRetention] {
            let prepared = FoldedPhrases(list)
            for _ in 0..<400 {
                let noise = { (0..<Int(random.next() % 6)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined() }
                let text = noise() + (random.next() % 2 == 0 ? accented(list[Int(random.next() % UInt64(list.count))]) : "") + noise()
                let expected = list.contains { TextFolding.contains(text, $0) }
                XCTAssertEqual(prepared.occur(in: text), expected, text)
                if expected { found += 1 }
            }
        }
        XCTAssertGreaterThan(found, 100, "the phrases are found in many of the texts")
    }

    func testNoRecipientsAnswersAsFoldingAndTrimmingEveryEntryDid() {
        for text in texts + Array(ObligationRules.noRecipients) {
            let folded = TextFolding.fold(text).trimmingCharacters(in: .whitespaces)
            XCTAssertEqual(ObligationRules.saysNoRecipients(text), ObligationRules.noRecipients.contains(folded), text)
        }
    }
}
