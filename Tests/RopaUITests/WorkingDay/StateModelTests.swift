import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

/// The state apart from its caches (issue 14, Design): what is kept between keys to be fast never decides
/// what is drawn, so a state with its caches thrown away draws the same screen and reacts to keys alike.
final class StateModelTests: UITestCase {
    private func assertCachesDecideNothing(_ name: String, file: StaticString = #filePath, line: UInt = #line) {
        var fresh = state!
        fresh.caches = ViewCaches()
        XCTAssertEqual(render(fresh, size: fresh.size).text, screen, name, file: file, line: line)
        for key in [Key.down, .character("j"), .end, .enter] {
            var cached = state!
            var uncached = fresh
            XCTAssertEqual(reduce(&cached, .key(key)), reduce(&uncached, .key(key)), "\(name) \(key.name)", file: file, line: line)
            XCTAssertEqual(render(cached, size: cached.size).text, render(uncached, size: uncached.size).text, "\(name) \(key.name)", file: file, line: line)
        }
    }

    func testACachelessStateDrawsAndReactsTheSame() {
        press(.character("2"))
        assertCachesDecideNothing("activities")
        press(.character("o"), .character("/"))
        type("kund")
        assertCachesDecideNothing("filtered, sorted")
        press(.enter, .character("3"))
        assertCachesDecideNothing("processor tree")
        press(.character("2"), .character("e"))
        assertCachesDecideNothing("form")
        press(.escape, .character("1"))
        assertCachesDecideNothing("overview")
    }

    /// A screen's model updates itself: the list's cursor moves with no register in sight.
    func testAListModelMovesItsCursorFromItsKeyTable() {
        var list = ListState()
        XCTAssertEqual(list.update(.character("j"), section: .activities, count: 3, page: 10), .handled)
        XCTAssertEqual(list.cursor, 1)
        XCTAssertEqual(list.update(.character("G"), section: .activities, count: 3, page: 10), .handled)
        XCTAssertEqual(list.cursor, 2)
        XCTAssertEqual(list.update(.character("e"), section: .activities, count: 3, page: 10), .action(.edit))
        XCTAssertEqual(list.update(.character("e"), section: .history, count: 3, page: 10), .ignored, "versions are not edited")
        XCTAssertEqual(list.update(.character("/"), section: .activities, count: 3, page: 10), .handled)
        XCTAssertEqual(list.update(.character("e"), section: .activities, count: 3, page: 10), .handled, "while filtering e is text")
        XCTAssertEqual(list.filterEditor?.text, "e")
    }
}

/// The register being edited is a model of its own, with no screen in it: steps, undo, redo, saved.
final class RegisterEditsTests: XCTestCase {
    func testUndoRedoAndSavedAreTheRegistersOwn() {
        var edits = RegisterEdits(Fixtures.cleanRegister())
        XCTAssertFalse(edits.isDirty)
        var renamed = edits.register
        renamed.activities[0].name = "Kundtjänst"
        edits.commit(renamed)
        XCTAssertTrue(edits.isDirty)
        XCTAssertTrue(edits.undo())
        XCTAssertFalse(edits.isDirty, "undone to the saved register")
        XCTAssertFalse(edits.undo(), "nothing before the first step")
        XCTAssertTrue(edits.redo())
        XCTAssertEqual(edits.register.activities[0].name, "Kundtjänst")
        edits.markSaved()
        XCTAssertFalse(edits.isDirty)
        XCTAssertEqual(edits.base, edits.register)
    }

    /// Steps that change one activity in place and steps that replace the register, in any order: undo
    /// and redo give exactly the registers the steps went through.
    func testUndoAndRedoOfActivityStepsGiveTheRegistersStepByStep() {
        var edits = RegisterEdits(Fixtures.cleanRegister())
        var states = [edits.register]
        for step in 0..<12 {
            if step % 3 == 2 {
                var added = edits.register
                added.activities.append(Activity(id: "tillagd-\(step)", name: "Tillagd \(step)"))
                edits.commit(added)
            } else {
                let index = step % edits.register.activities.count
                var activity = edits.register.activities[index]
                activity.name += " \(step)"
                edits.commit(activity, at: index)
            }
            states.append(edits.register)
        }
        for expected in states.reversed().dropFirst() {
            XCTAssertTrue(edits.undo())
            XCTAssertEqual(edits.register, expected)
        }
        XCTAssertFalse(edits.isDirty)
        XCTAssertFalse(edits.undo())
        for expected in states.dropFirst() {
            XCTAssertTrue(edits.redo())
            XCTAssertEqual(edits.register, expected)
        }
        XCTAssertFalse(edits.redo())
    }
}
