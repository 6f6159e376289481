import Foundation
import RopaExport
import RopaModel
import RopaStore

enum ExportCommand: Command {
    static let name = "export"
    static let usage = "ropa export PATH --format csv|markdown|json [--output FILE|DIR] [--version N] [OPTIONS]"
    static let summary = "write the register as CSV for spreadsheets, Markdown for documents, or JSON"
    static let help = """
    Formats:
      --format csv        RFC 4180 tables for Excel, LibreOffice and Google Sheets: UTF-8, fields quoted where
                          needed, multi-valued cells joined with "; ", cells that a spreadsheet would run as
                          a formula (=, +, -, @, tab, CR) prefixed with ' so they show as text
      --format markdown   a document for management, auditors and the supervisory authority: title with the
                          organisation, organisation numbers, DPO, date and version; contents; summary; a
                          section per activity; processors and sub-processors; transfers; joint controllers;
                          security measures; open findings. CommonMark with GFM tables; converts with pandoc:
                            pandoc -f gfm register.md -o register.docx
      --format json       one canonical JSON document with the keys organisation, activities, processors,
                          transfers, jointControllers, securityMeasures

    Options:
      --output FILE|DIR   write to FILE, or into DIR (activities.csv, register.md, …), instead of standard
                          output; files are readable by their owner only
      --version N         export the register as it was at version N (a number or a hash prefix)
      --lang en|sv        headers, headings and vocabulary in English (default) or Swedish (csv, markdown)
      --table NAME        csv: activities (default), processors, subprocessors, transfers, joint-controllers,
                          security-measures, or all (one file each; needs --output DIR)
      --delimiter D       csv: the field separator: ',' (default), ';' for Swedish Excel, tab or '|'
      --bom               csv: start with a UTF-8 byte order mark, so Excel reads å, ä, ö right
      --as-of YYYY-MM-DD  markdown: the date the document speaks for and findings are measured against
                          (default today)

    The same register gives the same bytes.
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try Arguments(arguments, command: name, flagNames: ["--bom"],
                                   optionNames: ["--format", "--output", "-o", "--version", "--table", "--lang",
                                                 "--delimiter", "--as-of"])
        let path = try requirePath(parsed, command: name)
        if parsed.positionals.count > 1 {
            throw UsageError("unexpected argument '\(TerminalText.escape(parsed.positionals[1]))'", command: name)
        }
        var request = try exportRequest(parsed)
        let output = parsed.option("--output") ?? parsed.option("-o")
        if output?.isEmpty == true { throw UsageError("--output needs a file or folder", command: name) }
        if request.format == .csv, request.tables.count > 1, output == nil {
            throw UsageError("--table all writes one file per table: give a folder with --output DIR", command: name)
        }

        let store = try RegisterStore(folder: path)
        let register: Register
        if let reference = parsed.option("--version") {
            let hash = try store.history.resolve(reference)
            register = try store.register(at: reference)
            request.markdown.version = store.history.version(hash).map { ExportVersion($0) }
        } else {
            register = try store.load()
            if request.format == .markdown, let head = store.history.head.flatMap(store.history.version) {
                request.markdown.version = ExportVersion(head, hasUnrecordedChanges: !(try store.unrecordedChanges()).isEmpty)
            }
        }

        let files = try Exporter.files(register, request: request)
        if let output {
            for written in try Exporter.write(files, to: output) { context.err("Wrote \(written)") }
        } else {
            for file in files { context.stdout.write(String(decoding: file.bytes, as: UTF8.self)) }
        }
        return ExitCode.success
    }

    /// The request the options describe, refusing options that do not apply to the format.
    static func exportRequest(_ parsed: Arguments) throws -> ExportRequest {
        let formats = ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")
        guard let formatName = parsed.option("--format") else {
            throw UsageError("give the format with --format (\(formats))", command: name)
        }
        guard let format = ExportFormat(rawValue: formatName) else {
            throw UsageError("unknown format '\(TerminalText.escape(formatName))': use one of \(formats)", command: name)
        }
        let onlyFor: [(option: String, formats: [ExportFormat])] = [
            ("--table", [.csv]), ("--delimiter", [.csv]), ("--bom", [.csv]), ("--lang", [.csv, .markdown]),
            ("--as-of", [.markdown]),
        ]
        for rule in onlyFor where !rule.formats.contains(format) && (parsed.option(rule.option) != nil || parsed.flag(rule.option)) {
            let names = rule.formats.map(\.rawValue).joined(separator: " and ")
            throw UsageError("\(rule.option) applies to --format \(names), not \(format.rawValue)", command: name)
        }

        var language = Language.en
        if let code = parsed.option("--lang") {
            guard let chosen = Language(rawValue: code) else {
                throw UsageError("unknown language '\(TerminalText.escape(code))': use en or sv", command: name)
            }
            language = chosen
        }
        var tables: [CSVTable] = [.activities]
        if let table = parsed.option("--table") {
            guard let chosen = CSVTable.tables(argument: table) else {
                throw UsageError("unknown table '\(TerminalText.escape(table))': use one of \(CSVTable.argumentNames.joined(separator: ", "))",
                                 command: name)
            }
            tables = chosen
        }
        var delimiter = CSVDelimiter.comma
        if let text = parsed.option("--delimiter") {
            guard let chosen = CSVDelimiter(argument: text) else {
                throw UsageError("--delimiter takes ',', ';', tab or '|', not '\(TerminalText.escape(text))'", command: name)
            }
            delimiter = chosen
        }
        let date = try parseAsOf(parsed.option("--as-of"), command: name)
        return ExportRequest(format: format, tables: tables,
                             csv: CSVOptions(language: language, delimiter: delimiter, byteOrderMark: parsed.flag("--bom")),
                             markdown: MarkdownOptions(language: language, date: date))
    }
}
