import RopaJSON
import RopaModel
import RopaStore

enum LogCommand: Command {
    static let name = "log"
    static let usage = "ropa log PATH [--json]"
    static let summary = Message.logSummary
    static let help = Message.logHelp
    static let commandOptions: [CommandOption] = [.json]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let path = try requirePath(parsed, command: name)
        let history = try RegisterStore(folder: path).history
        let versions = history.versions.reversed()
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
        let heads = Set(history.heads)
        for version in versions {
            let merge = version.record.parents.count > 1 ? context.text(.logMergeMarker) : ""
            let head = heads.contains(version.hash) ? context.text(.logHeadMarker) : ""
            context.out("\(version.label)  \(version.record.time)  \(version.shortHash)  \(TerminalText.escape(version.record.author))\(head)\(merge)")
            context.out("    \(TerminalText.escape(version.record.message))")
        }
        return ExitCode.success
    }
}
