import RopaModel
import RopaTestSupport
import XCTest

/// Finding codes are a typed enum whose raw values are the stable names users and scripts match on.
final class FindingCodeTests: XCTestCase {
    func testRawValuesAreUniqueKebabCase() {
        let raw = FindingCode.allCases.map(\.rawValue)
        XCTAssertEqual(Set(raw).count, raw.count)
        for name in raw {
            XCTAssertNotNil(name.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression), name)
        }
    }

    func testCodesReadBackFromTheirNames() {
        XCTAssertEqual(FindingCode(rawValue: "transfer-without-safeguard"), .transferWithoutSafeguard)
        XCTAssertEqual(FindingCode.missingOwner.description, "missing-owner")
        XCTAssertNil(FindingCode(rawValue: "no-such-rule"))
    }
}
