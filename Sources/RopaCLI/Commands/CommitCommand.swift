import RopaModel
import RopaStore

enum CommitCommand: Command {
    static let name = "commit"
    static let usage = "ropa commit PATH -m MESSAGE"
    static let summary = "record changes made outside ropa (a hand edit, a git merge) as a version"
    static let help = """
    Reads the register's files, checks them, rewrites them canonically and records what differs from the
    head as one version. After a git merge of two branches this records the merge (both heads as parents).
    Nothing is written when the files cannot be read.

    Options:
      -m, --message MESSAGE   the version message (required)
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try Arguments(arguments, command: name, optionNames: ["-m", "--message"])
        let path = try requirePath(parsed, command: name)
        guard let message = parsed.option("-m") ?? parsed.option("--message") else {
            throw UsageError("give the version message with -m", command: name)
        }
        let store = try RegisterStore(folder: path)
        let lock = try RegisterLock.acquire(folder: store.folder)
        defer { lock.release() }
        let register = try store.load()
        guard let saved = try store.save(register, message: message, author: Author.current(environment: context.environment)) else {
            context.out("Nothing to record: the files are those of the head version.")
            return ExitCode.success
        }
        let merge = saved.version.record.parents.count > 1 ? " (merge of \(saved.version.record.parents.count) heads)" : ""
        context.out("Recorded version \(saved.version.number) (\(saved.version.shortHash))\(merge): \(saved.changedFiles) file(s).")
        return ExitCode.success
    }
}
