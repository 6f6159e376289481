import Foundation
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// A test case that saves registers into temporary folders and removes them afterwards.
class SavedRegisterTestCase: XCTestCase {
    var folders: [String] = []

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
        folders = []
        super.tearDown()
    }

    /// A register saved as its first version in a folder removed after the test.
    func saved(_ register: Register = Fixtures.cleanRegister(), time: Date = Date()) throws -> String {
        let folder = try Fixtures.savedRegister(register, time: time)
        folders.append(folder)
        return folder
    }

    /// A copy of a register folder, removed after the test.
    func twin(_ folder: String) throws -> String {
        let copy = try Fixtures.temporaryFolder()
        try FileManager.default.removeItem(atPath: copy)
        try FileManager.default.copyItem(atPath: folder, toPath: copy)
        folders.append(copy)
        return copy
    }

    /// The register's files and history, without the index (which is local to each folder).
    func contents(_ folder: String) -> [String: Data] {
        Fixtures.snapshot(folder).filter { $0.key != ".ropa-index" }
    }

    /// Runs `body` with the first version's record changed in place, which `verify` and every full read
    /// refuse, and puts it back after: a command that reads no record older than it needs never notices.
    func withTheFirstRecordChanged<T>(in folder: String, file: StaticString = #filePath, line: UInt = #line,
                                      _ body: () throws -> T) throws -> T {
        try Fixtures.withTheFirstRecordChanged(in: folder) {
            XCTAssertThrowsError(try RegisterStore(folder: folder), "a full read refuses the changed record", file: file, line: line)
            return try body()
        }
    }
}
