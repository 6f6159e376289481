import RopaModel
import RopaStore

enum CommitCommand: Command {
    static let name = "commit"
    static let usage = "ropa commit PATH -m MESSAGE"
    static let summary = CLIMessage.commitSummary
    static let help = CLIMessage.commitHelp
    static let commandOptions: [CommandOption] = [.message]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let path = try requirePath(parsed, command: name)
        guard let message = parsed.option(.message) else {
            throw UsageError(.commitNeedsMessage, command: name)
        }
        let store = try RegisterStore(folder: path, deferringHistory: true)
        let author = PendingAuthor(environment: context.environment, folder: store.folder)
        guard let saved = try store.commit(message: message, author: author.name) else {
            context.say(.commitNothingToRecord)
            return ExitCode.success
        }
        let version = saved.version, parents = version.record.parents.count
        if parents > 1 {
            context.say(.commitRecordedMerge, version.label, version.shortHash, "\(parents)", "\(saved.changedFiles)")
        } else {
            context.say(.commitRecorded, version.label, version.shortHash, "\(saved.changedFiles)")
        }
        return ExitCode.success
    }
}
