import RopaModel
import RopaTestSupport
import XCTest

/// Exports validate on another core while they write the document: the findings they wait for are those
/// of validating there and then.
final class PendingFindingsTests: XCTestCase {
    func testTheFindingsWaitedForAreThoseOfValidating() {
        var register = Fixtures.cleanRegister()
        register.activities[0].purposes = []
        register.processors[0].agreement.status = .missing
        let expected = Validator(register: register, asOf: Fixtures.asOf).findings()
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(PendingFindings(register, asOf: Fixtures.asOf).wait(), expected)
        XCTAssertEqual(PendingFindings(Fixtures.cleanRegister(), asOf: Fixtures.asOf).wait(), [])
    }
}
