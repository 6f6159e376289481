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
        // Findings are looked at where they are, by position: each copy of a finding retains its strings, and
        // the filters and counts below copied all 15 000 of a large register's, six times over.
        let found = Validator(register: register, asOf: asOf).findings()
        let findings = threshold == .info ? found : found.filter { $0.severity <= threshold }
        if parsed.flag("--json") {
            context.json(CanonicalJSON.bytes(.array(findings.map { $0.json(language) })))
        } else {
            // The record's findings (info summarised one line per rule unless --all), then what the privacy
            // notice lacks under its own heading.
            let summarise = !parsed.flag("--all")
            var listed: [Int] = [], notice: [Int] = []
            var infoCount = 0
            var byRule: [FindingCode: (count: Int, first: Int)] = [:]
            var errors = 0, warnings = 0, infos = 0
            for position in findings.indices {
                let severity = findings[position].severity
                switch severity {
                case .error: errors += 1
                case .warning: warnings += 1
                case .info: infos += 1
                }
                // Through the code, a stored field: asking the finding copied it whole.
                if findings[position].code.category == .notice {
                    notice.append(position)
                } else if summarise && severity == .info {
                    // Info findings (a missing owner, a review never recorded) would drown the errors: one line per rule.
                    infoCount += 1
                    byRule[findings[position].code, default: (0, position)].count += 1
                } else {
                    listed.append(position)
                }
            }
            // Formatted on every core (the 15 000 lines of a large register were a tenth of validating it), in
            // blocks of lines, each block one buffer and one write: a write a line was 14 800 system calls, and
            // joining the lines into one text copied all of them once more, then again to end it with a newline.
            for block in ValidateCommand.lineBlocks(listed, of: findings, language) { context.stdout.write(block) }
            for code in FindingCode.allCases {
                guard let group = byRule[code] else { continue }
                let first = findings[group.first]
                context.out(context.text(.validateInfoSummary, code.rawValue, "\(group.count)", first.kind.label.text(language),
                                         TerminalText.escape(first.entityName), first.field, TerminalText.escape(first.message(language))))
            }
            if infoCount > 0 { context.out(context.text(.validateInfoHint)) }
            if !notice.isEmpty {
                context.out(context.text(.validateNoticeHeading))
                for block in ValidateCommand.lineBlocks(notice, of: findings, language) { context.stdout.write(block) }
            }
            AcceptedFindingsOutput.write(Validator(register: register, asOf: asOf).acceptedFindings(), context: context)
            context.out(findings.isEmpty ? context.text(.validateNoFindings) : context.text(.validateCounts, "\(errors)", "\(warnings)", "\(infos)"))
        }
        context.leaveToExit(store, register, found, findings)
        return gate.fails(findings) ? ExitCode.findings : ExitCode.success
    }
}

extension ValidateCommand {
    /// How many finding lines one block holds.
    static let linesPerBlock = 128

    /// The lines of the findings at `positions`, each ending in a newline, in blocks made on every core.
    static func lineBlocks(_ positions: [Int], of findings: [Finding], _ language: Language) -> [String] {
        let blocks = stride(from: 0, to: positions.count, by: linesPerBlock).map { $0..<min($0 + linesPerBlock, positions.count) }
        return OrderedConcurrentMap.map(blocks) { block in
            var text = ""
            // About the length of a line of a large register; the text grows by doubling beyond it.
            text.reserveCapacity(block.count * 320)
            for index in block {
                findings[positions[index]].appendLine(language, to: &text)
                text += "\n"
            }
            return text
        }
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
    /// `SEVERITY CODE  Kind 'name' (id) · field: message [article]`, appended piece by piece to the buffer of
    /// its block of lines: interpolating it grew the string three times a line. The severity labels are ASCII
    /// words of at most seven letters, padded to seven.
    func appendLine(_ language: Language, to line: inout String) {
        let label = language == .sv ? severity.label.sv : severity.rawValue
        let name = TerminalText.escape(entityName), text = TerminalText.escape(message(language)), kindLabel = kind.label.text(language)
        line += label
        for _ in label.utf8.count..<max(label.utf8.count, 7) { line += " " }
        line += " "; line += code.rawValue; line += "  "; line += kindLabel; line += " '"; line += name; line += "' ("
        line += entityID; line += ") · "; line += field; line += ": "; line += text
        if let article { line += " ["; line += article; line += "]" }
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
