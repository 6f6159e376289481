import RopaExport
import RopaImport
import RopaModel
import RopaTestSupport
import XCTest

/// A workbook writes a list a value per line; reading it back leaves what did not change alone, even where two
/// processors share a name (only a changed cell is resolved by name).
final class XLSXListCellTests: XCTestCase {
    func testListsOnLinesReadAsUnchanged() throws {
        var register = Fixtures.cleanRegister()
        let twin = Processor(id: "arendesystem-2", name: register.processors[0].name)
        register.processors.append(twin)
        register.activities[0].processorIds = [register.processors[0].id, twin.id]
        let book = try XLSXExporter.export(register, options: WorkbookOptions(language: .sv)).bytes
        let plan = try SpreadsheetImport.plan(try XLSXImport.read(book, source: "b.xlsx").tables, into: register)
        XCTAssertFalse(plan.changesAnything, "\(plan.changed)")
    }
}
