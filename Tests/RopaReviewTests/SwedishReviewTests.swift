import RopaExport
import RopaModel
import RopaTestSupport
import XCTest

/// The review speaks Swedish: every reason of every rule, the due dates, the text and the Markdown report.
final class SwedishReviewTests: ReviewTestCase {
    /// English words that no Swedish reason uses; field paths such as `agreement.signedDate` have no spaces.
    static let englishWords = [" the ", " is ", " has ", " and ", " or ", " no ", " to ", " not ", " yet ", "sign ", "record "]

    func testEveryReasonOfEveryRuleIsInSwedish() {
        var codes = Set<ReviewReason.Code>()
        for crafted in ReviewRuleTests.cases {
            for item in queue(clean(crafted.mutate)) {
                for reason in item.reasons {
                    codes.insert(reason.code)
                    for (english, swedish) in [(reason.message, reason.message(.sv)), (reason.action, reason.action(.sv))] {
                        XCTAssertFalse(swedish.isEmpty, "\(reason.code)")
                        XCTAssertNotEqual(swedish, english, "\(reason.code) is not translated")
                        for word in Self.englishWords {
                            XCTAssertFalse(" \(swedish) ".contains(word), "\(reason.code): \"\(word)\" in \(swedish)")
                        }
                    }
                    XCTAssertEqual(reason.message(.en), reason.message)
                    XCTAssertEqual(reason.action(.en), reason.action)
                }
            }
        }
        XCTAssertEqual(codes, Set(ReviewReason.Code.allCases), "every rule was tried")
    }

    func testDueDatesAndTheMarkedMessage() throws {
        let soon = queue(clean { $0.processors[0].agreement.reviewDue = "2026-06-18" }).first
        XCTAssertEqual(soon?.reviewDueText, "2026-06-18 (in 17 days)")
        XCTAssertEqual(soon?.reviewDueText(.sv), "2026-06-18 (om 17 dagar)")
        let late = queue(clean { $0.processors[0].agreement.reviewDue = "2026-05-31" }).first
        XCTAssertEqual(late?.reviewDueText(.sv), "2026-05-31 (för 1 dag sedan)")
        XCTAssertTrue(late?.reasons.first?.message(.sv).hasPrefix("granskningen skulle ha gjorts senast 2026-05-31") == true)
        let marked = try MarkReviewed(register: clean(), processorID: "arendesystem", asOf: Fixtures.asOf)
        XCTAssertEqual(marked.message, "Reviewed agreement with Ärendesystem AB")
        XCTAssertEqual(marked.message(.sv), "Granskade avtalet med Ärendesystem AB")
        XCTAssertEqual(MarkReviewed.Failure.unknownProcessor("x").description(.sv), "inget personuppgiftsbiträde med id 'x' i registret")
    }

    func testTheMarkdownReportInSwedishKeepsItsTables() {
        let register = clean { $0.processors[0].agreement.clauses["c"] = ClauseCheck(status: .partial, note: "anteckning", location: "§ 3") }
        let report = ReviewMarkdownReport.render(queue(register), register: register, asOf: Fixtures.asOf, language: .sv)
        XCTAssertTrue(report.hasPrefix("# Granskning av personuppgiftsbiträdesavtal: Exempel AB\n"), report)
        for text in ["## Sammanfattning", "## Granskningskö", "| brådska | biträden |", "| Totalt | 1 |", "- Avtal: undertecknat",
                     "| artikel | vad som brister | åtgärd |", "klausul (c) är bara delvis uppfylld", "(i § 3; anteckning: anteckning)"] {
            XCTAssertTrue(report.contains(text), "\(text) missing from:\n\(report)")
        }
        for word in ["Summary", "Queue", "| Total |", "Agreement", "what to do", "signed"] {
            XCTAssertFalse(report.contains(word), "\(word) in:\n\(report)")
        }
        let english = ReviewMarkdownReport.render(queue(register), register: register, asOf: Fixtures.asOf)
        XCTAssertEqual(english, ReviewMarkdownReport.render(queue(register), register: register, asOf: Fixtures.asOf, language: .en))
        XCTAssertTrue(english.contains("| article | what is wrong | what to do |"))
    }
}
