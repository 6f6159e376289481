import RopaModel
import RopaTestSupport
import XCTest

/// Every kind kept in a list names its type once, and that type knows its list and its draft.
final class ListedEntityTests: XCTestCase {
    func testEveryListedKindReachesItsOwnListThroughItsType() throws {
        XCTAssertNil(EntityKind.organisation.listedType)
        for kind in EntityKind.allCases where kind != .organisation {
            let type = try XCTUnwrap(kind.listedType, "\(kind)")
            XCTAssertEqual(type.kind, kind)
            var register = Fixtures.cleanRegister()
            func addDraft<T: ListedEntity>(_ type: T.Type) -> String? {
                register[keyPath: T.list].append(T.draft(id: "ny-\(kind.rawValue.lowercased())"))
                return register.entity(type, id: "ny-\(kind.rawValue.lowercased())")?.id
            }
            XCTAssertEqual(addDraft(type), "ny-\(kind.rawValue.lowercased())", "\(kind)")
            XCTAssertTrue(register.entityIndex.contains { $0.kind == kind && $0.id == "ny-\(kind.rawValue.lowercased())" }, "\(kind)")
        }
    }

    func testListedTypesAreEveryKindButTheOrganisationInTheirOrder() {
        XCTAssertEqual(EntityKind.listedTypes.map { $0.kind }, EntityKind.allCases.filter { $0 != .organisation })
    }

    func testANamedEntityHasItsNameAndTheCountCoversEveryList() {
        var register = Fixtures.cleanRegister()
        let before = register.activities.count + register.processors.count + register.transfers.count
            + register.jointControllers.count + register.securityMeasures.count
        XCTAssertEqual(register.listedEntityCount, before)
        func add<T: ListedEntity>(_ type: T.Type) { register[keyPath: T.list].append(T.named(id: "ny", name: "Ny")) }
        for type in EntityKind.listedTypes { add(type) }
        XCTAssertEqual(register.listedEntityCount, before + EntityKind.listedTypes.count)
        XCTAssertEqual(register.entityIndex.filter { $0.id == "ny" }.count, EntityKind.listedTypes.count)
        XCTAssertEqual(register.entity(SecurityMeasure.self, id: "ny")?.name, "Ny")
        // `ropa add activity` makes an active activity; the UI's draft is a draft.
        XCTAssertEqual(Activity.named(id: "a", name: "A").status, .active)
        XCTAssertEqual(Activity.draft(id: "a").status, .draft)
        XCTAssertEqual(Processor.draft(id: "p"), Processor.named(id: "p", name: ""))
    }
}
