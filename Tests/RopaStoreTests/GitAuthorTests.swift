import Foundation
@testable import RopaStore
import XCTest

/// The author ropa records is the one git would record: `user.name <user.email>` as `git config` answers each,
/// from the repository's configuration over the user's, the last of repeated values.
final class GitAuthorTests: XCTestCase {
    private func folder() throws -> String {
        let path = NSTemporaryDirectory() + "ropa-author-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
        return path
    }

    /// What asking git for each value apart gives.
    private func askedApart(_ folder: String, _ environment: [String: String]) -> String? {
        guard let name = GitRepository.run(["config", "user.name"], in: folder, environment: environment), !name.isEmpty else { return nil }
        guard let email = GitRepository.run(["config", "user.email"], in: folder, environment: environment), !email.isEmpty else { return name }
        return "\(name) <\(email)>"
    }

    func testTheAuthorIsWhatGitConfigAnswersForEachValue() throws {
        guard GitRepository.executable(ProcessInfo.processInfo.environment) != nil else { throw XCTSkip("git is not installed") }
        let home = try folder()
        let global = "\(home)/gitconfig"
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = home
        environment["GIT_CONFIG_GLOBAL"] = global
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        let outside = try folder()
        let repository = try folder()
        XCTAssertNotNil(GitRepository.run(["init", "-q"], in: repository, environment: environment))
        let cases: [(global: String, repository: String, expected: String?)] = [
            ("[user]\n\tname = Eva Ek\n\temail = eva@example.se\n", "", "Eva Ek <eva@example.se>"),
            ("[user]\n\tname = Eva Ek\n\temail = eva@example.se\n", "[user]\n\tname = Åsa Berg\n", "Åsa Berg <eva@example.se>"),
            ("[user]\n\tname = Först\n\tname = Sist \n", "", "Sist"),
            ("[user]\n\temail = bara@example.se\n", "", nil),
            ("", "[user]\n\tname = \"Per \\\"P\\\" Ö\"\n\temail = per@example.se\n[User]\n\tEMAIL = sist@example.se\n", "Per \"P\" Ö <sist@example.se>"),
        ]
        for (globalText, repositoryText, expected) in cases {
            try Data(globalText.utf8).write(to: URL(fileURLWithPath: global))
            let local = "\(repository)/.git/config"
            var config = try String(contentsOfFile: local, encoding: .utf8)
            if let start = config.range(of: "[user]") ?? config.range(of: "[User]") { config = String(config[..<start.lowerBound]) }
            try Data((config + repositoryText).utf8).write(to: URL(fileURLWithPath: local))
            for place in [repository, outside] {
                let wanted = place == outside && !repositoryText.isEmpty ? askedApart(place, environment) : expected
                XCTAssertEqual(GitRepository.author(in: place, environment: environment), wanted, "\(globalText) \(repositoryText) in \(place)")
                XCTAssertEqual(GitRepository.author(in: place, environment: environment), askedApart(place, environment))
                // Asked on another thread while a save reads: the same answer, kept once given.
                let pending = PendingAuthor(environment: environment, folder: place)
                XCTAssertEqual(pending.name, Author.current(environment: environment, folder: place))
                XCTAssertEqual(pending.name, pending.name)
            }
        }
    }

    func testAnAuthorNamedInTheEnvironmentIsTheOneRecorded() {
        let environment = ["ROPA_AUTHOR": "  Eva Ek <eva@example.se> ", "PATH": "/nonexistent"]
        XCTAssertEqual(PendingAuthor(environment: environment, folder: NSTemporaryDirectory()).name, "Eva Ek <eva@example.se>")
    }
}
