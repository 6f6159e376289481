import RopaModel
import RopaStore

enum VerifyCommand: Command {
    static let name = "verify"
    static let usage = "ropa verify PATH"
    static let summary = "check the history: every version and file is what its hash says, and the files match the head"
    static let help = """
    Checks that every version record and stored file matches its SHA-256 name (nothing was changed after it
    was written), that every parent link resolves, and that the register's files are those of the head
    version. Changes made outside ropa (a hand edit, a git merge) are reported until recorded with
    'ropa commit'.

    Exit code 0 when everything holds, 1 when something does not.
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try Arguments(arguments, command: name)
        let path = try requirePath(parsed, command: name)
        let store = try RegisterStore(folder: path)
        var problems = store.history.verify()
        if store.history.isEmpty {
            problems.append("the register has no history yet: record a first version with 'ropa commit \(path) -m MESSAGE'")
        } else {
            let changed: [String]
            do {
                changed = try store.unrecordedChanges()
            } catch {
                // A broken chain cannot rebuild the head: that is the finding, not a reason to stop.
                changed = []
                problems.append("the head version cannot be rebuilt: \(error)")
            }
            if !changed.isEmpty {
                let heads = store.history.heads.count
                let reason = heads > 1 ? "after a merge of \(heads) branches" : "since the head version"
                problems.append("\(changed.count) file(s) changed \(reason) without a recorded version (\(changed.prefix(5).joined(separator: ", "))\(changed.count > 5 ? ", …" : "")): record them with 'ropa commit \(path) -m MESSAGE'")
            }
            do {
                _ = try store.load()
            } catch {
                problems.append("the register's files cannot be read: \(error)")
            }
        }
        if problems.isEmpty {
            let head = store.history.head.flatMap { store.history.version($0) }
            context.out("OK: \(store.history.count) versions, chain intact, files match version \(head?.number ?? 0) (\(head?.shortHash ?? "")).")
            return ExitCode.success
        }
        for problem in problems { context.out("FAIL: \(TerminalText.escape(problem))") }
        return ExitCode.findings
    }
}
