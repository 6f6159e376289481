import RopaModel
import RopaStore

enum SetCommand: Command {
    static let name = "set"
    static let usage = "ropa set PATH ID FIELD=VALUE... [-m MESSAGE]"
    static let summary = CLIMessage.setSummary
    static let help = CLIMessage.setHelp
    static let commandOptions: [CommandOption] = [.message]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let positionals = parsed.positionals
        guard positionals.count >= 3 else { throw UsageError(.setNeedsArguments, command: name) }
        let path = positionals[0], id = positionals[1]
        let assignments = try positionals.dropFirst(2).map { argument -> FieldAssignment in
            do {
                return try FieldAssignment.parse(argument)
            } catch let error as StoreError {
                throw UsageError(.verbatim(error.description(context.language)), command: name)
            }
        }
        let store = try RegisterStore(folder: path, deferringHistory: true)
        let author = PendingAuthor(environment: context.environment, folder: store.folder)
        let message = parsed.option(.message)
            ?? context.text(.setDefaultMessage, assignments.map(\.pathText).joined(separator: ", "), id)
        // Reads only the entity's file when the register is at its head (else the whole register).
        let saved = try store.set(assignments, ofEntity: id, message: message, author: author.name)
        guard let saved else {
            context.say(.setNoChange)
            return ExitCode.success
        }
        context.say(.savedVersion, saved.version.label, saved.version.shortHash, TerminalText.escape(message))
        return ExitCode.success
    }
}
