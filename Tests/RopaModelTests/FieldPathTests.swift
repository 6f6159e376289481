import RopaModel
import RopaTestSupport
import XCTest

/// One field path for findings, forms and `ropa set`: both spellings read the same, malformed ones are told apart.
final class FieldPathTests: XCTestCase {
    func testBothSpellingsNameTheSameField() {
        XCTAssertEqual(FieldPath("purposes[svara].lawfulBasis"), FieldPath("purposes.svara.lawfulBasis"))
        XCTAssertEqual(FieldPath("purposes[svara].lawfulBasis").components, ["purposes", "svara", "lawfulBasis"])
        XCTAssertEqual(FieldPath("agreement.clauses.duration").dotted, "agreement.clauses.duration")
        XCTAssertNotEqual(FieldPath("purposes[svara].lawfulBasis"), FieldPath("purposes[annat].lawfulBasis"))
    }

    func testMalformedPathsAreNotWellFormed() {
        XCTAssertTrue(FieldPath("dpia.notNeededReason").isWellFormed)
        for text in ["", "purposes..lawfulBasis", ".name", "name."] {
            XCTAssertFalse(FieldPath(text).isWellFormed, text)
        }
    }

    func testAFindingNamesItsFieldAsAPath() throws {
        var register = Fixtures.cleanRegister()
        register.activities[0].purposes[0].lawfulBasis = nil
        let finding = try XCTUnwrap(Validator(register: register, asOf: Fixtures.asOf).findings().first { $0.code == .missingLawfulBasis })
        XCTAssertEqual(finding.path.components, ["purposes", "svara", "lawfulBasis"])
    }
}
