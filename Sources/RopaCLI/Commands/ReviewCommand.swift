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
    static let summary = "the processor agreements that need attention (Art 28), most urgent first; mark one reviewed"
    static let help = """
    Lists every processor and sub-processor whose agreement needs attention, each reason with its code,
    the article behind it and what to do. Urgency, most urgent first:
      critical      no signed agreement (missing, draft, sent, expired, terminated) while an activity uses
                    the processor; a sub-processor you objected to that is still engaged
      overdue       the review date has passed, or no review date can be established
      dueSoon       the review falls due within the register's due-soon window (register.json: dueSoonDays)
      agreement     Art 28(3)(a)–(h) clauses missing, partial or not checked; signing date unknown
      subprocessor  sub-processor not approved, no notice under a general authorisation, authorisation unknown
      transfer      processor outside the EU/EEA with no transfer; SCC without module, reference or TIA

    Options:
      --as-of YYYY-MM-DD      measure review dates against this day instead of today
      --json                  print an array of objects (same as --format json)
      --format FORMAT         text (default), markdown (a management report) or json
      --mark-reviewed ID      record that ID's agreement was reviewed: last reviewed = the as-of day, next
                              review = that day plus the register's review interval (reviewIntervalMonths),
                              saved as one version
      -m, --message MESSAGE   the version message for --mark-reviewed (default: "Reviewed agreement with NAME")

    Exit code 1 when any agreement needs attention, 0 when none does; --mark-reviewed exits 0 when saved.
    """

    enum Format: String, CaseIterable {
        case text, markdown, json
    }

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try Arguments(arguments, command: name, flagNames: ["--json"],
                                   optionNames: ["--as-of", "--format", "--mark-reviewed", "-m", "--message"])
        let path = try requirePath(parsed, command: name)
        if parsed.positionals.count > 1 {
            throw UsageError("unexpected argument '\(TerminalText.escape(parsed.positionals[1]))'", command: name)
        }
        let asOf = try parseAsOf(parsed.option("--as-of"), command: name)
        let message = parsed.option("-m") ?? parsed.option("--message")
        if let processorID = parsed.option("--mark-reviewed") {
            if parsed.flag("--json") || parsed.option("--format") != nil {
                throw UsageError("--mark-reviewed prints no report: leave out --json and --format", command: name)
            }
            return try markReviewed(processorID, path: path, asOf: asOf, message: message, context: context)
        }
        if message != nil { throw UsageError("-m gives the message of --mark-reviewed", command: name) }
        let format = try parseFormat(parsed)
        let register = try RegisterStore(folder: path).load()
        let queue = AgreementReview(register: register, asOf: asOf).queue()
        switch format {
        case .text:
            context.stdout.write(ReviewQueueOutput.text(queue, register: register, asOf: asOf))
        case .markdown:
            context.stdout.write(ReviewMarkdownReport.render(queue, register: register, asOf: asOf))
        case .json:
            context.stdout.write(String(decoding: CanonicalJSON.bytes(ReviewQueueOutput.json(queue)), as: UTF8.self))
        }
        return queue.isEmpty ? ExitCode.success : ExitCode.findings
    }

    static func parseFormat(_ parsed: Arguments) throws -> Format {
        guard let text = parsed.option("--format") else { return parsed.flag("--json") ? .json : .text }
        guard let format = Format(rawValue: text) else {
            throw UsageError("--format wants one of \(Format.allCases.map(\.rawValue).joined(separator: ", ")), got '\(TerminalText.escape(text))'", command: name)
        }
        if parsed.flag("--json"), format != .json {
            throw UsageError("--json and --format \(format.rawValue) ask for different output: give one", command: name)
        }
        return format
    }

    /// Records the review as one version, under the register's write lock.
    static func markReviewed(_ processorID: String, path: String, asOf: CalendarDate, message: String?,
                             context: CommandContext) throws -> Int32 {
        let store = try RegisterStore(folder: path)
        let lock = try RegisterLock.acquire(folder: store.folder)
        defer { lock.release() }
        let register = try RegisterCodec.decode(try store.readFiles(), folder: store.folder)
        let review: MarkReviewed
        do {
            review = try MarkReviewed(register: register, processorID: processorID, asOf: asOf)
        } catch let failure as MarkReviewed.Failure {
            throw UsageError(TerminalText.escape(failure.description), command: name)
        }
        let text = message ?? review.message
        guard let saved = try store.save(review.register, message: text, author: Author.current(environment: context.environment)) else {
            context.out("No change: the agreement was already marked reviewed on \(asOf).")
            return ExitCode.success
        }
        context.out("Saved version \(saved.version.number) (\(saved.version.shortHash)): \(TerminalText.escape(text))")
        context.out("Last reviewed \(review.lastReviewed); next review due \(review.reviewDue).")
        return ExitCode.success
    }
}
