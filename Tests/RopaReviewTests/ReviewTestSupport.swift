import Foundation
import RopaCLI
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// Helpers shared by the review tests: the queue of a register, crafted processors, and the CLI in-process.
class ReviewTestCase: XCTestCase {
    var folders: [String] = []

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
        folders = []
    }

    func queue(_ register: Register, asOf: CalendarDate = Fixtures.asOf) -> [ReviewItem] {
        AgreementReview(register: register, asOf: asOf).queue()
    }

    /// The clean register changed by `mutate`.
    func clean(_ mutate: (inout Register) -> Void = { _ in }) -> Register {
        var register = Fixtures.cleanRegister()
        mutate(&register)
        return register
    }

    /// A processor like the clean register's (signed, every clause present, in Sweden) under another id,
    /// used by the clean register's activity.
    func addSignedProcessor(_ id: String, name: String, to register: inout Register, _ change: (inout Processor) -> Void = { _ in }) {
        guard var processor = register.processor("arendesystem") else { return XCTFail("the clean register has arendesystem") }
        processor.id = id
        processor.name = name
        change(&processor)
        register.processors.append(processor)
        register.activities[0].processorIds.append(id)
    }

    struct Run {
        let code: Int32
        let stdout: String
        let stderr: String
    }

    @discardableResult
    func ropa(_ arguments: String...) -> Run {
        ropa(arguments)
    }

    func ropa(_ arguments: [String]) -> Run {
        let out = BufferOutput(), err = BufferOutput()
        let context = CommandContext(stdout: out, stderr: err, environment: ["ROPA_AUTHOR": "Test DPO"])
        let code = RopaCommandLine.run(arguments, context: context)
        return Run(code: code, stdout: out.text, stderr: err.text)
    }

    /// A register folder with `register` saved as version 1, removed in tearDown.
    func savedRegister(_ register: Register = Fixtures.cleanRegister()) throws -> String {
        let folder = try Fixtures.savedRegister(register)
        folders.append(folder)
        return folder
    }

    /// A copy of a seed register in a temporary folder, so tests that write never touch Data/.
    func seedCopy(_ name: String) throws -> String {
        let folder = try Fixtures.temporaryFolder("seed")
        folders.append(folder)
        let target = "\(folder)/\(name)"
        try FileManager.default.copyItem(atPath: "\(Fixtures.repositoryRoot)/Data/\(name)", toPath: target)
        return target
    }

    /// A refused command must leave every file as it was.
    func assertUnchanged(_ folder: String, file: StaticString = #filePath, line: UInt = #line, _ body: () -> Void) {
        let before = Fixtures.snapshot(folder)
        body()
        XCTAssertEqual(Fixtures.snapshot(folder), before, "a refused command changed files", file: file, line: line)
    }
}
