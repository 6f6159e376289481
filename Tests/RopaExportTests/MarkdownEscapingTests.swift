@testable import RopaExport
import XCTest

final class MarkdownEscapingTests: XCTestCase {
    func testMarkupCharactersAreEscaped() {
        XCTAssertEqual(MarkdownEscaping.inline("a | b"), "a \\| b")
        XCTAssertEqual(MarkdownEscaping.inline("back\\slash"), "back\\\\slash")
        XCTAssertEqual(MarkdownEscaping.inline("**bold** _em_ `code`"), "\\*\\*bold\\*\\* \\_em\\_ \\`code\\`")
        XCTAssertEqual(MarkdownEscaping.inline("<script>"), "\\<script\\>")
        XCTAssertEqual(MarkdownEscaping.inline("[a](b) {#id}"), "\\[a\\](b) \\{\\#id\\}")
        XCTAssertEqual(MarkdownEscaping.inline("&amp; ~~s~~ ^x^ $m$ @c"), "\\&amp; \\~\\~s\\~\\~ \\^x\\^ \\$m\\$ \\@c")
    }

    func testAutolinksAndEmojiAreBroken() {
        XCTAssertEqual(MarkdownEscaping.inline("https://x.se"), "https\\://x.se")
        XCTAssertEqual(MarkdownEscaping.inline("www.imy.se"), "www\\.imy.se")
        XCTAssertEqual(MarkdownEscaping.inline("WWW.IMY.SE"), "WWW\\.IMY.SE")
        XCTAssertEqual(MarkdownEscaping.inline("dso@imy.se"), "dso\\@imy.se")
        XCTAssertEqual(MarkdownEscaping.inline(":smile: ok"), "\\:smile: ok")
    }

    func testOrdinaryTextStaysReadable() {
        for text in ["IST:s webbplats", "Modul 1: personuppgiftsansvarig", "Art 6(1)(f)", "e.g. 90 dagar", "2021/914", "Växjö - Sverige"] {
            XCTAssertEqual(MarkdownEscaping.inline(text), text)
        }
    }

    func testLineStartsThatWouldBeBlocksAreEscaped() {
        XCTAssertEqual(MarkdownEscaping.inline("- item"), "\\- item")
        XCTAssertEqual(MarkdownEscaping.inline("+ item"), "\\+ item")
        XCTAssertEqual(MarkdownEscaping.inline("==="), "\\===")
        XCTAssertEqual(MarkdownEscaping.inline("---"), "\\---")
        XCTAssertEqual(MarkdownEscaping.inline(": definition"), "\\: definition")
        XCTAssertEqual(MarkdownEscaping.inline("2021. year"), "2021\\. year")
        XCTAssertEqual(MarkdownEscaping.inline("1) item"), "1\\) item")
        XCTAssertEqual(MarkdownEscaping.inline("# heading"), "\\# heading")
        XCTAssertEqual(MarkdownEscaping.inline("> quote"), "\\> quote")
        XCTAssertEqual(MarkdownEscaping.inline("2021 then"), "2021 then")
        XCTAssertEqual(MarkdownEscaping.inline("2.5 years"), "2.5 years")
        XCTAssertEqual(MarkdownEscaping.inline("7."), "7\\.")
        // pandoc's Markdown reads letters and roman numerals as list markers too.
        XCTAssertEqual(MarkdownEscaping.inline("a) item"), "a\\) item")
        XCTAssertEqual(MarkdownEscaping.inline("(b) item"), "(b\\) item")
        XCTAssertEqual(MarkdownEscaping.inline("B. Item"), "B\\. Item")
        XCTAssertEqual(MarkdownEscaping.inline("iv. item"), "iv\\. item")
        XCTAssertEqual(MarkdownEscaping.inline("etc. and so on"), "etc. and so on")
        XCTAssertEqual(MarkdownEscaping.inline("Kunder (B2B)"), "Kunder (B2B)")
    }

    func testLineBreaksAndControlCharactersBecomeVisible() {
        XCTAssertEqual(MarkdownEscaping.inline("a\nb"), "a\u{240A}b")
        XCTAssertEqual(MarkdownEscaping.inline("a\tb\u{1B}[2J\u{0}"), "a\u{2409}b\u{241B}\\[2J\u{2400}")
        XCTAssertEqual(MarkdownEscaping.inline("bidi\u{202E}x"), "bidi\\<U+202E\\>x")
        XCTAssertEqual(MarkdownEscaping.lines("one\r\n- two\rthree\n\n4. four\n"), ["one", "\\- two\u{240D}three", "", "4\\. four"])
        XCTAssertEqual(MarkdownEscaping.lines("\rCR"), ["\u{240D}CR"], "a lone CR is shown, not taken for a line break")
        XCTAssertEqual(MarkdownEscaping.lines("\n\n"), [""])
    }

    func testHeadingAnchorsFollowGitHub() {
        var anchors = HeadingAnchors()
        XCTAssertEqual(anchors.anchor(for: "Summary"), "summary")
        XCTAssertEqual(anchors.anchor(for: "Summary"), "summary-1")
        XCTAssertEqual(anchors.anchor(for: "Åäö Kundtjänst & co: 1/2"), "åäö-kundtjänst--co-12")
        XCTAssertEqual(anchors.anchor(for: "Personuppgiftsbiträden utanför EU/EES (ej namngivna)"), "personuppgiftsbiträden-utanför-euees-ej-namngivna")
        XCTAssertEqual(anchors.anchor(for: "***"), "section")
        XCTAssertEqual(anchors.anchor(for: "snake_case-name"), "snake_case-name")
    }
}
