import Foundation

/// What ropa asks git about the repository a register lives in: the author, whether the merge driver is
/// set up. Git is run without a shell and without prompts; when it is missing or the folder is not in a
/// repository, every answer is nil and ropa behaves as outside git.
public enum GitRepository {
    /// The merge driver's name in `.gitattributes` and in git's configuration.
    public static let driverName = "ropa"
    /// The command git runs for a file with `merge=ropa`: base, mine (written with the result), theirs, path.
    public static let driverCommand = "ropa merge-file %O %A %B %P"
    /// The one line each clone needs: a driver cannot be enabled from the repository's own files.
    public static let configLine = "git config merge.\(driverName).driver \"\(driverCommand)\""

    /// Git's standard output for `git -C folder ARGUMENTS`, trimmed, or nil when git fails or is missing.
    public static func run(_ arguments: [String], in folder: String, environment: [String: String]? = nil) -> String? {
        var environment = environment ?? ProcessInfo.processInfo.environment
        guard let git = executable(environment) else { return nil }
        environment["GIT_TERMINAL_PROMPT"] = "0"
        guard let finished = ChildProcess.run(git, ["-C", folder] + arguments, environment: environment, keeping: .output),
              finished.status == 0 else { return nil }
        return String(decoding: finished.bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Where git is on PATH.
    static func executable(_ environment: [String: String]) -> String? {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/git"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Whether the folder is inside a git work tree.
    public static func isInside(_ folder: String, environment: [String: String]? = nil) -> Bool {
        run(["rev-parse", "--is-inside-work-tree"], in: folder, environment: environment) == "true"
    }

    /// `user.name <user.email>` as git would record a commit in that folder's repository.
    /// Both asked of one git: starting git twice was a third of a `ropa set` on a large register.
    public static func author(in folder: String, environment: [String: String]? = nil) -> String? {
        guard let listing = run(["config", "--null", "--get-regexp", "^user\\.(name|email)$"], in: folder, environment: environment) else { return nil }
        // `key` LF `value` NUL for each value, in the order git reads them: the last one is the one in force,
        // as `git config user.name` answers.
        var values: [String: String] = [:]
        for entry in listing.split(separator: "\u{0}") {
            guard let newline = entry.firstIndex(of: "\n") else { continue }
            values[String(entry[..<newline])] = String(entry[entry.index(after: newline)...]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard let name = values["user.name"], !name.isEmpty else { return nil }
        if let email = values["user.email"], !email.isEmpty { return "\(name) <\(email)>" }
        return name
    }

    /// The files below `folder` that git lists as unmerged (a merge, rebase or pick stopped on them), relative
    /// to `folder`; empty outside git.
    public static func unmergedPaths(in folder: String, environment: [String: String]? = nil) -> [String] {
        guard let listing = run(["ls-files", "--unmerged", "-z", "--", "."], in: folder, environment: environment) else { return [] }
        var paths: [String] = []
        for line in listing.split(separator: "\u{0}") {
            // `mode object stage<TAB>path`, one line per stage of each file.
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let path = String(line[line.index(after: tab)...])
            if paths.last != path { paths.append(path) }
        }
        return paths
    }

    /// Whether the clone has the merge driver configured and the register's files are given to it.
    public static func hasMergeDriver(_ folder: String, environment: [String: String]? = nil) -> Bool {
        guard let driver = run(["config", "merge.\(driverName).driver"], in: folder, environment: environment), !driver.isEmpty else { return false }
        let attribute = run(["check-attr", "merge", "--", "activities/x.json"], in: folder, environment: environment)
        return attribute?.hasSuffix(": merge: \(driverName)") == true
    }
}
