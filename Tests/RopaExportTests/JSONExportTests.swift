import RopaExport
import RopaJSON
import RopaModel
import RopaTestSupport
import XCTest

/// The JSON export is one document: the organisation and a list per listed kind, under the key its type
/// declares (`ListedEntity.listKey`), each list sorted by id. No kind is named in the exporter.
final class JSONExportTests: XCTestCase {
    func testEveryListedKindHasItsListUnderItsKeySortedByID() throws {
        var register = Fixtures.cleanRegister()
        func add<T: ListedEntity>(_ type: T.Type) {
            register[keyPath: T.list].insert(T.named(id: "zz-sist", name: "Sist"), at: 0)
            register[keyPath: T.list].append(T.named(id: "aa-forst", name: "Först"))
        }
        for type in EntityKind.listedTypes { add(type) }
        guard case .object(let members) = try JSONParser.parse(try JSONExporter.export(register)) else {
            return XCTFail("not an object")
        }
        // The keys are the published format: they stay as they were before the kinds declared them.
        XCTAssertEqual(members.keys.sorted(), ["activities", "jointControllers", "organisation", "processors", "securityMeasures", "transfers"])
        func check<T: ListedEntity>(_ type: T.Type) throws {
            guard case .array(let entities)? = members[T.listKey] else { return XCTFail("\(T.kind): no list") }
            let ids: [String] = entities.compactMap { entity in
                guard case .object(let fields) = entity, case .string(let id)? = fields["id"] else { return nil }
                return id
            }
            XCTAssertEqual(ids, register[keyPath: T.list].map(\.id).sorted(), "\(T.kind)")
            XCTAssertEqual(ids.first, "aa-forst", "\(T.kind)")
            XCTAssertEqual(ids.last, "zz-sist", "\(T.kind)")
        }
        for type in EntityKind.listedTypes { try check(type) }
    }

    func testAJointControllerAnswersToItsPartyAndToTheNameTheTablesWrite() {
        let linkedIn = JointController(id: "linkedin", name: "LinkedIn", party: ExternalParty(id: "linkedin-ireland", name: "LinkedIn Ireland Unlimited Company"))
        XCTAssertEqual(linkedIn.displayName, "LinkedIn (LinkedIn Ireland Unlimited Company)")
        XCTAssertEqual(linkedIn.referenceNames, ["LinkedIn", "LinkedIn Ireland Unlimited Company", "LinkedIn (LinkedIn Ireland Unlimited Company)"])
        let same = JointController(id: "x", name: "X AB", party: ExternalParty(id: "x-ab", name: "X AB"))
        XCTAssertEqual(same.displayName, "X AB", "a party of the same name is not repeated")
        XCTAssertEqual(same.referenceNames, ["X AB", "X AB"], "its name, and its party's")
        XCTAssertEqual(SecurityMeasure(id: "kryptering", name: "Kryptering").referenceNames, ["Kryptering"])
        // The activities table writes the joint controller as `displayName`.
        var register = Fixtures.cleanRegister()
        register.jointControllers = [linkedIn]
        register.activities[0].jointControllerIds = ["linkedin"]
        let csv = String(decoding: CSVExporter.export(register), as: UTF8.self)
        XCTAssertTrue(csv.contains("LinkedIn (LinkedIn Ireland Unlimited Company)"), csv)
    }
}
