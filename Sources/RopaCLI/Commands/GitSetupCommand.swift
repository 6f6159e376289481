import RopaModel
import RopaStore

/// `ropa git-setup PATH`: the register's `.gitattributes` for the merge driver, and the one `git config`
/// line each clone needs (git never runs a driver named only by the repository's own files).
enum GitSetupCommand: Command {
    static let name = "git-setup"
    static let usage = "ropa git-setup PATH"
    static let summary = CLIMessage.gitSetupSummary
    static let help = CLIMessage.gitSetupHelp

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let path = try requirePath(parsed, command: name)
        if parsed.positionals.count > 1 {
            throw UsageError(.errorUnexpectedArgument, TerminalText.escape(parsed.positionals[1]), command: name)
        }
        let store = try RegisterStore(folder: path)
        writeAttributes(store.folder, context: context)
        return ExitCode.success
    }

    /// Writes `.gitattributes` and says what each clone must run; shared with `ropa init` in a repository.
    static func writeAttributes(_ folder: String, context: CommandContext) {
        let file = TerminalText.escape("\(folder)/\(GitAttributes.fileName)")
        do {
            context.say(try GitAttributes.write(in: folder) ? .gitSetupWrote : .gitSetupUnchanged, file)
        } catch {
            context.err("ropa: \(context.describe(error))")
        }
        if !GitRepository.isInside(folder, environment: context.environment) { context.say(.gitSetupNotInGit, TerminalText.escape(folder)) }
        context.say(.gitSetupConfigLine)
        context.out("  \(GitRepository.configLine)")
    }
}
