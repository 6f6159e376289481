import RopaModel

/// `ropa --help` and `ropa help COMMAND` in the run's language. Usage lines, command and option names are
/// the same in both languages; only the word "Usage" and the prose around them are translated.
enum HelpText {
    static func overview(_ commands: [Command.Type], language: Language) -> String {
        var text = CLIMessage.helpOverviewHead.text(language)
        let width = commands.map { $0.name.count }.max() ?? 0
        for command in commands {
            text += "  \(command.name.padding(toLength: width, withPad: " ", startingAt: 0))  \(command.summary.text(language))\n"
        }
        return text + CLIMessage.helpOverviewTail.text(language)
    }

    static func detail(_ command: Command.Type, language: Language) -> String {
        "\(usage(command.usage, language: language))\n\n\(command.summary.text(language))\n\n\(command.help.text(language))\n\n"
            + "\(CLIMessage.helpLanguageFooter.text(language))\n"
    }

    /// "Usage: ropa review PATH …" with any further usage lines aligned under the first.
    static func usage(_ usage: String, language: Language) -> String {
        let prefix = CLIMessage.helpUsage.text(language)
        let lines = usage.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = String(repeating: " ", count: prefix.count)
        return lines.enumerated().map { index, line in
            index == 0 ? prefix + line : indent + line.drop { $0 == " " }
        }.joined(separator: "\n")
    }
}
