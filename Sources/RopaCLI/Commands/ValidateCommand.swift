import RopaJSON
import RopaModel
import RopaStore

enum ValidateCommand: Command {
    static let name = "validate"
    static let usage = "ropa validate PATH [--json] [--as-of YYYY-MM-DD] [--lang en|sv]"
    static let summary = Message.validateSummary
    static let help = Message.validateHelp
    static let flags: Set<String> = ["--json"]
    static let options: Set<String> = ["--as-of"]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let language = context.language
        let path = try requirePath(parsed, command: name)
        if parsed.positionals.count > 1 {
            throw UsageError(.errorUnexpectedArgument, TerminalText.escape(parsed.positionals[1]), command: name)
        }
        let asOf = try parseAsOf(parsed.option("--as-of"), command: name)
        let store = try RegisterStore(folder: path)
        let register = try store.load()
        PendingJournalNote.say(store, context: context)
        let findings = Validator(register: register, asOf: asOf).findings()
        if parsed.flag("--json") {
            context.json(CanonicalJSON.bytes(.array(findings.map { $0.json(language) })))
        } else {
            for finding in findings { context.out(finding.line(language)) }
            let counts = Severity.allCases.map { severity in "\(findings.filter { $0.severity == severity }.count)" }
            context.out(findings.isEmpty ? context.text(.validateNoFindings) : context.text(.validateCounts, counts[0], counts[1], counts[2]))
        }
        return findings.contains { $0.severity != .info } ? ExitCode.findings : ExitCode.success
    }
}

func parseAsOf(_ text: String?, command: String) throws -> CalendarDate {
    guard let text else { return .today() }
    guard let date = CalendarDate(text) else { throw UsageError(.errorAsOfValue, TerminalText.escape(text), command: command) }
    return date
}

extension Finding {
    /// "error   transfer-without-safeguard  Transfer 'X' (x) · safeguard.mechanism: … [Art 44]"; in Swedish the
    /// severity reads "fel", "varning" or "info" (the code and the article stay as they are).
    func line(_ language: Language) -> String {
        let article = self.article.map { " [\($0)]" } ?? ""
        let severityText = (language == .sv ? severity.label.sv : severity.rawValue).padding(toLength: 7, withPad: " ", startingAt: 0)
        return "\(severityText) \(code.rawValue)  \(kind.label.text(language)) '\(TerminalText.escape(entityName))' (\(entityID)) · \(field): "
            + "\(TerminalText.escape(message(language)))\(article)"
    }

    func json(_ language: Language) -> JSONValue {
        var members: [String: JSONValue] = [
            "severity": .string(severity.rawValue),
            "code": .string(code.rawValue),
            "kind": .string(kind.rawValue),
            "entity": .string(entityName),
            "id": .string(entityID),
            "field": .string(field),
            "message": .string(message(language)),
        ]
        if let article { members["article"] = .string(article) }
        return .object(members)
    }
}
