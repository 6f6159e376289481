import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

final class StructuralDiffTests: XCTestCase {
    private func diff(_ change: (inout Register) -> Void) throws -> [String] {
        let before = Fixtures.cleanRegister()
        var after = before
        change(&after)
        return StructuralDiff.changes(from: try RegisterCodec.encode(before), to: try RegisterCodec.encode(after)).map { $0.describe() }
    }

    func testFieldChangeNamesEntityFieldAndValues() throws {
        XCTAssertEqual(try diff { $0.activities[0].retention[0].text = "60 dagar" },
                       ["~ Activity 'Kundservice och kontakt' · retention[arenden].text: '90 dagar efter avslutat ärende' → '60 dagar'"])
    }

    func testAddedAndRemovedEntities() throws {
        let lines = try diff { register in
            register.securityMeasures.append(SecurityMeasure(id: "kryptering", name: "Kryptering"))
            register.jointControllers = []
        }
        XCTAssertEqual(lines, ["- Joint controller 'LinkedIn' removed", "+ Security measure 'Kryptering' added"])
    }

    func testListsOfObjectsAreMatchedByIdNotPosition() throws {
        let lines = try diff { register in
            register.activities[0].dataCategories.insert(DataCategory(id: "telefon", name: "Telefonnummer"), at: 0)
        }
        XCTAssertEqual(lines, ["~ Activity 'Kundservice och kontakt' · dataCategories[telefon]: + 'Telefonnummer'"])
    }

    func testReorderIsReportedAsSuch() throws {
        let lines = try diff { $0.activities[0].dataCategories.reverse() }
        XCTAssertEqual(lines, ["~ Activity 'Kundservice och kontakt' · dataCategories: reordered"])
    }

    func testListsOfValuesAreComparedAsSets() throws {
        let lines = try diff { register in
            register.activities[0].dataSubjects = ["Leverantörer", "Kunder"]
        }
        XCTAssertEqual(lines, ["~ Activity 'Kundservice och kontakt' · dataSubjects: + 'Leverantörer'"])
    }

    func testHostileValuesAreShownHarmlessly() throws {
        let lines = try diff { $0.activities[0].owner = "\u{1B}]0;evil\u{07}" }
        XCTAssertEqual(lines.count, 1)
        XCTAssertFalse(lines[0].unicodeScalars.contains { $0.value < 0x20 })
    }
}
