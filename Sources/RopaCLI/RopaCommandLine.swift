import RopaModel
import RopaStore

/// A subcommand of `ropa`.
protocol Command {
    static var name: String { get }
    /// The usage line(s), the same in every language: command and option names are never translated.
    static var usage: String { get }
    /// The one-line summary `ropa --help` lists.
    static var summary: CLIMessage { get }
    /// The full help text after the usage line.
    static var help: CLIMessage { get }
    /// Every option the command takes besides the global `--lang`, each declared once (`CommandOption`).
    static var commandOptions: [CommandOption] { get }
    static func run(_ arguments: [String], context: CommandContext) throws -> Int32
}

extension Command {
    static var commandOptions: [CommandOption] { [] }

    /// The command's arguments, refusing options it does not know.
    static func parse(_ arguments: [String]) throws -> Arguments {
        try Arguments(arguments, command: name, declared: commandOptions)
    }
}

/// `ropa`'s entry point: picks the language, dispatches to a subcommand and turns every error into a message
/// and an exit code.
public enum RopaCommandLine {
    public static let version = "0.1.0"

    // Computed: a list of metatypes is not `Sendable`, so it cannot be a stored static.
    static var commands: [Command.Type] {[
        InitCommand.self, ValidateCommand.self, VerifyCommand.self, LogCommand.self, DiffCommand.self, ShowCommand.self,
        SetCommand.self, ImportCommand.self, CommitCommand.self, RestoreCommand.self, ExportCommand.self, ReviewCommand.self,
        NoticeCommand.self,
        AddCommand.self, DeleteCommand.self, AcceptCommand.self, ResolveCommand.self, GitSetupCommand.self, MergeFileCommand.self,
    ]}

    /// The name of every subcommand, in the order `ropa --help` lists them.
    public static var commandNames: [String] { commands.map { $0.name } }

    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        var context = context
        do {
            let command = self.command(in: arguments)
            if let code = try LanguageOption.value(in: arguments, valueOptions: command?.options ?? [], command: command?.name) {
                let language = try LanguageOption.parse(code, command: command?.name)
                context.language = language
                context.languageOption = language
            }
            return try dispatch(LanguageOption.droppingLeading(arguments), context: context)
        } catch let error as UsageError {
            context.err("ropa: \(error.description(context.language))")
            if let name = error.command, let command = commands.first(where: { $0.name == name }) {
                context.err(HelpText.usage(command.usage, language: context.language))
            } else {
                context.err(context.text(.errorRunHelp))
            }
            return ExitCode.failure
        } catch {
            context.err("ropa: \(context.describe(error))")
            return ExitCode.failure
        }
    }

    /// The subcommand the arguments name, after any leading `--lang`.
    static func command(in arguments: [String]) -> Command.Type? {
        guard let first = LanguageOption.droppingLeading(arguments).first else { return nil }
        return commands.first { $0.name == first }
    }

    static func dispatch(_ arguments: [String], context: CommandContext) throws -> Int32 {
        guard let first = arguments.first else {
            return try OpenCommand.run([], context: context)
        }
        switch first {
        case "--help", "-h":
            context.stdout.write(HelpText.overview(commands, language: context.language))
            return ExitCode.success
        case "--version", "-V":
            context.out("ropa \(version)")
            return ExitCode.success
        case "help":
            let rest = LanguageOption.droppingLeading(Array(arguments.dropFirst()))
            guard let name = rest.first else {
                context.stdout.write(HelpText.overview(commands, language: context.language))
                return ExitCode.success
            }
            guard let command = commands.first(where: { $0.name == name }) else {
                throw UsageError(.errorUnknownCommand, TerminalText.escape(name))
            }
            context.stdout.write(HelpText.detail(command, language: context.language))
            return ExitCode.success
        default:
            break
        }
        if let command = commands.first(where: { $0.name == first }) {
            let rest = Array(arguments.dropFirst())
            if rest.contains("--help") || rest.contains("-h") {
                context.stdout.write(HelpText.detail(command, language: context.language))
                return ExitCode.success
            }
            return try command.run(rest, context: context)
        }
        if first.hasPrefix("-") { throw UsageError(.errorUnknownOption, TerminalText.escape(first)) }
        if let suggestion = CommandSuggestion.forMistyped(arguments, commands: commandNames) {
            throw UsageError(.errorUnknownCommandSuggest, TerminalText.escape(first), suggestion)
        }
        return try OpenCommand.run(arguments, context: context)
    }
}

/// Opening a store, with the usual positional PATH check.
func requirePath(_ arguments: Arguments, command: String) throws -> String {
    guard let path = arguments.positionals.first else { throw UsageError(.errorMissingPath, command: command) }
    return path
}
