import Foundation
import RopaExport
import RopaModel
import RopaStore

enum ExportCommand: Command {
    static let name = "export"
    static let usage = "ropa export PATH --format json [--output FILE] [--version N]"
    static let summary = "write the whole register as one document"
    static let help = """
    Options:
      --format json     one canonical JSON document with the keys organisation, activities, processors,
                        transfers, jointControllers, securityMeasures
      --output FILE     write to FILE (owner-only permissions) instead of standard output
      --version N       export the register as it was at version N
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try Arguments(arguments, command: name, optionNames: ["--format", "--output", "-o", "--version"])
        let path = try requirePath(parsed, command: name)
        guard let format = parsed.option("--format") else { throw UsageError("give the format with --format json", command: name) }
        guard format == "json" else { throw UsageError("unknown format '\(TerminalText.escape(format))': this build exports json", command: name) }
        let store = try RegisterStore(folder: path)
        let register = try parsed.option("--version").map { try store.register(at: $0) } ?? store.load()
        let bytes = try JSONExporter.export(register)
        if let output = parsed.option("--output") ?? parsed.option("-o") {
            try FileIO.writeAtomically(bytes, to: output)
            context.err("Wrote \(output)")
        } else {
            context.stdout.write(String(decoding: bytes, as: UTF8.self))
        }
        return ExitCode.success
    }
}
