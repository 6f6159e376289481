import RopaModel
import RopaTestSupport
import XCTest

/// The chain index looks processors and transfers up by id; where an id is used twice (a duplicate-id
/// error) the routes still follow the first entity with it, as searching the lists did.
final class ProcessorChainIndexTests: XCTestCase {
    func testRoutesFollowTheFirstProcessorAndTransferOfAnId() {
        var register = Fixtures.cleanRegister()
        register.activities[0].transferIds = []
        let used = register.activities[0].processorIds
        guard let first = register.processors.first(where: { used.contains($0.id) }) else {
            return XCTFail("the clean register's first activity uses a processor")
        }
        // A second processor with the same id, in a third country and with no transfer.
        register.processors.append(Processor(id: first.id, name: "Andra med samma id", country: "IN"))
        let routes = register.transferRoutes(of: register.activities[0])
        XCTAssertFalse(routes.contains { $0.processorPath.contains { $0.name == "Andra med samma id" } })
        XCTAssertTrue(routes.contains { $0.processorPath.first?.name == first.name })

        guard let transfer = register.transfers.first else { return XCTFail("the clean register has a transfer") }
        register.activities[0].transferIds = [transfer.id]
        var other = transfer
        other.country = "IN"
        register.transfers.append(other)
        XCTAssertEqual(register.transferRoutes(of: register.activities[0]).first?.country, transfer.country)
        XCTAssertNotEqual(transfer.country, "IN")
    }
}
