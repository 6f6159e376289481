import Foundation
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// Two people edit different activities on their own git branches; plain `git merge` has no conflict,
/// and the next save records the merge.
final class GitMergeTests: XCTestCase {
    var folder = ""

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    @discardableResult
    private func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging([
            "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org",
        ]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw NSError(domain: "git", code: Int(process.terminationStatus), userInfo: [NSLocalizedDescriptionKey: text]) }
        return text
    }

    private func edit(_ change: (inout Register) -> Void, message: String, author: String) throws {
        let store = try RegisterStore(folder: folder)
        var register = try store.load()
        change(&register)
        try store.save(register, message: message, author: author)
    }

    func testBranchesEditingDifferentActivitiesMergeWithoutConflict() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else { throw XCTSkip("git is not installed") }
        var register = Fixtures.cleanRegister()
        var second = register.activities[0]
        second.id = "nyhetsbrev"
        second.name = "Nyhetsbrev"
        register.activities.append(second)
        folder = try Fixtures.savedRegister(register)
        try git("init", "-q", "-b", "main")
        try git("add", "-A")
        try git("commit", "-qm", "register")

        try git("checkout", "-qb", "alice")
        try edit({ $0.activities[0].name = "Kundtjänst" }, message: "Alice renames", author: "Alice")
        try git("add", "-A")
        try git("commit", "-qm", "alice")

        try git("checkout", "-q", "main")
        try git("checkout", "-qb", "bob")
        try edit({ $0.activities[1].owner = "Marknadschef" }, message: "Bob sets owner", author: "Bob")
        try git("add", "-A")
        try git("commit", "-qm", "bob")

        try git("merge", "-q", "--no-edit", "alice")
        XCTAssertEqual(try git("status", "--porcelain"), "", "the merge left conflicts or stray files")

        let store = try RegisterStore(folder: folder)
        XCTAssertEqual(store.history.heads.count, 2)
        let merged = try store.load()
        XCTAssertEqual(merged.activity("kundservice")?.name, "Kundtjänst")
        XCTAssertEqual(merged.activity("nyhetsbrev")?.owner, "Marknadschef")

        let saved = try XCTUnwrap(try store.save(merged, message: "Merge alice", author: "Bob"))
        XCTAssertEqual(saved.version.record.parents.count, 2)
        let history = try RegisterStore(folder: folder).history
        XCTAssertEqual(history.heads, [saved.version.hash])
        XCTAssertEqual(history.verify(), [])
        XCTAssertEqual(try RegisterStore(folder: folder).unrecordedChanges(), [])
        XCTAssertEqual(Set(history.versions.map(\.record.message)), ["first", "Alice renames", "Bob sets owner", "Merge alice"])
        XCTAssertEqual(try store.register(at: saved.version.hash), merged)
    }
}
