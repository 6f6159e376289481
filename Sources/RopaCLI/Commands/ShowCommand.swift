import RopaExport
import RopaModel
import RopaStore

enum ShowCommand: Command {
    static let name = "show"
    static let usage = "ropa show PATH [--version N] [--json]"
    static let summary = "print the register (or an old version of it) as readable text"
    static let help = """
    Options:
      --version N   show the register as it was at version N (a number or a hash prefix)
      --json        print the whole register as one canonical JSON document
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try Arguments(arguments, command: name, flagNames: ["--json"], optionNames: ["--version"])
        let path = try requirePath(parsed, command: name)
        let store = try RegisterStore(folder: path)
        let register = try parsed.option("--version").map { try store.register(at: $0) } ?? store.load()
        if parsed.flag("--json") {
            context.stdout.write(String(decoding: try JSONExporter.export(register), as: UTF8.self))
        } else {
            context.stdout.write(RegisterOutline.text(register))
        }
        return ExitCode.success
    }
}
