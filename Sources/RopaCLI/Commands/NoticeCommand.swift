import RopaExport
import RopaModel
import RopaStore

/// `ropa notice`: the privacy notice (Art 13 and 14 information) written from the register.
enum NoticeCommand: Command {
    static let name = "notice"
    static let usage = "ropa notice PATH [--format markdown|html|docx] [--output FILE] [--audience SUBJECTS] [--lang en|sv]"
    static let summary = CLIMessage.noticeSummary
    static let help = CLIMessage.noticeHelp
    static let commandOptions: [CommandOption] = [CommandOption("--format", value: "FORMAT", words: ["markdown", "html", "docx"]), .output,
                                                 CommandOption("--audience", value: "SUBJECTS")]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let path = try requirePath(parsed, command: name)
        if parsed.positionals.count > 1 {
            throw UsageError(.errorUnexpectedArgument, TerminalText.escape(parsed.positionals[1]), command: name)
        }
        let formats = NoticeFormat.allCases.map(\.rawValue).joined(separator: ", ")
        let formatName = parsed.option("--format") ?? NoticeFormat.markdown.rawValue
        guard let format = NoticeFormat(rawValue: formatName) else {
            throw UsageError(.exportUnknownFormat, TerminalText.escape(formatName), formats, command: name)
        }
        let output = parsed.option(.output)
        if output?.isEmpty == true { throw UsageError(.exportOutputEmpty, command: name) }
        if format == .docx, output == nil { throw UsageError(.noticeDOCXNeedsOutput, command: name) }
        let audience = parsed.option("--audience")
        if let audience, audience.allSatisfy(\.isWhitespace) { throw UsageError(.noticeAudienceEmpty, command: name) }

        let store = try RegisterStore(folder: path)
        let register = try store.load()
        PendingJournalNote.say(store, context: context)
        // Like the exports, the notice's language is chosen by --lang only, so every machine writes the same text.
        let options = NoticeOptions(language: context.languageOption ?? .en, audience: audience)
        let bytes = try format.render(PrivacyNotice.document(register, options: options))
        if let output {
            let file = ExportFile(name: "notice.\(format.fileExtension)", bytes: bytes)
            for written in try Exporter.write([file], to: output) { context.err(context.text(.exportWrote, written)) }
        } else {
            context.stdout.write(String(decoding: bytes, as: UTF8.self))
        }
        return ExitCode.success
    }
}
