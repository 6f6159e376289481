import Foundation
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// A team sharing one register through git as its members would: a bare remote, a clone each, the real
/// `ropa` binary on PATH as the merge driver, enabled with the one line `ropa git-setup` prints.
final class GitTeam {
    let root: String
    let remote: String
    let environment: [String: String]

    init() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else { throw XCTSkip("git is not installed") }
        root = try Fixtures.temporaryFolder("ropa-team")
        remote = "\(root)/origin.git"
        var environment = ProcessInfo.processInfo.environment
        let binaries = (TmuxSession.ropaPath as NSString).deletingLastPathComponent
        environment["PATH"] = "\(binaries):\(environment["PATH"] ?? "/usr/bin:/bin")"
        environment["HOME"] = "\(root)/home"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["LANG"] = "C.UTF-8"
        for name in ["ROPA_AUTHOR", "LC_ALL", "LC_MESSAGES", "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL"] {
            environment[name] = nil
        }
        self.environment = environment
        try FileManager.default.createDirectory(atPath: "\(root)/home", withIntermediateDirectories: true)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Runs git in a folder; a failure is thrown with git's output.
    @discardableResult
    func git(_ folder: String, _ arguments: String...) throws -> String {
        let run = try gitRun(folder, arguments)
        guard run.code == 0 else {
            throw NSError(domain: "git", code: Int(run.code), userInfo: [NSLocalizedDescriptionKey: "git \(arguments.joined(separator: " ")): \(run.output)"])
        }
        return run.output
    }

    func gitRun(_ folder: String, _ arguments: [String]) throws -> (code: Int32, output: String) {
        try spawnAndWait("/usr/bin/git", ["-C", folder] + arguments, environment: environment)
    }

    /// Runs the `ropa` binary as the team member would.
    @discardableResult
    func ropa(_ arguments: String...) throws -> (code: Int32, output: String) {
        try spawnAndWait(TmuxSession.ropaPath, arguments, environment: environment)
    }

    /// The remote, holding `register` in `register/` with its `.gitattributes`, pushed by the DPO.
    func start(with register: Register) throws {
        try FileManager.default.createDirectory(atPath: remote, withIntermediateDirectories: true)
        try git(remote, "init", "-q", "--bare", "-b", "main")
        let first = "\(root)/dpo"
        try git(root, "clone", "-q", remote, first)
        try configure(first, name: "Dana DPO")
        let saved = try Fixtures.savedRegister(register)
        try FileManager.default.moveItem(atPath: saved, toPath: "\(first)/register")
        let setup = try ropa("git-setup", "\(first)/register")
        XCTAssertEqual(setup.code, 0, setup.output)
        try git(first, "add", "-A")
        try git(first, "commit", "-qm", "The register")
        try git(first, "push", "-q", "origin", "main")
    }

    /// A clone of the remote for one member, with the merge driver enabled by the line git-setup prints.
    func clone(_ name: String) throws -> String {
        let folder = "\(root)/\(name)"
        try git(root, "clone", "-q", remote, folder)
        try configure(folder, name: name)
        return folder
    }

    private func configure(_ folder: String, name: String) throws {
        try git(folder, "config", "user.name", name)
        try git(folder, "config", "user.email", "\(name.lowercased().replacingOccurrences(of: " ", with: "."))@example.org")
        try git(folder, "config", "pull.rebase", "false")
        // The line `ropa git-setup` shows, run as printed.
        let line = GitRepository.configLine
        let run = try spawnAndWait("/bin/sh", ["-c", "cd '\(folder)' && \(line)"], environment: environment)
        XCTAssertEqual(run.code, 0, run.output)
    }

    /// Records everything in a clone as one git commit.
    func commit(_ folder: String, _ message: String) throws {
        try git(folder, "add", "-A")
        try git(folder, "commit", "-qm", message)
    }

    /// The register of a clone, read by the library.
    func register(_ folder: String) throws -> Register {
        try RegisterStore(folder: "\(folder)/register").load()
    }
}
