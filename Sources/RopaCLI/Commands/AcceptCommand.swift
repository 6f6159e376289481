import RopaModel
import RopaStore

/// `ropa accept PATH CODE ID [FIELD] --reason TEXT --until DATE`: the DPO accepts an open finding until a
/// date, with the reason, as one version. From the day after the date the finding is open again.
enum AcceptCommand: Command {
    static let name = "accept"
    static let usage = "ropa accept PATH CODE ID [FIELD] --reason TEXT --until YYYY-MM-DD [-m MESSAGE]"
    static let summary = CLIMessage.acceptSummary
    static let help = CLIMessage.acceptHelp
    static let commandOptions: [CommandOption] = [CommandOption("--reason", value: "TEXT"), CommandOption("--until", value: "YYYY-MM-DD"), .asOf, .message]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let positionals = parsed.positionals
        guard positionals.count == 3 || positionals.count == 4 else { throw UsageError(.acceptNeedsArguments, command: name) }
        let (path, codeText, id) = (positionals[0], positionals[1], positionals[2])
        let field = positionals.count == 4 ? positionals[3] : nil
        guard let code = FindingCode(rawValue: codeText) else {
            throw UsageError(.acceptUnknownCode, TerminalText.escape(codeText), command: name)
        }
        guard let reason = parsed.option("--reason")?.trimmingCharacters(in: .whitespacesAndNewlines), !reason.isEmpty else {
            throw UsageError(.acceptNeedsReason, command: name)
        }
        let asOf = try parseAsOf(parsed.option("--as-of"), command: name)
        guard let untilText = parsed.option("--until"), let until = CalendarDate(untilText) else {
            throw UsageError(.acceptUntilValue, TerminalText.escape(parsed.option("--until") ?? ""), command: name)
        }
        guard until >= asOf else { throw UsageError(.acceptUntilPast, until.description, asOf.description, command: name) }
        let store = try RegisterStore(folder: path)
        let author = Author.current(environment: context.environment, folder: store.folder)
        let acceptance = AcceptedFinding(code: code, id: id, field: field, reason: reason, until: until.description,
                                         acceptedBy: author, acceptedOn: asOf.description)
        var entity = id
        let saved = try store.edit(author: author) { edit in
            // Only a finding that is there can be accepted: a mistyped id or field would accept nothing.
            let all = Validator(register: edit.register, asOf: asOf).allFindings()
            guard let finding = all.first(where: acceptance.covers) else {
                throw UsageError(.acceptNoSuchFinding, codeText, TerminalText.escape([id, field].compactMap { $0 }.joined(separator: " ")), command: name)
            }
            entity = "\(finding.kind.label.text(context.language)) '\(TerminalText.escape(finding.entityName))' (\(id))"
            var accepted = (edit.register.settings.acceptedFindings ?? []).filter { !($0.code == code && $0.id == id && $0.field == field) }
            accepted.append(acceptance)
            edit.register.settings.acceptedFindings = accepted
            edit.message = parsed.option(.message) ?? context.text(.acceptDefaultMessage, codeText, id, until.description)
        }
        guard let saved else { return ExitCode.success }
        context.say(.acceptDone, codeText, entity, until.description, saved.version.label, saved.version.shortHash)
        return ExitCode.success
    }
}
