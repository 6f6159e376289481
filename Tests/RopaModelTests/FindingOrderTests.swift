@testable import RopaModel
import RopaTestSupport
import XCTest

/// Findings are listed by severity, kind and entity id, the rest in the order they were found. The sort
/// ranks ids once and compares whole numbers: the same order as comparing the findings themselves.
final class FindingOrderTests: XCTestCase {
    private func bySortingFindings(_ found: [Finding]) -> [Finding] {
        found.indices.sorted { left, right in
            Validator.order(found[left], found[right]) ?? (left < right)
        }.map { found[$0] }
    }

    func testRankingIdsGivesTheOrderOfComparingFindings() {
        var random = SeededGenerator(seed: 30)
        // Ids that share prefixes, differ in case and length, are not ASCII, or are canonically equivalent.
        let ids = ["a", "a-1", "a-10", "a-2", "B", "b", "ab", "å", "a\u{30A}", "z", "", "lön", "lo\u{308}n", "0", "kund-9"]
        var found: [Finding] = []
        for number in 0..<2_000 {
            let severity = Severity.allCases[Int.random(in: 0..<Severity.allCases.count, using: &random)]
            let kind = EntityKind.allCases[Int.random(in: 0..<EntityKind.allCases.count, using: &random)]
            let id = ids[Int.random(in: 0..<ids.count, using: &random)]
            found.append(Finding(severity, .missingOwner, kind: kind, id: id, name: "n", field: "f\(number)",
                                 message: BilingualText(en: "m", sv: "m")))
        }
        XCTAssertEqual(Validator.sortedStably(found), bySortingFindings(found))
        XCTAssertEqual(Validator.sortedStably([]), [])
    }
}
