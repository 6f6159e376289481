import RopaModel
@testable import RopaUI
import XCTest

/// Issue 14, item 12: sequences curses does not know (Home under TERM=xterm-256color inside tmux arrives
/// as Esc [ 1 ~) are read as their key or dropped, never replayed as Esc, `[`, `1`, `~`.
final class EscapeSequenceTests: UITestCase {
    func testHomeAndEndInEveryFormTmuxAndXtermSend() {
        for sequence in ["[1~", "[7~", "[H", "OH", "[1;2H"] { XCTAssertEqual(EscapeSequence.key(Array(sequence)), .home, sequence) }
        for sequence in ["[4~", "[8~", "[F", "OF"] { XCTAssertEqual(EscapeSequence.key(Array(sequence)), .end, sequence) }
        XCTAssertEqual(EscapeSequence.key(Array("[3~")), .delete)
        XCTAssertEqual(EscapeSequence.key(Array("[5~")), .pageUp)
        XCTAssertEqual(EscapeSequence.key(Array("[1;5A")), .up)
        XCTAssertEqual(EscapeSequence.key([]), .escape, "Esc alone is Esc")
    }

    func testArrowsReadTheSameAfterEscBracketAndEscO() {
        let arrows: [(String, Key)] = [("A", .up), ("B", .down), ("C", .right), ("D", .left)]
        for (final, key) in arrows {
            XCTAssertEqual(EscapeSequence.key(Array("[" + final)), key, "Esc [ \(final)")
            XCTAssertEqual(EscapeSequence.key(Array("O" + final)), key, "Esc O \(final) (application cursor mode)")
        }
        XCTAssertEqual(EscapeSequence.key(Array("[Z")), .backTab)
        XCTAssertEqual(EscapeSequence.key(Array("OM")), .enter, "keypad Enter")
        XCTAssertNil(EscapeSequence.key(Array("OZ")), "Shift-Tab is only Esc [ Z")
        XCTAssertNil(EscapeSequence.key(Array("[M")), "Enter is only Esc O M")
        XCTAssertNil(EscapeSequence.key(Array("OAB")))
    }

    func testUnknownSequencesAndAltKeysAreDropped() {
        XCTAssertNil(EscapeSequence.key(Array("[200~")), "bracketed paste start")
        XCTAssertNil(EscapeSequence.key(Array("[2~")), "Insert")
        XCTAssertNil(EscapeSequence.key(Array("[15~")), "F5")
        XCTAssertEqual(EscapeSequence.decode(Array("[200~")), .dropped)
        XCTAssertEqual(EscapeSequence.decode(Array("[1~")), .key(.home))
    }

    func testEscTypedJustBeforeAKeyIsEscThenThatKey() {
        XCTAssertEqual(EscapeSequence.decode(Array("s")), .escapeThen(["s"]))
        XCTAssertEqual(EscapeSequence.decode(["\u{1B}"]), .escapeThen(["\u{1B}"]))
        XCTAssertEqual(EscapeSequence.decode(Array("O")), .escapeThen(["O"]), "Esc then O (reverse sort), nothing after it")
        XCTAssertEqual(EscapeSequence.decode([]), .escapeThen([]))
    }

    func testASequenceIsCompleteAtItsFinalByte() {
        XCTAssertFalse(EscapeSequence.isComplete([]))
        XCTAssertFalse(EscapeSequence.isComplete(Array("[")))
        XCTAssertFalse(EscapeSequence.isComplete(Array("[1")))
        XCTAssertFalse(EscapeSequence.isComplete(Array("[1;5")))
        XCTAssertTrue(EscapeSequence.isComplete(Array("[1~")))
        XCTAssertTrue(EscapeSequence.isComplete(Array("[A")))
        XCTAssertFalse(EscapeSequence.isComplete(Array("O")))
        XCTAssertTrue(EscapeSequence.isComplete(Array("OH")))
        XCTAssertTrue(EscapeSequence.isComplete(Array("x")))
    }

    func testHomeReadAsOneKeyKeepsTheListAndGoesToTheFirstRow() {
        press(.character("3"), .down)
        XCTAssertEqual(state.list.cursor, 1)
        // What the backend hands over for Esc [ 1 ~ now: one key, not four.
        if let key = EscapeSequence.key(Array("[1~")) { press(key) }
        XCTAssertEqual(state.section, .processors)
        XCTAssertEqual(state.list.cursor, 0)
        assertScreen(contains: "1/2")
    }
}
