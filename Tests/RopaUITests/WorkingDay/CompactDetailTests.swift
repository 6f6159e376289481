import RopaModel
import RopaStore
import RopaTestSupport
@testable import RopaUI
import XCTest

/// Issue 14, item 6: the full detail of an activity (Enter on it) is compact, so that at 120×40 a typical
/// activity shows its purposes (one line each, with the basis), subjects, data, recipients, processors,
/// transfers, retention and security measures on the first screen.
final class CompactDetailTests: XCTestCase {
    override func setUp() {
        super.setUp()
        setlocale(LC_ALL, "C.UTF-8")
    }

    /// The full detail of an activity of a seed register at 120×40.
    private func detail(_ seed: String, _ id: String, _ language: Language) throws -> AppState {
        let register = try RegisterStore(folder: "\(Fixtures.repositoryRoot)/Data/\(seed)").load()
        var state = AppState(register: register, session: SessionInfo(path: "/tmp/\(seed)", versions: []), language: language,
                             asOf: Fixtures.asOf, size: Size(columns: 120, rows: 40))
        state.openDetail(EntityRef(.activity, id))
        return state
    }

    private func rows(_ state: AppState) -> [String] {
        render(state, size: state.size).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private func detailRows(_ seed: String, _ id: String, _ language: Language) throws -> [String] {
        rows(try detail(seed, id, language))
    }

    /// The row a line starts on (the label column), if it is on the screen.
    private func row(_ label: String, _ rows: [String]) -> Int? {
        rows.firstIndex { $0.hasPrefix(" " + label + " ") }
    }

    func testKundserviceShowsItsSecurityMeasuresOnTheFirstScreen() throws {
        for (language, security, retention) in [(Language.en, "Security measures", "Retention"), (.sv, "Säkerhetsåtgärder", "Lagringstid")] {
            let rows = try detailRows("ist-group", "kundservice-och-kontakt", language)
            let text = rows.joined(separator: "\n")
            XCTAssertEqual(rows.count, 40)
            let securityRow = try XCTUnwrap(row(security, rows), "security measures below the fold:\n\(text)")
            // The one measure is read on the heading's line.
            XCTAssertTrue(rows[securityRow].hasSuffix("Organisatoriska och tekniska åtgärder vid överföring"), text)
            XCTAssertLessThan(try XCTUnwrap(row(retention, rows)), securityRow)
            // Each purpose is one line with its basis; its legitimate interest is read after the security measures.
            let basis = language == .sv ? "Berättigat intresse" : "Legitimate interests"
            for purpose in ["Kunna svara på din förfrågan", "Tillhandahålla god kundservice", "Undersöka eventuella klagomål"] {
                let line = try XCTUnwrap(rows.firstIndex { $0.contains(purpose) }, text)
                XCTAssertTrue(rows[line].hasSuffix("\(purpose) — \(basis)"), text)
                XCTAssertLessThan(line, securityRow)
            }
            // Its legitimate interest is folded to one row under it.
            for line in rows.indices where rows[line].hasSuffix(" — \(basis)") {
                XCTAssertTrue(rows[line + 1].contains(" Vårt berättigade intresse att använda") && rows[line + 1].hasSuffix("…"), text)
            }
            // The retention period is one line.
            let period = language == .sv ? "Tidsperiod                 90 dagar · räknat från avslutad förfrågan"
                                         : "Period                   90 days · from avslutad förfrågan"
            XCTAssertTrue(rows.contains { $0.hasSuffix(period) }, text)
        }
    }

    /// An activity of another seed with two purposes and three security measures.
    func testAnIzonenActivityWithTwoPurposesShowsItsSecurityMeasuresOnTheFirstScreen() throws {
        for (language, security) in [(Language.en, "Security measures"), (.sv, "Säkerhetsåtgärder")] {
            let rows = try detailRows("izonen", "anvandare-av-vara-externa-hemsidor", language)
            let text = rows.joined(separator: "\n")
            let securityRow = try XCTUnwrap(row(security, rows), "security measures below the fold:\n\(text)")
            // The heading and its three measures, above the status bar's two rows.
            XCTAssertLessThanOrEqual(securityRow + 3, 38, text)
            XCTAssertTrue(rows[securityRow + 3].contains("→"), text)
        }
    }

    /// Enter still follows a link and `e` opens the field under the cursor; a folded line is whole under the cursor.
    func testTheCompactDetailKeepsItsKeys() throws {
        var state = try detail("ist-group", "kundservice-och-kontakt", .en)
        func press(_ key: Key) { _ = reduce(&state, .key(key)) }
        func cursorLine() -> DetailLine? {
            guard case .detail(let detail)? = state.stack.last else { return nil }
            return DetailLines.lines(for: detail.ref, state)[detail.cursor]
        }
        for _ in 0..<60 where cursorLine()?.label != "Legitimate interest" { press(.down) }
        XCTAssertEqual(cursorLine()?.label, "Legitimate interest")
        let text = rows(state).joined(separator: "\n")
        XCTAssertTrue(text.contains("kundservicefrågor på ett effektivt och kundvänligt sätt"), "whole under the cursor:\n\(text)")
        // `e` edits the field under the cursor; Escape goes back to the detail.
        func editedPath() -> [String]? {
            press(.character("e"))
            defer { press(.escape) }
            guard case .form(let form)? = state.stack.last else { return nil }
            return state.formRows(for: form.ref)[form.cursor].path
        }
        XCTAssertEqual(editedPath(), ["purposes", "svara-pa-forfragan", "legitimateInterest"])
        for _ in 0..<60 where cursorLine()?.label != "Period" { press(.down) }
        XCTAssertEqual(cursorLine()?.label, "Period")
        XCTAssertEqual(editedPath(), ["retention", "90-dagar-efter-avslutad-forfragan", "period"])
        for _ in 0..<60 where cursorLine()?.label != "Security measures" { press(.down) }
        XCTAssertEqual(cursorLine()?.label, "Security measures")
        press(.enter)
        guard case .detail(let followed)? = state.stack.last else { return XCTFail("no detail") }
        XCTAssertEqual(followed.ref, EntityRef(.securityMeasure, "organisatoriska-och-tekniska-atgarder-vid-overforing"))
    }

    /// The name is the title; a name the title cannot show whole keeps its own (wrapped) line.
    func testANameTooLongForTheTitleKeepsItsLine() throws {
        let long = "Kundservice och kontakt " + String(repeating: "med en mycket lång beskrivning ", count: 4) + "slutet"
        for (name, hasLine) in [("Kundservice och kontakt", false), (long, true)] {
            var register = Fixtures.cleanRegister()
            register.activities[0].name = name
            var state = AppState(register: register, session: SessionInfo(path: "/tmp/x", versions: []), asOf: Fixtures.asOf,
                                 size: Size(columns: 120, rows: 40))
            state.openDetail(EntityRef(.activity, register.activities[0].id))
            let shown = rows(state)
            let text = shown.joined(separator: "\n")
            XCTAssertEqual(shown.contains { $0.hasPrefix(" Name ") }, hasLine, text)
            XCTAssertEqual(text.contains("slutet"), hasLine, text)
        }
    }
}
