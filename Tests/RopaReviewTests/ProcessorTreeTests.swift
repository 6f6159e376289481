import RopaModel
import RopaTestSupport
import XCTest

/// The processor → sub-processors → transfers tree, as data for display.
final class ProcessorTreeTests: ReviewTestCase {
    func testCleanRegisterTree() throws {
        let roots = ProcessorTree.roots(Fixtures.cleanRegister())
        XCTAssertEqual(roots.map(\.processorID), ["arendesystem"])
        let root = try XCTUnwrap(roots.first)
        XCTAssertEqual(root.agreementStatus, .signed)
        XCTAssertEqual(root.transfers, [])
        XCTAssertEqual(root.children.map(\.processorID), ["molnleverantor"])
        let child = try XCTUnwrap(root.children.first)
        XCTAssertEqual(child.approvalStatus, .approved)
        XCTAssertEqual(child.country, "US")
        XCTAssertEqual(child.transfers, [ProcessorTreeTransfer(transferID: "overforing-usa", name: "Drift hos Moln Inc.", country: "US",
                                                               mechanism: .standardContractualClauses, sccModule: .module3)])
        XCTAssertEqual(root.flattened().map { "\($0.depth) \($0.node.processorID)" }, ["0 arendesystem", "1 molnleverantor"])
        XCTAssertEqual(ProcessorTree.tree(of: "molnleverantor", in: Fixtures.cleanRegister())?.flattened().count, 1)
        XCTAssertNil(ProcessorTree.tree(of: "nope", in: Fixtures.cleanRegister()))
    }

    func testDeepChainOrphansAndLoopsKeepEveryProcessorOnce() {
        var register = Fixtures.cleanRegister()
        register.processors.append(Processor(id: "datacenter", name: "Datacenter GmbH", country: "DE", parentProcessorId: "molnleverantor"))
        register.processors.append(Processor(id: "orphan", name: "Föräldralös AB", country: "SE", parentProcessorId: "finns-inte"))
        register.processors.append(Processor(id: "loop-a", name: "Loop A", parentProcessorId: "loop-b"))
        register.processors.append(Processor(id: "loop-b", name: "Loop B", parentProcessorId: "loop-a"))
        let lines = ProcessorTree.roots(register).flatMap { $0.flattened() }
        XCTAssertEqual(lines.map { "\($0.depth) \($0.node.processorID)" },
                       ["0 arendesystem", "1 molnleverantor", "2 datacenter", "0 orphan", "0 loop-a", "1 loop-b"])
    }
}
