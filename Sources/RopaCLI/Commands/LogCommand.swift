import RopaJSON
import RopaModel
import RopaStore

enum LogCommand: Command {
    static let name = "log"
    static let usage = "ropa log PATH [-n N] [--json]"
    static let summary = CLIMessage.logSummary
    static let help = CLIMessage.logHelp
    static let commandOptions: [CommandOption] = [CommandOption("-n", "--max-count", value: "N"), .json]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let path = try requirePath(parsed, command: name)
        let versions: [Version]
        let heads: Set<String>
        if let text = parsed.option("--max-count") {
            guard let count = Int(text), count >= 1 else { throw UsageError(.logCountValue, TerminalText.escape(text), command: name) }
            // Reads only the records shown when `.ropa-history` knows the order (see HistoryIndex).
            let recent = try History.newest(count, folder: try RegisterStore.registerFolder(path))
            versions = recent.versions
            heads = Set(recent.heads)
        } else {
            let history = try RegisterStore(folder: path).history
            history.writeIndex()
            versions = history.versions.reversed()
            heads = Set(history.heads)
        }
        if parsed.flag("--json") {
            let list: [JSONValue] = versions.map { version in
                .object([
                    "number": .int(version.number),
                    "label": .string(version.label),
                    "time": .string(version.record.time),
                    "author": .string(version.record.author),
                    "message": .string(version.record.message),
                    "hash": .string(version.hash),
                    "parents": .array(version.record.parents.map(JSONValue.string)),
                ])
            }
            context.json(CanonicalJSON.bytes(.array(list)))
            return ExitCode.success
        }
        if versions.isEmpty { context.say(.noVersionsYet) }
        for version in versions {
            let merge = version.record.parents.count > 1 ? context.text(.logMergeMarker) : ""
            let head = heads.contains(version.hash) ? context.text(.logHeadMarker) : ""
            context.out("\(version.label)  \(version.record.time)  \(version.shortHash)  \(TerminalText.escape(version.record.author))\(head)\(merge)")
            context.out("    \(TerminalText.escape(version.record.message))")
        }
        return ExitCode.success
    }
}
