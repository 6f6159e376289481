import RopaExport
import RopaModel
import RopaStore

enum ShowCommand: Command {
    static let name = "show"
    static let usage = "ropa show PATH [--version N] [--json]"
    static let summary = CLIMessage.showSummary
    static let help = CLIMessage.showHelp
    static let commandOptions: [CommandOption] = [.version, .json]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let path = try requirePath(parsed, command: name)
        let store = try RegisterStore(folder: path)
        let register = try parsed.option("--version").map { try store.register(at: $0) } ?? store.load()
        PendingJournalNote.say(store, context: context)
        if parsed.flag("--json") {
            context.json(try JSONExporter.export(register))
        } else {
            context.stdout.write(RegisterOutline.text(register, language: context.language))
        }
        return ExitCode.success
    }
}
