import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// Issue 14, item 9: sub-processors stay under their parent in every sort, and new rows sort in at once.
final class TreeSortTests: UITestCase {
    override func setUp() {
        super.setUp()
        var register = state.register
        register.processors += [
            Processor(id: "beta", name: "Beta Hosting", country: "US"),
            Processor(id: "gamma", name: "Gamma Backup", country: "AT", parentProcessorId: "beta"),
            Processor(id: "alfa", name: "Alfa Mail", country: "DE"),
        ]
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("3"))
    }

    private func assertEverySubprocessorUnderItsParent(_ context: String, file: StaticString = #filePath, line: UInt = #line) {
        assertSubprocessorsFollowTheirParents(context, file: file, line: line)
        XCTAssertEqual(shown.count, state.register.processors.count, context, file: file, line: line)
    }

    func testSortingByAnyColumnKeepsSubprocessorsUnderTheirParent() {
        XCTAssertEqual(shown.map(\.id), ["alfa", "arendesystem", "molnleverantor", "beta", "gamma"], "by name")
        assertEverySubprocessorUnderItsParent("by name")
        press(.character("o"), .character("o"))
        XCTAssertTrue(screen.contains("Country ▲"), screen)
        XCTAssertEqual(shown.map(\.id), ["alfa", "arendesystem", "molnleverantor", "beta", "gamma"], "by country: DE, SE, US")
        assertEverySubprocessorUnderItsParent("by country")
        press(.character("O"))
        XCTAssertEqual(shown.map(\.id), ["beta", "gamma", "arendesystem", "molnleverantor", "alfa"], "by country, reversed")
        assertEverySubprocessorUnderItsParent("by country reversed")
        for _ in 0..<3 {
            press(.character("o"))
            assertEverySubprocessorUnderItsParent("by column \(state.list.sortColumn)")
        }
    }

    func testANewProcessorSortsInAtOnce() {
        press(.character("a"))
        type("Aaa Drift")
        press(.enter, .escape)
        XCTAssertEqual(shown.first?.id, "aaa-drift")
        let lines = screen.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[2].contains("Aaa Drift"), lines[2])
    }

    func testAFilterKeepsTheTreeOrder() {
        type("/a")
        press(.enter)
        let ids = shown.map(\.id)
        XCTAssertEqual(ids, ids.filter { ["alfa", "arendesystem", "molnleverantor", "beta", "gamma"].contains($0) })
        XCTAssertEqual(ids.firstIndex(of: "gamma").map { $0 > (ids.firstIndex(of: "beta") ?? .max) }, true)
    }
}

/// Issue 14, item 9, in Review: a sub-processor's row stands under the processor that engaged it (it stood
/// under whichever processor its name sorted after), in the queue's order (most urgent first) until the
/// list is sorted by hand, and in every sort after.
final class ReviewTreeTests: UITestCase {
    override func setUp() {
        super.setUp()
        var register = state.register
        // "Aardvark" sorts before its parent "Zeta": sorted as a flat list it left its parent.
        register.processors += [
            // Overdue: more urgent than "Mid Mail", whose agreement is not known, though it sorts after it.
            Processor(id: "zeta", name: "Zeta Hosting", country: "US",
                      agreement: ProcessorAgreement(status: .signed, signedDate: "2024-01-10", reviewDue: "2026-03-01")),
            Processor(id: "aardvark", name: "Aardvark Backup", country: "US", parentProcessorId: "zeta"),
            Processor(id: "mid", name: "Mid Mail", country: "DE"),
        ]
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("7"))
    }

    private func assertEverySubprocessorUnderItsParent(_ context: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(shown.contains { $0.id == "aardvark" && $0.depth == 1 }, "\(context): \(shown)", file: file, line: line)
        assertSubprocessorsFollowTheirParents(context, file: file, line: line)
    }

    func testSubprocessorsStayUnderTheProcessorThatEngagedThem() {
        assertEverySubprocessorUnderItsParent("the queue")
        for _ in 0..<5 {
            press(.character("o"))
            assertEverySubprocessorUnderItsParent("by column \(state.list.sortColumn)")
            press(.character("O"))
            assertEverySubprocessorUnderItsParent("by column \(state.list.sortColumn), reversed")
        }
    }

    func testTheQueueIsMostUrgentFirstUntilSortedByHand() {
        let queue = AgreementReview(register: state.register, asOf: Fixtures.asOf).queue()
        let queued = Set(queue.map(\.processorID))
        let heads = queue.filter { item in item.parentID.map { !queued.contains($0) } ?? true }.map(\.processorID)
        XCTAssertEqual(shown.filter { $0.depth == 0 }.map(\.id), heads)
        XCTAssertLessThan(heads.firstIndex(of: "zeta") ?? .max, heads.firstIndex(of: "mid") ?? .min, "\(heads)")
    }
}

