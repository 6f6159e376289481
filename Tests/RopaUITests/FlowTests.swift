import RopaModel
@testable import RopaUI
import XCTest

final class FlowTests: UITestCase {
    /// The flow: 2, /kundserv, Enter, Enter, e, Enter, Ctrl-U, type, Enter, Esc, s, message, Enter.
    func testRenameAnActivityAndSave() {
        press(.character("2"))
        XCTAssertEqual(state.section, .activities)
        type("/kundserv")
        assertScreen(contains: "Kundservice och kontakt")
        press(.enter)
        XCTAssertEqual(state.list.filter, "kundserv")
        press(.enter)
        assertScreen(contains: "Activity: Kundservice och kontakt")
        press(.character("e"))
        assertScreen(contains: "Edit activity: Kundservice och kontakt")
        press(.enter)
        guard case .form(let form)? = state.stack.last else { return XCTFail("no form") }
        XCTAssertNotNil(form.editor, "Enter must start editing the name field")
        press(.control("u"))
        type("Kundtjänst åäö")
        press(.enter)
        XCTAssertEqual(state.register.activity("kundservice")?.name, "Kundtjänst åäö")
        XCTAssertTrue(state.isDirty)
        assertScreen(contains: "[+]")
        press(.escape)
        press(.character("s"))
        type("Byt namn")
        press(.enter)
        XCTAssertEqual(effects, [.save(message: "Byt namn")])
    }
}
