import Foundation
import RopaJSON
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// An edit of one entity read alone from its file (`ropa review --mark-reviewed`) records exactly the version,
/// and leaves exactly the files, that editing the whole register does.
final class TouchedEntityEditTests: SavedRegisterTestCase {
    private let time = Date(timeIntervalSince1970: 1_900_000_000)
    private let day = CalendarDate(year: 2027, month: 3, day: 31)

    private func markTouched(_ folder: String, _ id: String) throws -> TouchedEntityEdit {
        try RegisterStore(folder: folder).editEntityTouched(Processor.self, id: id, author: "A", time: time) { settings, processor in
            _ = try MarkReviewed.mark(&processor, asOf: day, intervalMonths: settings.reviewIntervalMonths)
            return MarkReviewed.message(processorName: processor.name, .en)
        }
    }

    func testMarkingReviewedAloneRecordsWhatTheFullEditRecords() throws {
        let folder = try saved()
        let full = try twin(folder)
        guard case .saved(let touched) = try markTouched(folder, "arendesystem") else { return XCTFail("not saved alone") }
        XCTAssertEqual(Array(touched.version.record.changes.keys), ["processors/arendesystem.json"])
        let expected = try XCTUnwrap(try RegisterStore(folder: full).edit(author: "A", time: time) { edit in
            let review = try MarkReviewed(register: edit.register, processorID: "arendesystem", asOf: day)
            edit.register = review.register
            edit.message = review.message(.en)
        })
        XCTAssertEqual(touched.version.hash, expected.version.hash)
        XCTAssertEqual(contents(folder), contents(full))
        XCTAssertEqual(try RegisterStore(folder: folder).load().processors.first { $0.id == "arendesystem" }?.agreement.reviewDue, "2028-03-31")
        XCTAssertEqual(try markTouched(folder, "arendesystem"), .unchanged, "already marked that day")
    }

    func testAnUnknownIdOrAHandEditTakesTheFullEdit() throws {
        let folder = try saved()
        XCTAssertEqual(try markTouched(folder, "finns-inte"), .needsFullSave)
        XCTAssertEqual(try markTouched(folder, "Ogiltigt id"), .needsFullSave)
        let path = "\(folder)/activities/kundservice.json"
        try Data(try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "Kundservice", with: "Hand").utf8)
            .write(to: URL(fileURLWithPath: path))
        let before = contents(folder)
        XCTAssertEqual(try markTouched(folder, "arendesystem"), .needsFullSave)
        XCTAssertEqual(contents(folder), before)
    }
}
