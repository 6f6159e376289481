import RopaModel
import RopaStore

enum RestoreCommand: Command {
    static let name = "restore"
    static let usage = "ropa restore PATH N [-m MESSAGE]"
    static let summary = CLIMessage.restoreSummary
    static let help = CLIMessage.restoreHelp
    static let commandOptions: [CommandOption] = [.message]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        guard parsed.positionals.count == 2 else { throw UsageError(.restoreNeedsArguments, command: name) }
        // The history is read whole only when `.ropa-history` and `.ropa-index` do not answer (see
        // `RegisterStore.restoreTouched`); what was read is left to the exit to free.
        let store = try RegisterStore(folder: parsed.positionals[0], deferringHistory: true)
        let author = PendingAuthor(environment: context.environment, folder: store.folder)
        context.leaveToExit(store)
        let message = parsed.option(.message)
        guard let saved = try store.restore(parsed.positionals[1], message: message, author: author.name,
                                            language: context.language) else {
            context.say(.restoreNothing, TerminalText.escape(parsed.positionals[1]))
            return ExitCode.success
        }
        context.say(.restoreDone, saved.version.label, saved.version.shortHash, TerminalText.escape(saved.version.record.message))
        return ExitCode.success
    }
}
