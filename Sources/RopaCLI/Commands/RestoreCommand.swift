import RopaModel
import RopaStore

enum RestoreCommand: Command {
    static let name = "restore"
    static let usage = "ropa restore PATH N [-m MESSAGE]"
    static let summary = "make an old version the new head, as a new version (history is never rewritten)"
    static let help = """
    N is a version number or hash prefix (see 'ropa log').

    Options:
      -m, --message MESSAGE   the version message (default: "Restore version N")
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try Arguments(arguments, command: name, optionNames: ["-m", "--message"])
        guard parsed.positionals.count == 2 else { throw UsageError("give PATH and the version N", command: name) }
        let store = try RegisterStore(folder: parsed.positionals[0])
        let lock = try RegisterLock.acquire(folder: store.folder)
        defer { lock.release() }
        _ = try store.load()
        let message = parsed.option("-m") ?? parsed.option("--message")
        guard let saved = try store.restore(parsed.positionals[1], message: message, author: Author.current(environment: context.environment)) else {
            context.out("Nothing to restore: the register already is as version \(parsed.positionals[1]).")
            return ExitCode.success
        }
        context.out("Restored as version \(saved.version.number) (\(saved.version.shortHash)): \(TerminalText.escape(saved.version.record.message))")
        return ExitCode.success
    }
}
