import RopaJSON
import RopaModel
import RopaStore

enum DiffCommand: Command {
    static let name = "diff"
    static let usage = "ropa diff PATH [FROM [TO]] [--json]"
    static let summary = CLIMessage.diffSummary
    static let help = CLIMessage.diffHelp
    static let commandOptions: [CommandOption] = [.json]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let path = try requirePath(parsed, command: name)
        if parsed.positionals.count > 3 { throw UsageError(.diffTooManyVersions, command: name) }
        let store = try RegisterStore(folder: path)
        // Its history (a thousand records and more) is left to the exit to free.
        context.leaveToExit(store)
        let history = store.history
        guard let head = history.head else {
            context.say(.noVersionsYet)
            return ExitCode.success
        }
        let to = try parsed.positionals.count > 2 ? history.resolve(parsed.positionals[2]) : head
        let from: String?
        if parsed.positionals.count > 1 {
            from = try history.resolve(parsed.positionals[1])
        } else {
            from = history.version(to)?.record.parents.first
        }
        let files = try history.differingFiles(from: from, to: to)
        let changes = StructuralDiff.changes(from: files.before, to: files.after)
        if parsed.flag("--json") {
            context.json(CanonicalJSON.bytes(.array(changes.map(\.json))))
            return ExitCode.success
        }
        let fromText = from.flatMap { history.version($0) }.map { context.text(.versionNumber, $0.label) }
            ?? context.text(.diffEmptyRegister)
        let toVersion = history.version(to)
        context.say(.diffFromTo, fromText, toVersion?.label ?? "0", TerminalText.escape(toVersion?.record.message ?? ""))
        if changes.isEmpty { context.say(.diffNoChanges) }
        for change in changes { context.out(change.describe(context.language)) }
        return ExitCode.success
    }
}
