import RopaExport
import RopaJSON
import RopaModel
import RopaStore

enum ReviewCommand: Command {
    static let name = "review"
    static let usage = """
    ropa review PATH [--as-of YYYY-MM-DD] [--json | --format text|markdown|json]
           ropa review PATH --mark-reviewed ID [--as-of YYYY-MM-DD] [-m MESSAGE]
    """
    static let summary = CLIMessage.reviewSummary
    static let help = CLIMessage.reviewHelp
    static let commandOptions: [CommandOption] = [.asOf, .json, CommandOption("--format", value: "FORMAT", words: ["text", "markdown", "json"]),
                                                 CommandOption("--mark-reviewed", value: "PROCESSOR"), .message]

    enum Format: String, CaseIterable {
        case text, markdown, json
    }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let path = try requirePath(parsed, command: name)
        if parsed.positionals.count > 1 {
            throw UsageError(.errorUnexpectedArgument, TerminalText.escape(parsed.positionals[1]), command: name)
        }
        let asOf = try parseAsOf(parsed.option("--as-of"), command: name)
        let message = parsed.option(.message)
        if let processorID = parsed.option("--mark-reviewed") {
            if parsed.flag("--json") || parsed.option("--format") != nil {
                throw UsageError(.reviewMarkPrintsNoReport, command: name)
            }
            return try markReviewed(processorID, path: path, asOf: asOf, message: message, context: context)
        }
        if message != nil { throw UsageError(.reviewMessageNeedsMark, command: name) }
        let format = try parseFormat(parsed)
        let store = try RegisterStore(folder: path)
        let register = try store.load()
        PendingJournalNote.say(store, context: context)
        let queue = AgreementReview(register: register, asOf: asOf).queue()
        switch format {
        case .text:
            context.stdout.write(ReviewQueueOutput.text(queue, register: register, asOf: asOf, language: context.language))
        case .markdown:
            context.stdout.write(ReviewMarkdownReport.render(queue, register: register, asOf: asOf, language: context.language))
        case .json:
            context.json(CanonicalJSON.bytes(ReviewQueueOutput.json(queue, language: context.language)))
        }
        return queue.isEmpty ? ExitCode.success : ExitCode.findings
    }

    static func parseFormat(_ parsed: Arguments) throws -> Format {
        guard let text = parsed.option("--format") else { return parsed.flag("--json") ? .json : .text }
        guard let format = Format(rawValue: text) else {
            throw UsageError(.reviewFormatValue, Format.allCases.map(\.rawValue).joined(separator: ", "), TerminalText.escape(text), command: name)
        }
        if parsed.flag("--json"), format != .json {
            throw UsageError(.reviewJSONAndFormat, format.rawValue, command: name)
        }
        return format
    }

    /// Records the review as one version, under the register's write lock.
    static func markReviewed(_ processorID: String, path: String, asOf: CalendarDate, message: String?,
                             context: CommandContext) throws -> Int32 {
        let store = try RegisterStore(folder: path, deferringHistory: true)
        let author = PendingAuthor(environment: context.environment, folder: store.folder)
        // Reads and writes only the processor's file when the register is at its head, as `set` does.
        var due: CalendarDate?
        let touched: TouchedEntityEdit
        do {
            touched = try store.editEntityTouched(Processor.self, id: processorID, author: author.name) { settings, processor in
                due = try MarkReviewed.mark(&processor, asOf: asOf, intervalMonths: settings.reviewIntervalMonths)
                return message ?? MarkReviewed.message(processorName: processor.name, context.language)
            }
        } catch let failure as MarkReviewed.Failure {
            throw UsageError(.verbatim(TerminalText.escape(failure.description(context.language))), command: name)
        }
        switch touched {
        case .saved(let saved):
            context.say(.savedVersion, saved.version.label, saved.version.shortHash, TerminalText.escape(saved.version.record.message))
            context.say(.reviewMarkedDates, asOf.description, due?.description ?? "")
            return ExitCode.success
        case .unchanged:
            context.say(.reviewAlreadyMarked, asOf.description)
            return ExitCode.success
        case .needsFullSave:
            break
        }
        var marked: MarkReviewed?
        let saved = try store.edit(author: author.name) { edit in
            let review: MarkReviewed
            do {
                review = try MarkReviewed(register: edit.register, processorID: processorID, asOf: asOf)
            } catch let failure as MarkReviewed.Failure {
                throw UsageError(.verbatim(TerminalText.escape(failure.description(context.language))), command: name)
            }
            marked = review
            edit.register = review.register
            edit.message = message ?? review.message(context.language)
        }
        guard let saved, let review = marked else {
            context.say(.reviewAlreadyMarked, asOf.description)
            return ExitCode.success
        }
        let text = saved.version.record.message
        context.say(.savedVersion, saved.version.label, saved.version.shortHash, TerminalText.escape(text))
        context.say(.reviewMarkedDates, review.lastReviewed.description, review.reviewDue.description)
        return ExitCode.success
    }
}
