import Foundation
import RopaExport
import RopaModel
import RopaStore

enum ExportCommand: Command {
    static let name = "export"
    static let usage = "ropa export PATH --format csv|markdown|json|docx|html|xlsx [--output FILE|DIR] [--version N] [OPTIONS]"
    static let summary = CLIMessage.exportSummary
    static let help = CLIMessage.exportHelp
    static let commandOptions: [CommandOption] = [
        CommandOption("--format", value: "FORMAT", words: ["csv", "markdown", "json", "docx", "html", "xlsx"]), .output, .version,
        CommandOption("--table", value: "TABLE", words: ["activities", "processors", "subprocessors", "transfers", "joint-controllers", "security-measures", "all"]),
        .delimiter, .asOf, CommandOption("--bom"), CommandOption("--excel"), CommandOption("--no-excel"), CommandOption("--findings"),
    ]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let path = try requirePath(parsed, command: name)
        if parsed.positionals.count > 1 {
            throw UsageError(.errorUnexpectedArgument, TerminalText.escape(parsed.positionals[1]), command: name)
        }
        var request = try exportRequest(parsed, context: context)
        let output = parsed.option(.output)
        if output?.isEmpty == true { throw UsageError(.exportOutputEmpty, command: name) }
        if request.format == .csv, request.tables.count > 1, output == nil {
            throw UsageError(.exportTableAllNeedsFolder, command: name)
        }
        if request.format.isBinary, output == nil {
            throw UsageError(.exportBinaryNeedsOutput, request.format.rawValue, command: name)
        }

        let store = try RegisterStore(folder: path)
        let register: Register
        if let reference = parsed.option("--version") {
            let hash = try store.history.resolve(reference)
            register = try store.register(at: reference)
            request.markdown.version = store.history.version(hash).map { ExportVersion($0) }
            request.workbook.version = request.markdown.version
        } else {
            register = try store.load()
            PendingJournalNote.say(store, context: context)
            if request.format.isDocument, let head = store.history.head.flatMap(store.history.version) {
                request.markdown.version = ExportVersion(head, hasUnrecordedChanges: !(try store.unrecordedChangesInFilesRead()).isEmpty)
            }
            // A spreadsheet is stamped with the head only when the files are the head: the import compares with it.
            if request.format == .xlsx || request.format == .csv, let head = store.history.head.flatMap(store.history.version),
               try store.unrecordedChangesInFilesRead().isEmpty {
                request.workbook.version = ExportVersion(head)
            }
        }

        request.csv.version = request.workbook.version
        var files: [ExportFile]
        if request.format == .xlsx {
            let workbook = try XLSXExporter.export(register, options: request.workbook)
            if workbook.cut > 0 { context.err("ropa: \(context.text(.wordWarning)): " + context.text(.exportCellsCut, "\(workbook.cut)")) }
            if workbook.dropped > 0 { context.err("ropa: \(context.text(.wordWarning)): " + context.text(.exportCharactersDropped, "\(workbook.dropped)")) }
            files = [ExportFile(name: "register.xlsx", bytes: workbook.bytes)]
        } else {
            files = try Exporter.files(register, request: request)
        }
        if let output {
            for written in try Exporter.write(files, to: output) { context.err(context.text(.exportWrote, written)) }
        } else {
            for file in files { context.stdout.write(String(decoding: file.bytes, as: UTF8.self)) }
        }
        return ExitCode.success
    }

    /// The request the options describe, refusing options that do not apply to the format. The files are in
    /// the language `--lang` names, else English: the environment's language changes the messages only.
    static func exportRequest(_ parsed: Arguments, context: CommandContext) throws -> ExportRequest {
        let formats = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        guard let formatName = parsed.option("--format") else {
            throw UsageError(.exportNeedsFormat, formats, command: name)
        }
        guard let format = ExportFormat(rawValue: formatName) else {
            throw UsageError(.exportUnknownFormat, TerminalText.escape(formatName), formats, command: name)
        }
        let onlyFor: [(option: String, formats: [ExportFormat])] = [
            ("--table", [.csv]), ("--delimiter", [.csv]), ("--bom", [.csv]), ("--excel", [.csv]), ("--no-excel", [.csv]),
            ("--as-of", [.markdown, .docx, .html]), ("--findings", [.docx, .html]),
        ]
        for rule in onlyFor where !rule.formats.contains(format) && (parsed.option(rule.option) != nil || parsed.flag(rule.option)) {
            let formats = rule.formats.map(\.rawValue)
            let names = formats.count < 2 ? formats.joined()
                : "\(formats.dropLast().joined(separator: ", ")) \(context.text(.wordAnd)) \(formats[formats.count - 1])"
            throw UsageError(.exportOptionNotForFormat, rule.option, names, format.rawValue, command: name)
        }

        let language = context.languageOption ?? .en
        var tables: [CSVTable] = [.activities]
        if let table = parsed.option("--table") {
            guard let chosen = CSVTable.tables(argument: table) else {
                throw UsageError(.exportUnknownTable, TerminalText.escape(table), CSVTable.argumentNames.joined(separator: ", "),
                                 command: name)
            }
            tables = chosen
        }
        // Swedish CSV is for Swedish Excel unless told otherwise: `;`, a byte order mark, phone numbers kept.
        let excel = parsed.flag("--excel") || (language == .sv && !parsed.flag("--no-excel"))
        var csv = excel ? CSVOptions.excel(language: language) : CSVOptions(language: language)
        if let text = parsed.option("--delimiter") {
            guard let chosen = CSVDelimiter(argument: text) else {
                throw UsageError(.errorDelimiterValue, TerminalText.escape(text), command: name)
            }
            csv.delimiter = chosen
        }
        if parsed.flag("--bom") { csv.byteOrderMark = true }
        let date = try parseAsOf(parsed.option("--as-of"), command: name)
        var request = ExportRequest(format: format, tables: tables, csv: csv,
                                    markdown: MarkdownOptions(language: language, date: date))
        request.findings = parsed.flag("--findings")
        return request
    }
}
