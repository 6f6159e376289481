import Foundation
import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// With LANG=sv the UI has no English left: every section, screen, modal and status line is rendered in
/// Swedish and searched for English words; and no label pair in the UI's sources is left with the English
/// text where the Swedish belongs.
final class SwedishUITests: UITestCase {
    /// Words of the UI's English that never occur in its Swedish, nor in the fixture's data (which is Swedish,
    /// apart from names such as "Page Insights Joint Controller Addendum"). Not here: words that are Swedish
    /// too ("Status", "Version") and key names ("Delete", "Enter", "Esc").
    static let englishWords = [
        "Overview", "Activities", "Processors", "Transfers", "Security", "Review", "Findings", "History",
        "Name", "Role", "Lawful", "Retention", "Gaps", "Agreement", "Urgency", "Press", "Cancel", "Save",
        "Discard", "Quit", "Edit", "Filter", "Purposes", "Recipients", "Kind", "Used by", "Field",
        "What to do", "Severity", "Author", "Message", "Time", "Head", "Validation", "Organisation number",
        "open", "edit", "delete", "save", "quit", "help", "back", "filter", "add", "move", "sort", "unsaved",
        "errors", "warnings", "notes", "activities", "processors", "sections", "the", "and", "or", "to", "of",
        "with", "none", "not", "yes", "no", "due", "review", "reviewed", "Terminal too small",
    ]

    override func setUp() {
        super.setUp()
        state.language = .sv
    }

    /// The English words on the screen, each with the line it is on.
    func englishOnScreen() -> [String] {
        let text = screen
        return Self.englishWords.compactMap { word -> String? in
            let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}\\p{N}])"
            guard let expression = try? NSRegularExpression(pattern: pattern),
                  let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let range = Range(match.range, in: text) else { return nil }
            let line = text[..<range.lowerBound].split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
            let rest = text[range.lowerBound...].prefix { $0 != "\n" }
            return "\"\(word)\" in: \(line)\(rest)"
        }
    }

    func assertSwedish(_ what: String, file: StaticString = #filePath, line: UInt = #line) {
        let found = englishOnScreen()
        XCTAssertTrue(found.isEmpty, "\(what): English on the screen:\n\(found.joined(separator: "\n"))\n\(screen)", file: file, line: line)
    }

    func testEverySectionListAndDetailIsSwedish() {
        for (index, section) in Section.allCases.enumerated() {
            press(.character(Character("\(index + 1)")))
            XCTAssertEqual(state.section, section)
            assertSwedish("section \(section)")
            press(.character("?"))
            assertSwedish("help of \(section)")
            press(.escape)
            press(.enter)
            assertSwedish("detail in \(section)")
            press(.escape)
        }
    }

    func testFormsAndPickersAreSwedish() {
        for key in ["2", "3", "4", "5", "6"] {
            press(.character(Character(key)), .character("e"))
            assertSwedish("form of section \(key)")
            press(.character("?"))
            assertSwedish("help of the form of section \(key)")
            press(.escape)
            for _ in 0..<4 {
                press(.down)
                press(.enter)
                assertSwedish("a field of the form of section \(key)")
                press(.escape)
            }
            press(.escape, .escape)
        }
        press(.character("1"), .character("e"))
        assertSwedish("the organisation's form")
        press(.escape)
    }

    func testModalsAndPromptsAreSwedish() {
        press(.character("2"), .character("d"))
        assertSwedish("the delete confirmation")
        press(.character("y"))
        assertSwedish("after a delete")
        press(.character("s"))
        assertSwedish("the save prompt")
        press(.escape, .character("x"))
        assertSwedish("the export prompt")
        press(.escape, .character("q"))
        assertSwedish("the quit dialog with unsaved changes")
        press(.escape)
        press(.character("/"))
        type("zz")
        assertSwedish("a filter that matches nothing")
        press(.escape)
        _ = reduce(&state, .changedOnDisk(["organisation.json"]))
        assertSwedish("the changed-on-disk dialog")
        press(.character("c"))
        state.modal = .recovery(time: "2026-06-01T10:00:00Z", register: Fixtures.cleanRegister())
        assertSwedish("the recovery dialog")
        state.modal = nil
    }

    func testHistoryReviewAndStatusLinesAreSwedish() {
        press(.character("9"), .character("r"))
        assertSwedish("the restore confirmation")
        press(.escape, .character("m"))
        assertSwedish("a marked version")
        press(.character("7"), .character("r"))
        assertSwedish("marking an agreement reviewed")
        press(.character("2"), .character("c"))
        assertSwedish("a duplicate")
        press(.character("u"))
        assertSwedish("after undo")
        _ = reduce(&state, .resize(Size(columns: 40, rows: 8)))
        assertSwedish("a terminal too small")
        _ = reduce(&state, .resize(Size(columns: 100, rows: 30)))
    }

    func testAReadOnlySessionSaysWhyInSwedish() {
        state = AppState(register: state.register, session: SessionInfo(path: "/tmp/exempel", versions: state.session.versions,
                                                                      readOnlyReason: "redigeras av anna@dator"),
                         language: .sv, asOf: Fixtures.asOf, size: state.size)
        press(.character("2"), .character("e"))
        assertSwedish("a read-only session")
    }

    /// Every English–Swedish pair written in the UI's sources (`t("…", "…")`, `text("…", "…")`,
    /// `BilingualLabel(en: "…", sv: "…")`, `.init(en: "…", sv: "…")`, `L(en: "…", sv: "…")`) has a Swedish text
    /// that differs from the English, unless the words are the same in both languages. The field labels the UI
    /// shows come from the catalogue in RopaModel/Fields, which is read too.
    func testNoLabelPairInTheUILeavesTheEnglishInPlaceOfTheSwedish() throws {
        let sameInBoth: Set<String> = ["", "id", "ID", "Version", "Status", "Info", "info", "E-post", "URL", "Land", "Id", "—", "ropa", "Organisation"]
        let pairs = try NSRegularExpression(pattern:
            #"(?:\bt|\btext|L|BilingualLabel|\.init)\(\s*(?:en:\s*)?"((?:[^"\\]|\\.)*)"\s*,\s*(?:sv:\s*)?"((?:[^"\\]|\\.)*)""#)
        var checked = 0
        var same: [String] = []
        for root in ["/Sources/RopaUI", "/Sources/RopaModel/Fields"].map({ Fixtures.repositoryRoot + $0 }) {
            guard let files = FileManager.default.enumerator(atPath: root) else { return XCTFail("no \(root)") }
            for case let path as String in files where path.hasSuffix(".swift") {
                let text = try String(contentsOfFile: "\(root)/\(path)", encoding: .utf8)
                for match in pairs.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                    guard let en = Range(match.range(at: 1), in: text), let sv = Range(match.range(at: 2), in: text) else { continue }
                    checked += 1
                    let english = String(text[en])
                    if english == text[sv], !sameInBoth.contains(english), !english.hasPrefix("Version ") { same.append("\(path): \"\(english)\"") }
                }
            }
        }
        XCTAssertGreaterThan(checked, 200, "the pattern finds the UI's label pairs")
        XCTAssertEqual(same, [], "pairs whose Swedish is the English")
    }
}
