import RopaModel
@testable import RopaUI
import XCTest

/// Issue 14, item 15: the Swedish UI reads right, citations included: "art. 6.1 c", not "Art 6(1)(c)".
final class SwedishCitationTests: UITestCase {
    func testTheSwedishLawfulBasisPickerCitesArticlesTheSwedishWay() {
        state.language = .sv
        press(.character("2"), .enter, .character("e"))
        moveToRow("purposes.svara.lawfulBasis")
        press(.enter)
        assertScreen(contains: "art. 6.1 c")
        XCTAssertFalse(screen.contains("Art 6(1)"), screen)
    }

    func testTheEnglishPickerKeepsTheEnglishCitation() {
        press(.character("2"), .enter, .character("e"))
        moveToRow("purposes.svara.lawfulBasis")
        press(.enter)
        assertScreen(contains: "Art 6(1)(c)")
    }

    func testASwedishFindingsPaneCitesTheArticleTheSwedishWay() throws {
        state.language = .sv
        state.size = Size(columns: 140, rows: 40)
        var register = state.register
        register.activities[0].purposes[0].lawfulBasis = nil
        state.replaceRegister(register)
        press(.character("8"))
        let row = try XCTUnwrap(screen.split(separator: "\n").first { $0.contains("Artikel: ") }, screen)
        XCTAssertTrue(row.contains("Artikel: art. 6.1"), String(row))
    }

    /// The Findings list with nothing open does not offer `a` to add one (it adds nothing there).
    func testAnEmptyFindingsListSaysNoFindingsRatherThanOfferingToAdd() {
        press(.character("8"))
        XCTAssertTrue(state.findings.isEmpty, "the clean register has no findings")
        assertScreen(contains: "No open findings on this day")
        XCTAssertFalse(screen.contains("a adds one"), screen)
    }
}
