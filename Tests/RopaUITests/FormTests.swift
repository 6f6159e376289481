import RopaModel
import RopaTestSupport
@testable import RopaUI
import XCTest

final class FormTests: UITestCase {
    private func openActivityForm() {
        press(.character("2"), .enter, .character("e"))
    }

    private func moveTo(_ path: String, kind: FormRow.Kind = .field, file: StaticString = #filePath, line: UInt = #line) {
        guard case .form(let form)? = state.stack.last, let target = state.formRows.firstIndex(where: { $0.pathText == path && $0.kind == kind }) else {
            return XCTFail("no row \(path)", file: file, line: line)
        }
        let steps = target - form.cursor
        for _ in 0..<abs(steps) { press(steps > 0 ? .down : .up) }
    }

    func testVocabularyPickerSetsTheLawfulBasis() {
        openActivityForm()
        moveTo("purposes.svara.lawfulBasis")
        press(.enter)
        guard case .picker(let picker)? = state.modal else { return XCTFail("a vocabulary opens a picker") }
        XCTAssertTrue(picker.options.contains { $0.label == "Consent" && $0.detail == "Art 6(1)(a)" })
        type("contract")
        press(.enter)
        XCTAssertEqual(state.register.activities[0].purposes[0].lawfulBasis, .contract)
    }

    func testInvalidDateIsShownAndNeverStored() {
        openActivityForm()
        moveTo("lastReviewed")
        press(.enter, .control("u"))
        type("2026-02-30")
        press(.enter)
        XCTAssertEqual(state.register.activities[0].lastReviewed, "2026-01-15")
        assertScreen(contains: "✗ not a date: write YYYY-MM-DD")
        press(.control("u"))
        type("2026-03-01")
        press(.enter)
        XCTAssertEqual(state.register.activities[0].lastReviewed, "2026-03-01")
        XCTAssertFalse(screen.contains("✗"))
    }

    func testNumberFieldRefusesText() {
        openActivityForm()
        moveTo("retention.arenden.period.amount")
        press(.enter, .control("u"))
        type("nittio")
        press(.enter)
        assertScreen(contains: "✗ not a whole number")
        XCTAssertEqual(state.register.activities[0].retention[0].period?.amount, 90)
    }

    func testTextListsAddRemoveAndReorder() {
        openActivityForm()
        moveTo("dataSubjects", kind: .add)
        press(.enter)
        type("Leverantörer")
        press(.enter)
        XCTAssertEqual(state.register.activities[0].dataSubjects, ["Kunder", "Leverantörer"])
        moveTo("dataSubjects.1", kind: .textItem)
        press(.character("K"))
        XCTAssertEqual(state.register.activities[0].dataSubjects, ["Leverantörer", "Kunder"])
        press(.character("d"))
        XCTAssertEqual(state.register.activities[0].dataSubjects, ["Kunder"])
    }

    func testObjectListsAddAnElementWithItsOwnIdAndRemoveIt() {
        openActivityForm()
        moveTo("purposes", kind: .add)
        press(.enter)
        guard case .form(let form)? = state.stack.last else { return XCTFail() }
        XCTAssertNotNil(form.editor, "a new purpose starts with its description")
        type("Statistik")
        press(.enter)
        XCTAssertEqual(state.register.activities[0].purposes.map(\.description), ["Svara på förfrågningar", "Statistik"])
        XCTAssertEqual(state.register.activities[0].purposes[1].id, "purpose")
        moveTo("purposes.purpose", kind: .item)
        press(.character("d"))
        XCTAssertEqual(state.register.activities[0].purposes.count, 1)
    }

    func testReferencePickerChoosesSeveral() {
        var register = state.register
        register.securityMeasures.append(SecurityMeasure(id: "kryptering", name: "Kryptering"))
        state = AppState(register: register, session: state.session, asOf: Fixtures.asOf, size: state.size)
        openActivityForm()
        moveTo("securityMeasureIds")
        press(.enter)
        guard case .picker(let picker)? = state.modal else { return XCTFail() }
        XCTAssertTrue(picker.multiple)
        XCTAssertEqual(picker.chosen, ["behorighetsstyrning"])
        press(.down, .character(" "), .enter)
        XCTAssertEqual(state.register.activities[0].securityMeasureIds, ["behorighetsstyrning", "kryptering"])
    }

    func testCountryPickerShowsTransferStatus() {
        press(.character("3"), .enter, .character("e"))
        moveTo("country")
        press(.enter)
        guard case .picker(let picker)? = state.modal else { return XCTFail() }
        XCTAssertEqual(picker.options.first { $0.value == "SE" }?.detail, "EU/EEA")
        XCTAssertEqual(picker.options.first { $0.value == "CH" }?.detail, "adequacy decision")
        XCTAssertEqual(picker.options.first { $0.value == "JP" }?.detail, "adequacy (partial)", "the private sector only")
        XCTAssertEqual(picker.options.first { $0.value == "US" }?.detail, "adequacy (partial)")
        XCTAssertEqual(picker.options.first { $0.value == "IN" }?.detail, "third country")
        type("india")
        press(.enter)
        XCTAssertEqual(state.register.processors[0].country, "IN")
        XCTAssertTrue(state.findings.contains { $0.code == .processorOutsideEEAWithoutTransfer })
    }

    func testSettingAFieldInsideAnAbsentGroupCreatesItCautiously() {
        openActivityForm()
        moveTo("dpia.link")
        press(.enter)
        type("https://intranet/dpia/1")
        press(.enter)
        XCTAssertEqual(state.register.activities[0].dpia, DPIA(needed: .unknown, link: "https://intranet/dpia/1"))
    }

    func testEscCancelsAnEditAndUnicodeEditingWorks() {
        openActivityForm()
        press(.enter)
        type("X")
        press(.escape)
        XCTAssertEqual(state.register.activities[0].name, "Kundservice och kontakt")
        press(.enter, .control("u"))
        type("漢字 åäö")
        press(.left, .left, .left, .backspace, .enter)
        XCTAssertEqual(state.register.activities[0].name, "漢字åäö")
        press(.enter, .control("w"), .enter)
        XCTAssertEqual(state.register.activities[0].name, "")
        XCTAssertTrue(state.findings.contains { $0.code == .missingName })
    }

    func testEditorTextGoesIntoTheField() {
        openActivityForm()
        moveTo("description")
        press(.character("E"))
        XCTAssertEqual(effects.last, .openEditor(text: ""))
        _ = reduce(&state, .editorFinished("Lång beskrivning\növer två rader\n"))
        XCTAssertEqual(state.register.activities[0].description, "Lång beskrivning\növer två rader")
    }

    func testEveryKindOfEntityHasAFormWithEveryField() {
        let register = Fixtures.cleanRegister()
        for (kind, id) in [(EntityKind.organisation, "organisation"), (.activity, "kundservice"), (.processor, "arendesystem"),
                           (.transfer, "overforing-usa"), (.jointController, "linkedin"), (.securityMeasure, "behorighetsstyrning")] {
            let rows = FormLayout.rows(for: EntityRef(kind, id), in: register, language: .en)
            guard let json = RegisterEditing.json(of: EntityRef(kind, id), in: register)?.objectValue else { return XCTFail("\(kind)") }
            let topLevel = Set(rows.compactMap { $0.path.first })
            for key in json.keys { XCTAssertTrue(topLevel.contains(key), "\(kind) form lacks \(key)") }
        }
    }
}
