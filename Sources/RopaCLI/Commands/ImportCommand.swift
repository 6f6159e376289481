import Foundation
import RopaExport
import RopaImport
import RopaModel
import RopaStore

enum ImportCommand: Command {
    static let name = "import"
    static let usage = "ropa import PATH --from csv FILE [--dry-run] [-m MESSAGE] [--delimiter ','|';']"
    static let summary = Message.importSummary
    static let help = Message.importHelp
    static let flags: Set<String> = ["--dry-run"]
    static let options: Set<String> = ["--from", "-m", "--message", "--delimiter"]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let path = try requirePath(parsed, command: name)
        guard let format = parsed.option("--from") else { throw UsageError(.importNeedsFrom, command: name) }
        guard format == "csv" else { throw UsageError(.importCannotImportFrom, TerminalText.escape(format), command: name) }
        guard parsed.positionals.count >= 2 else { throw UsageError(.importNeedsFile, command: name) }
        if parsed.positionals.count > 2 {
            throw UsageError(.errorUnexpectedArgument, TerminalText.escape(parsed.positionals[2]), command: name)
        }
        let file = parsed.positionals[1]
        var options = ImportOptions()
        if let text = parsed.option("--delimiter") {
            guard let delimiter = CSVDelimiter(argument: text) else {
                throw UsageError(.errorDelimiterValue, TerminalText.escape(text), command: name)
            }
            options.delimiter = delimiter
        }
        let message = parsed.option("-m") ?? parsed.option("--message")
            ?? context.text(.importDefaultMessage, file.split(separator: "/").last.map(String.init) ?? file)
        if message.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw UsageError(.importEmptyMessage, command: name) }

        let store = try RegisterStore(folder: path)
        let bytes = try FileIO.read(file)
        if parsed.flag("--dry-run") {
            let register = try store.load()
            guard let plan = try plan(bytes, file: file, into: register, options: options, context: context) else { return ExitCode.failure }
            report(plan, from: register, file: file, context: context)
            context.say(.importDryRunWroteNothing)
            return ExitCode.success
        }
        let lock = try RegisterLock.acquire(folder: store.folder)
        defer { lock.release() }
        // Loaded (not only decoded), so the save encodes and hashes only the activities it changes.
        let register = try store.load()
        guard let plan = try plan(bytes, file: file, into: register, options: options, context: context) else { return ExitCode.failure }
        context.out(summary(plan, file: file, dryRun: false, context: context))
        warn(plan, file: file, context: context)
        guard plan.changesAnything,
              let saved = try store.save(plan.register, message: message, author: Author.current(environment: context.environment)) else {
            context.say(.importNoChange)
            return ExitCode.success
        }
        context.say(.savedVersion, "\(saved.version.number)", saved.version.shortHash, TerminalText.escape(message))
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
                context.err("ropa: \(shown):\(problem.line): \(column)\(problem.message(context.language))")
            }
            let count = error.problems.count
            context.err("ropa: " + (count == 1 ? context.text(.importNothingImportedOne) : context.text(.importNothingImportedMany, "\(count)")))
            return nil
        }
    }

    static func report(_ plan: ImportPlan, from register: Register, file: String, context: CommandContext) {
        context.out(summary(plan, file: file, dryRun: true, context: context))
        warn(plan, file: file, context: context)
        guard plan.changesAnything, let before = try? RegisterCodec.encode(register), let after = try? RegisterCodec.encode(plan.register) else { return }
        for change in StructuralDiff.changes(from: before, to: after) { context.out(change.describe(context.language)) }
    }

    static func warn(_ plan: ImportPlan, file: String, context: CommandContext) {
        for warning in plan.warnings {
            let column = warning.column.map { "\(TerminalText.escape($0)): " } ?? ""
            context.err("ropa: \(context.text(.wordWarning)): \(TerminalText.escape(file)):\(warning.line): \(column)\(warning.message(context.language))")
        }
    }

    static func summary(_ plan: ImportPlan, file: String, dryRun: Bool, context: CommandContext) -> String {
        let language = context.text(plan.language == .sv ? .languageSwedish : .languageEnglish)
        let delimiter = plan.delimiter == .tab ? context.text(.delimiterTab) : "'\(plan.delimiter.rawValue)'"
        return context.text(dryRun ? .importSummaryDryRun : .importSummaryDone, TerminalText.escape(file), "\(plan.rows)", language,
                            delimiter, "\(plan.added.count)", "\(plan.changed.count)", "\(plan.unchanged.count)")
    }
}
