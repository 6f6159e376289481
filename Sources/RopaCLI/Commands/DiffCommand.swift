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
        let fromReference = parsed.positionals.count > 1 ? parsed.positionals[1] : nil
        let toReference = parsed.positionals.count > 2 ? parsed.positionals[2] : nil
        // Through `.ropa-history`, the records and packs of the versions compared; else the whole history,
        // left to the exit to free.
        let folder = try RegisterStore.registerFolder(path)
        var found = try VersionDiff.throughIndex(folder: folder, from: fromReference, to: toReference)
        if found == nil {
            let store = try RegisterStore(folder: folder)
            context.leaveToExit(store)
            found = try VersionDiff.reading(store.history, from: fromReference, to: toReference)
            store.history.writeIndex()
        }
        guard let diff = found else {
            context.say(.noVersionsYet)
            return ExitCode.success
        }
        let changes = StructuralDiff.changes(from: diff.before, to: diff.after)
        if parsed.flag("--json") {
            context.json(CanonicalJSON.bytes(.array(changes.map(\.json))))
            return ExitCode.success
        }
        let fromText = diff.from.map { context.text(.versionNumber, $0.label) } ?? context.text(.diffEmptyRegister)
        context.say(.diffFromTo, fromText, diff.to.label, TerminalText.escape(diff.to.record.message))
        if changes.isEmpty { context.say(.diffNoChanges) }
        for change in changes { context.out(change.describe(context.language)) }
        return ExitCode.success
    }
}