/// Back from a form, the list's cursor is on the entity just edited or added, wherever it sorted to.
final class CursorFollowsTheEditedRowTests: UITestCase {
    func testANewActivityIsSelectedWhereItSortsIn() {
        press(.character("2"), .character("a"))
        type("Ödeläggning")
        press(.enter, .escape)
        XCTAssertEqual(state.selectedEntity?.id, "odelaggning", screen)
        press(.character("a"))
        type("Arkiv")
        press(.enter, .escape)
        XCTAssertEqual(state.selectedEntity?.id, "arkiv", screen)
    }
}

/// A list in an order of its own (History newest first, Review most urgent first) marks no column as
/// sorted: History read "# ▲" above 6, 5, 4. Sorted by hand, the column is marked.
final class OwnOrderHeaderTests: UITestCase {
    private var header: String { screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[1] }

    func testHistoryAndReviewMarkNoColumnUntilSortedByHand() {
        for section in ["9", "7"] {
            setUp()
            var register = state.register
            register.processors.append(Processor(id: "utan-avtal", name: "Utan Avtal AB", country: "SE"))
            state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
            press(.character(Character(section)))
            XCTAssertFalse(header.contains("▲") || header.contains("▼"), header)
            press(.character("o"))
            XCTAssertTrue(header.contains("▲"), header)
        }
    }
}

/// Review's "Review due" shows the date recorded on an agreement that is not signed (it read "—" beside
/// "overdue").
final class ReviewDueColumnTests: UITestCase {
    func testAnUnsignedAgreementsRecordedReviewDateIsShown() {
        var register = state.register
        register.processors.append(Processor(id: "okand", name: "Okänd AB", country: "SE",
                                             agreement: ProcessorAgreement(status: .unknown, reviewDue: "2026-01-01")))
        register.activities[0].processorIds.append("okand")
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        press(.character("7"))
        let row = screen.split(separator: "\n").map(String.init).first { $0.contains("Okänd AB") } ?? ""
        XCTAssertTrue(row.contains("2026-01-01"), row)
    }
}

extension UITestCase {
    /// The entity rows of the current list, with their depth in the processor tree.
    var shown: [(id: String, depth: Int)] {
        let rows = state.currentVisibleRows()
        return rows.indices.compactMap { index in
            guard case .entity(let ref) = rows[index].target else { return nil }
            return (ref.id, rows[index].depth)
        }
    }

    /// Every sub-processor's row follows its parent's subtree head: the nearest shallower row above it.
    func assertSubprocessorsFollowTheirParents(_ context: String, file: StaticString = #filePath, line: UInt = #line) {
        let rows = shown
        for (index, row) in rows.enumerated() where row.depth > 0 {
            let parent = rows[..<index].last { $0.depth < row.depth }
            XCTAssertEqual(parent?.id, state.register.processor(row.id)?.parentProcessorId, "\(context): \(row.id) in \(rows)", file: file, line: line)
        }
    }
}
