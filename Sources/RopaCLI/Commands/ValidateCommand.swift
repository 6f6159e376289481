import RopaConcurrency
import RopaJSON
import RopaModel
import RopaStore

enum ValidateCommand: Command {
    static let name = "validate"
    static let usage = "ropa validate PATH [--json] [--as-of YYYY-MM-DD] [--severity error|warning|info] [--all] [--lang en|sv]"
    static let summary = CLIMessage.validateSummary
    static let help = CLIMessage.validateHelp
    static let commandOptions: [CommandOption] = [.json, .asOf, CommandOption("--severity", value: "SEVERITY", words: ["error", "warning", "info"]), CommandOption("--all"),
                                                 CommandOption("--fail-on", value: "SEVERITY", words: ["error", "warning", "never"])]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let language = context.language
        let path = try requirePath(parsed, command: name)
        if parsed.positionals.count > 1 {
            throw UsageError(.errorUnexpectedArgument, TerminalText.escape(parsed.positionals[1]), command: name)
        }
        let asOf = try parseAsOf(parsed.option("--as-of"), command: name)
        let gate = try FailOn.parse(parsed.option("--fail-on"), command: name)
        // The findings are the files' alone: the history is read only to check an interrupted save's journal
        // (`verify` checks it whole). Reading 1 000 records was a twentieth of validating 10 000 activities.
        let store = try RegisterStore(folder: path, deferringHistory: true)
        let register = try store.load()
        PendingJournalNote.say(store, context: context)
        var threshold = Severity.info
        if let text = parsed.option("--severity") {
            guard let severity = Severity(rawValue: text) else {
                throw UsageError(.errorSeverityValue, TerminalText.escape(text), command: name)
            }
            threshold = severity
        }
        let findings = Validator(register: register, asOf: asOf).findings().filter { $0.severity <= threshold }
        if parsed.flag("--json") {
            context.json(CanonicalJSON.bytes(.array(findings.map { $0.json(language) })))
        } else {
            // The record's findings (info summarised one line per rule unless --all), then what the privacy
            // notice lacks under its own heading.
            let notice = findings.filter { $0.category == .notice }
            let record = findings.filter { $0.category != .notice }
            let summarise = !parsed.flag("--all")
            // The lines go out in one write: a write each was 14 800 system calls on a large register.
            // Formatted on every core: the 15 000 lines of a large register were a tenth of validating it.
            let lines = OrderedConcurrentMap.map(record.filter { !(summarise && $0.severity == .info) }) { $0.line(language) }
            if !lines.isEmpty { context.out(lines.joined(separator: "\n")) }
            if summarise {
                // Info findings (a missing owner, a review never recorded) would drown the errors: one line per rule.
                let info = record.filter { $0.severity == .info }
                var byRule: [FindingCode: [Finding]] = [:]
                for finding in info { byRule[finding.code, default: []].append(finding) }
                for code in FindingCode.allCases {
                    guard let group = byRule[code], let first = group.first else { continue }
                    context.out(context.text(.validateInfoSummary, code.rawValue, "\(group.count)", first.kind.label.text(language),
                                             TerminalText.escape(first.entityName), first.field, TerminalText.escape(first.message(language))))
                }
                if !info.isEmpty { context.out(context.text(.validateInfoHint)) }
            }
            if !notice.isEmpty {
                context.out(context.text(.validateNoticeHeading))
                context.out(notice.map { $0.line(language) }.joined(separator: "\n"))
            }
            AcceptedFindingsOutput.write(Validator(register: register, asOf: asOf).acceptedFindings(), context: context)
            let counts = Severity.allCases.map { severity in "\(findings.filter { $0.severity == severity }.count)" }
            context.out(findings.isEmpty ? context.text(.validateNoFindings) : context.text(.validateCounts, counts[0], counts[1], counts[2]))
        }
        context.leaveToExit(store, register, findings)
        return gate.fails(findings) ? ExitCode.findings : ExitCode.success
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
    /// `SEVERITY CODE  Kind 'name' (id) · field: message [article]`, built in one buffer of the right size:
    /// interpolating it grew the string three times a line. The severity labels are ASCII words of at most
    /// seven letters, padded to seven.
    func line(_ language: Language) -> String {
        let label = language == .sv ? severity.label.sv : severity.rawValue
        let name = TerminalText.escape(entityName), text = TerminalText.escape(message(language)), kindLabel = kind.label.text(language)
        var line = ""
        line.reserveCapacity(40 + label.utf8.count + code.rawValue.utf8.count + kindLabel.utf8.count + name.utf8.count + entityID.utf8.count
                             + field.utf8.count + text.utf8.count + (article?.utf8.count ?? 0))
        line += label
        for _ in label.utf8.count..<max(label.utf8.count, 7) { line += " " }
        line += " "; line += code.rawValue; line += "  "; line += kindLabel; line += " '"; line += name; line += "' ("
        line += entityID; line += ") · "; line += field; line += ": "; line += text
        if let article { line += " ["; line += article; line += "]" }
        return line
    }

    func json(_ language: Language) -> JSONValue {
        var members: [String: JSONValue] = [
            "severity": .string(severity.rawValue),
            "code": .string(code.rawValue),
            "category": .string(category.rawValue),
            "kind": .string(kind.rawValue),
            "entity": .string(entityName),
            "id": .string(entityID),
            "field": .string(field),
            "file": .string(RegisterLayout.path(for: kind, id: entityID)),
            "message": .string(message(language)),
        ]
        if let article { members["article"] = .string(article) }
        return .object(members)
    }
}
