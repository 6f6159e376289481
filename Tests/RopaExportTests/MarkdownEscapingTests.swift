@testable import RopaExport
import RopaModel
import RopaTestSupport
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

    /// Pieces of text that make markup, need a placeholder, or sit next to what does.
    private static let pieces = [
        "a", "Ö", "å", "é", "e\u{301}", "😀", " ", "  ", "\n", "\r\n", "\r", "\t", "\u{1B}", "\u{7F}", "\u{85}", "\u{202E}",
        "\u{200B}", "\u{2066}", "\u{FEFF}", "\u{FFFB}", "\u{2028}", "\u{A0}", "–", "’", "\u{2013}\u{2060}", "\\", "`", "*", "_",
        "{", "}", "[", "]", "<", ">", "#", "|", "~", "^", "$", "@", "&", ":", "/", ".", ";", "www", "WwW", "http", "smile", "(",
        ")", "1", "12", "2021", "iv", "B", "xi", "-", "+", "=",
    ]

    private static func randomText(_ random: inout SeededGenerator, pieces: [String], count: ClosedRange<Int>) -> String {
        (0..<Int.random(in: count, using: &random)).map { _ in pieces[Int.random(in: 0..<pieces.count, using: &random)] }.joined()
    }

    func testEscapingFollowsTheRulesOnRandomText() {
        var random = SeededGenerator(seed: 30)
        for _ in 0..<20_000 {
            let text = Self.randomText(&random, pieces: Self.pieces, count: 0...12)
            XCTAssertEqual(MarkdownEscaping.inline(text), ReferenceMarkdown.inline(text), text.debugDescription)
            XCTAssertEqual(MarkdownEscaping.lines(text), ReferenceMarkdown.lines(text), text.debugDescription)
        }
    }

    func testPlaceholdersAreFoundInTheBytesExactlyWhereTerminalTextHasThem() {
        var misses: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var text = "x" + String(Character(scalar)) + "y"
            let found = text.withUTF8 { MarkdownEscaping.containsPlaceholder($0) }
            if found != (TerminalText.placeholder(for: scalar) != nil) { misses.append(String(value, radix: 16)) }
        }
        XCTAssertEqual(misses, [])
    }

    func testHeadingAnchorsFollowTheRulesOnRandomHeadings() {
        let pieces = Self.pieces + ["Å", "ǅ", "İ", "ß", "\u{212A}", "Σ", "ΌΣ", "\u{2003}", "\u{3000}", "٣", "Ⅷ", "!", "\u{200D}", "Ѐ", "ﬃ"]
        var random = SeededGenerator(seed: 31)
        let headings = (0..<5_000).map { _ in Self.randomText(&random, pieces: pieces, count: 0...8) }
        let displayed = headings.map(MarkdownEscaping.displayed)
        var anchors = HeadingAnchors()
        XCTAssertEqual(displayed.map { anchors.anchor(for: $0) }, ReferenceMarkdown.anchors(displayed))
    }
}
