import Foundation
import RopaCLI
import RopaTestSupport
import XCTest

/// Runs `ropa` in-process with captured output.
class CLITestCase: XCTestCase {
    var folders: [String] = []

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
        folders = []
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

    func ropa(_ arguments: [String], input: LineInput = NoInput()) -> Run {
        let out = BufferOutput(), err = BufferOutput()
        let context = CommandContext(stdout: out, stderr: err, environment: ["ROPA_AUTHOR": "Test DPO"], input: input)
        let code = RopaCommandLine.run(arguments, context: context)
        return Run(code: code, stdout: out.text, stderr: err.text)
    }

    func savedRegister() throws -> String {
        let folder = try Fixtures.savedRegister()
        folders.append(folder)
        return folder
    }

    /// A refused command must leave every file as it was.
    func assertUnchanged(_ folder: String, file: StaticString = #filePath, line: UInt = #line, _ body: () -> Void) {
        let before = Fixtures.snapshot(folder)
        body()
        XCTAssertEqual(Fixtures.snapshot(folder), before, "a refused command changed files", file: file, line: line)
    }
}
