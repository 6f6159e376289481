import RopaModel
import RopaStore

/// A subcommand of `ropa`.
protocol Command {
    static var name: String { get }
    static var usage: String { get }
    static var summary: String { get }
    /// The full help text after the usage line.
    static var help: String { get }
    static func run(_ arguments: [String], context: CommandContext) throws -> Int32
}

/// `ropa`'s entry point: dispatches to a subcommand and turns every error into a message and an exit code.
public enum RopaCommandLine {
    public static let version = "0.1.0"

    static let commands: [Command.Type] = [
        InitCommand.self, ValidateCommand.self, VerifyCommand.self, LogCommand.self, DiffCommand.self, ShowCommand.self,
        SetCommand.self, ImportCommand.self, CommitCommand.self, RestoreCommand.self, ExportCommand.self, ReviewCommand.self,
    ]

    /// The name of every subcommand, in the order `ropa --help` lists them.
    public static var commandNames: [String] { commands.map { $0.name } }

    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        do {
            return try dispatch(arguments, context: context)
        } catch let error as UsageError {
            context.err("ropa: \(error.message)")
            if let name = error.command, let command = commands.first(where: { $0.name == name }) {
                context.err("Usage: \(command.usage)")
            } else {
                context.err("Run 'ropa --help' for the commands.")
            }
            return ExitCode.failure
        } catch let error as StoreError {
            context.err("ropa: \(error.description)")
            return ExitCode.failure
        } catch {
            context.err("ropa: \(error)")
            return ExitCode.failure
        }
    }

    static func dispatch(_ arguments: [String], context: CommandContext) throws -> Int32 {
        guard let first = arguments.first else {
            return try OpenCommand.run([], context: context)
        }
        switch first {
        case "--help", "-h":
            context.stdout.write(HelpText.overview(commands))
            return ExitCode.success
        case "--version", "-V":
            context.out("ropa \(version)")
            return ExitCode.success
        case "help":
            guard arguments.count > 1 else {
                context.stdout.write(HelpText.overview(commands))
                return ExitCode.success
            }
            guard let command = commands.first(where: { $0.name == arguments[1] }) else {
                throw UsageError("no command named '\(TerminalText.escape(arguments[1]))'")
            }
            context.stdout.write(HelpText.detail(command))
            return ExitCode.success
        default:
            break
        }
        if let command = commands.first(where: { $0.name == first }) {
            let rest = Array(arguments.dropFirst())
            if rest.contains("--help") || rest.contains("-h") {
                context.stdout.write(HelpText.detail(command))
                return ExitCode.success
            }
            return try command.run(rest, context: context)
        }
        if first.hasPrefix("-") { throw UsageError("unknown option \(TerminalText.escape(first))") }
        return try OpenCommand.run(arguments, context: context)
    }
}

enum HelpText {
    static func overview(_ commands: [Command.Type]) -> String {
        var text = """
        ropa — the register of processing activities (GDPR Article 30), kept in the terminal.

        Usage: ropa [PATH]
               ropa COMMAND PATH [OPTIONS]

        PATH is a register folder, or a folder holding several registers.

        Commands:

        """
        let width = commands.map { $0.name.count }.max() ?? 0
        for command in commands {
            text += "  \(command.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(command.summary)\n"
        }
        text += """

        Options:
          -h, --help     show this help, or a command's help (ropa help COMMAND)
          -V, --version  show the version

        Exit codes: 0 fine; 1 findings or a failed check; 2 bad usage or unreadable input.
        Versions are recorded as the author in ROPA_AUTHOR, else user@host.

        """
        return text
    }

    static func detail(_ command: Command.Type) -> String {
        "Usage: \(command.usage)\n\n\(command.summary)\n\n\(command.help)\n"
    }
}

/// Opening a store, with the usual positional PATH check.
func requirePath(_ arguments: Arguments, command: String) throws -> String {
    guard let path = arguments.positionals.first else { throw UsageError("missing PATH", command: command) }
    return path
}
