import RopaJSON
import RopaModel
import RopaStore

enum ValidateCommand: Command {
    static let name = "validate"
    static let usage = "ropa validate PATH [--json] [--as-of YYYY-MM-DD] [--lang en|sv]"
    static let summary = "list the register's findings: gaps the law requires closing, and what to do"
    static let help = """
    Each finding names the entity, the field, the rule (a stable code) and what to do.
    Severity: error (the law requires it), warning (required where possible, or good practice), info.

    Options:
      --json                 print an array of objects: severity, code, entity, id, kind, field, message, article
      --as-of YYYY-MM-DD     measure review dates against this day instead of today
      --lang en|sv           the language of the messages (default: Swedish when LANG starts with sv)

    Exit code 1 when there is any error or warning, 0 when there is none.
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try Arguments(arguments, command: name, flagNames: ["--json"], optionNames: ["--as-of", "--lang"])
        let language = try parseLanguage(parsed.option("--lang"), environment: context.environment, command: name)
        let path = try requirePath(parsed, command: name)
        if parsed.positionals.count > 1 { throw UsageError("unexpected argument '\(parsed.positionals[1])'", command: name) }
        let asOf = try parseAsOf(parsed.option("--as-of"), command: name)
        let register = try RegisterStore(folder: path).load()
        let findings = Validator(register: register, asOf: asOf).findings()
        if parsed.flag("--json") {
            context.stdout.write(String(decoding: CanonicalJSON.bytes(.array(findings.map { $0.json(language) })), as: UTF8.self))
        } else {
            for finding in findings { context.out(finding.line(language)) }
            let counts = Severity.allCases.map { severity in "\(findings.filter { $0.severity == severity }.count) \(severity.rawValue)s" }
            context.out(findings.isEmpty ? "No findings." : counts.joined(separator: ", ") + ".")
        }
        return findings.contains { $0.severity != .info } ? ExitCode.findings : ExitCode.success
    }
}

/// `--lang en|sv`, else Swedish when LANG starts with "sv", else English.
func parseLanguage(_ text: String?, environment: [String: String], command: String) throws -> Language {
    if let text {
        guard let language = Language(rawValue: text) else { throw UsageError("--lang takes en or sv, got '\(TerminalText.escape(text))'", command: command) }
        return language
    }
    return (environment["LANG"] ?? "").lowercased().hasPrefix("sv") ? .sv : .en
}

func parseAsOf(_ text: String?, command: String) throws -> CalendarDate {
    guard let text else { return .today() }
    guard let date = CalendarDate(text) else { throw UsageError("--as-of wants a date YYYY-MM-DD, got '\(TerminalText.escape(text))'", command: command) }
    return date
}

extension Finding {
    /// "error   transfer-without-safeguard  Transfer 'X' (x) · safeguard.mechanism: … [Art 44]"
    func line(_ language: Language) -> String {
        let article = self.article.map { " [\($0)]" } ?? ""
        let severityText = severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
        return "\(severityText) \(code)  \(kind.label.text(language)) '\(TerminalText.escape(entityName))' (\(entityID)) · \(field): "
            + "\(TerminalText.escape(message(language)))\(article)"
    }

    func json(_ language: Language) -> JSONValue {
        var members: [String: JSONValue] = [
            "severity": .string(severity.rawValue),
            "code": .string(code),
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
