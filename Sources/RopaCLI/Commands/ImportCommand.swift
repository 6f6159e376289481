import Foundation
import RopaExport
import RopaImport
import RopaModel
import RopaStore

enum ImportCommand: Command {
    static let name = "import"
    static let usage = "ropa import PATH --from csv FILE [--dry-run] [-m MESSAGE] [--delimiter ','|';']"
    static let summary = "create or update activities from a spreadsheet (CSV), as one version"
    static let help = """
    FILE has the columns 'ropa export --format csv' writes for activities, with English or Swedish headers
    (a subset of them is fine; "Processing activity" / "Behandling" is required). Many DPOs start from an
    Excel register: save it as "CSV UTF-8", with ',' or ';' between the fields.

    A row whose ID is an activity of the register updates it; a row with an empty ID, or a new id, adds one.
    A cell that still reads as the export writes it leaves the activity's fields as they are. Vocabulary cells
    take the English or Swedish label, with or without the article, or the stored value. Processors, joint
    controllers, security measures and legal entities are named by name or id and must already be in the
    register; transfers are found from their country and mechanism. Multi-valued cells are split at ';'.
    Activities the file does not mention, the organisation and every other entity are not changed; the
    controller contact, DPO and EU representative columns are not read.

    Every row that cannot be read is reported with its line in FILE, and then nothing is imported.

    Options:
      --from csv             the format of FILE (csv is the one there is)
      --dry-run              show what would change, field by field, and write nothing
      -m, --message MESSAGE  the version message (default: "Import FILE")
      --delimiter D          ',' ';' tab or '|' between the fields (default: found from the header row)
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try Arguments(arguments, command: name, flagNames: ["--dry-run"],
                                   optionNames: ["--from", "-m", "--message", "--delimiter"])
        let path = try requirePath(parsed, command: name)
        guard let format = parsed.option("--from") else { throw UsageError("give the format of the file with --from csv", command: name) }
        guard format == "csv" else { throw UsageError("cannot import from '\(TerminalText.escape(format))': use --from csv", command: name) }
        guard parsed.positionals.count >= 2 else { throw UsageError("give the FILE to import", command: name) }
        if parsed.positionals.count > 2 {
            throw UsageError("unexpected argument '\(TerminalText.escape(parsed.positionals[2]))'", command: name)
        }
        let file = parsed.positionals[1]
        var options = ImportOptions()
        if let text = parsed.option("--delimiter") {
            guard let delimiter = CSVDelimiter(argument: text) else {
                throw UsageError("--delimiter takes ',', ';', tab or '|', not '\(TerminalText.escape(text))'", command: name)
            }
            options.delimiter = delimiter
        }
        let message = parsed.option("-m") ?? parsed.option("--message") ?? "Import \(file.split(separator: "/").last.map(String.init) ?? file)"
        if message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw UsageError("the version message is empty", command: name) }

        let store = try RegisterStore(folder: path)
        let bytes = try FileIO.read(file)
        if parsed.flag("--dry-run") {
            let register = try store.load()
            guard let plan = try plan(bytes, file: file, into: register, options: options, context: context) else { return ExitCode.failure }
            report(plan, from: register, file: file, context: context)
            context.out("Dry run: nothing was written.")
            return ExitCode.success
        }
        let lock = try RegisterLock.acquire(folder: store.folder)
        defer { lock.release() }
        let register = try RegisterCodec.decode(try store.readFiles(), folder: store.folder)
        guard let plan = try plan(bytes, file: file, into: register, options: options, context: context) else { return ExitCode.failure }
        context.out(summary(plan, file: file, dryRun: false))
        warn(plan, file: file, context: context)
        guard plan.changesAnything,
              let saved = try store.save(plan.register, message: message, author: Author.current(environment: context.environment)) else {
            context.out("No change: the register already reads as the file does.")
            return ExitCode.success
        }
        context.out("Saved version \(saved.version.number) (\(saved.version.shortHash)): \(TerminalText.escape(message))")
        return ExitCode.success
    }

    /// The import's plan, or nil after reporting every problem with its line.
    static func plan(_ bytes: [UInt8], file: String, into register: Register, options: ImportOptions, context: CommandContext) throws -> ImportPlan? {
        do {
            return try CSVImport.plan(bytes, into: register, options: options)
        } catch let error as ImportError {
            let shown = TerminalText.escape(file)
            for problem in error.problems {
                let column = problem.column.map { "\(TerminalText.escape($0)): " } ?? ""
                context.err("ropa: \(shown):\(problem.line): \(column)\(problem.message)")
            }
            let count = error.problems.count
            context.err("ropa: nothing was imported: fix the \(count == 1 ? "problem" : "\(count) problems") above and import again.")
            return nil
        }
    }

    static func report(_ plan: ImportPlan, from register: Register, file: String, context: CommandContext) {
        context.out(summary(plan, file: file, dryRun: true))
        warn(plan, file: file, context: context)
        guard plan.changesAnything, let before = try? RegisterCodec.encode(register), let after = try? RegisterCodec.encode(plan.register) else { return }
        for change in StructuralDiff.changes(from: before, to: after) { context.out(change.describe()) }
    }

    static func warn(_ plan: ImportPlan, file: String, context: CommandContext) {
        for warning in plan.warnings {
            let column = warning.column.map { "\(TerminalText.escape($0)): " } ?? ""
            context.err("ropa: warning: \(TerminalText.escape(file)):\(warning.line): \(column)\(warning.message)")
        }
    }

    static func summary(_ plan: ImportPlan, file: String, dryRun: Bool) -> String {
        let language = plan.language == .sv ? "Swedish" : "English"
        let delimiter = plan.delimiter == .tab ? "tab" : "'\(plan.delimiter.rawValue)'"
        let verbs = dryRun ? ("would add", "change") : ("added", "changed")
        return "\(TerminalText.escape(file)): \(plan.rows) row(s), \(language) headers, \(delimiter) between fields; "
            + "\(verbs.0) \(plan.added.count), \(verbs.1) \(plan.changed.count), \(plan.unchanged.count) unchanged."
    }
}
