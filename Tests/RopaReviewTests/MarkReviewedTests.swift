import RopaModel
import RopaTestSupport
import XCTest

/// Marking an agreement reviewed, as a pure change of the register.
final class MarkReviewedTests: ReviewTestCase {
    func testSetsLastReviewedAndNextReviewOneIntervalLater() throws {
        let before = clean { $0.processors[0].agreement.reviewDue = "2026-05-01" }
        XCTAssertEqual(queue(before).first?.urgency, .overdue)
        let review = try MarkReviewed(register: before, processorID: "arendesystem", asOf: Fixtures.asOf)
        XCTAssertEqual(review.message, "Reviewed agreement with Ärendesystem AB")
        XCTAssertEqual(review.lastReviewed, Fixtures.asOf)
        XCTAssertEqual(review.reviewDue, CalendarDate("2027-06-01"))
        let agreement = try XCTUnwrap(review.register.processor("arendesystem")?.agreement)
        XCTAssertEqual(agreement.lastReviewed, "2026-06-01")
        XCTAssertEqual(agreement.reviewDue, "2027-06-01")
        // Nothing else changes.
        var expected = before
        expected.processors[0].agreement.lastReviewed = "2026-06-01"
        expected.processors[0].agreement.reviewDue = "2027-06-01"
        XCTAssertEqual(review.register, expected)
        XCTAssertEqual(queue(review.register), [])
    }

    func testUsesTheRegistersIntervalAndClampsTheDay() throws {
        let register = clean { $0.settings.reviewIntervalMonths = 6 }
        let review = try MarkReviewed(register: register, processorID: "arendesystem", asOf: CalendarDate(year: 2026, month: 8, day: 31))
        XCTAssertEqual(review.register.processor("arendesystem")?.agreement.reviewDue, "2027-02-28")
        let leap = try MarkReviewed(register: clean(), processorID: "molnleverantor", asOf: CalendarDate(year: 2028, month: 2, day: 29))
        XCTAssertEqual(leap.reviewDue, CalendarDate("2029-02-28"))
        XCTAssertEqual(leap.message, "Reviewed agreement with Moln Inc.")
    }

    func testRefusesAnUnknownProcessorOrABadInterval() {
        XCTAssertThrowsError(try MarkReviewed(register: clean(), processorID: "nope", asOf: Fixtures.asOf)) { error in
            XCTAssertEqual(error as? MarkReviewed.Failure, .unknownProcessor("nope"))
        }
        XCTAssertThrowsError(try MarkReviewed(register: clean { $0.settings.reviewIntervalMonths = 0 }, processorID: "arendesystem",
                                              asOf: Fixtures.asOf)) { error in
            XCTAssertEqual(error as? MarkReviewed.Failure, .invalidInterval(0))
            XCTAssertTrue("\(error)".contains("reviewIntervalMonths"))
        }
    }
}
