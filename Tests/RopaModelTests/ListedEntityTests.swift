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
}
