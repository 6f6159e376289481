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
}
