import RopaCLI
import RopaExport
import RopaImport
import RopaModel
import RopaStore
import RopaTestSupport
import RopaUI
import XCTest

/// Each target's message catalogue is complete in both languages (the checks of `CatalogueProblems`), and no
/// key is in two catalogues: `LocalizedText(.key)` finds its catalogue by the key's name alone.
final class TargetCatalogueTests: XCTestCase {
    func testTheStoreCatalogueIsCompleteInBothLanguages() {
        XCTAssertEqual(CatalogueProblems.of(StoreMessage.self, sameInBothLanguages: [.historyVersionLabel]), [])
    }

    func testTheExportCatalogueIsCompleteInBothLanguages() {
        XCTAssertEqual(CatalogueProblems.of(ExportMessage.self, sameInBothLanguages: [.reportID]), [])
    }

    func testTheImportCatalogueIsCompleteInBothLanguages() {
        XCTAssertEqual(CatalogueProblems.of(ImportMessage.self), [])
    }

    func testTheUICatalogueIsCompleteInBothLanguages() {
        // "E $EDITOR": the key and the variable's name, the same in Swedish (its longer Swedish hint crowded out "s spara");
        // the Gaps column's mark while findings are checked is an ellipsis in both languages.
        XCTAssertEqual(CatalogueProblems.of(UIMessage.self, sameInBothLanguages: [.hintExternalEditor, .uiGapsBeingChecked]), [])
    }

    func testTheCommandLineCatalogueIsCompleteInBothLanguages() {
        XCTAssertEqual(CatalogueProblems.of(CLIMessage.self, sameInBothLanguages: [.versionNumber, .versionWithHash, .outlineOrganisation]), [])
    }

    func testNoKeyIsInTwoCatalogues() {
        let keys = Message.allCases.map(\.rawValue) + StoreMessage.allCases.map(\.rawValue)
            + ExportMessage.allCases.map(\.rawValue) + ImportMessage.allCases.map(\.rawValue)
            + UIMessage.allCases.map(\.rawValue) + CLIMessage.allCases.map(\.rawValue)
        XCTAssertEqual(Dictionary(grouping: keys) { $0 }.filter { $0.value.count > 1 }.keys.sorted(), [])
        XCTAssertGreaterThan(keys.count, 600)
    }
}
