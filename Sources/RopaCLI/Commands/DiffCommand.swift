import RopaJSON
import RopaModel
import RopaStore

enum DiffCommand: Command {
    static let name = "diff"
    static let usage = "ropa diff PATH [FROM [TO]] [--json]"
    static let summary = "show what changed between two versions, field by field"
    static let help = """
    Without versions: the head against its parent. With FROM only: FROM against the head.
    Versions are numbers (see 'ropa log') or hash prefixes. Entities are matched by id, never by position.

    Options:
      --json   print an array of changes: file, kind, id, entity, action, field, old, new
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try Arguments(arguments, command: name, flagNames: ["--json"])
        let path = try requirePath(parsed, command: name)
        if parsed.positionals.count > 3 { throw UsageError("too many versions: give FROM and TO at most", command: name) }
        let store = try RegisterStore(folder: path)
        let history = store.history
        guard let head = history.head else {
            context.out("No versions yet.")
            return ExitCode.success
        }
        let to = try parsed.positionals.count > 2 ? history.resolve(parsed.positionals[2]) : head
        let from: String?
        if parsed.positionals.count > 1 {
            from = try history.resolve(parsed.positionals[1])
        } else {
            from = history.version(to)?.record.parents.first
        }
        let oldFiles = try from.map { try history.files(at: $0) } ?? [:]
        let changes = StructuralDiff.changes(from: oldFiles, to: try history.files(at: to))
        if parsed.flag("--json") {
            context.stdout.write(String(decoding: CanonicalJSON.bytes(.array(changes.map(\.json))), as: UTF8.self))
            return ExitCode.success
        }
        let fromText = from.flatMap { history.version($0) }.map { "version \($0.number)" } ?? "empty register"
        let toVersion = history.version(to)
        context.out("From \(fromText) to version \(toVersion?.number ?? 0): \(TerminalText.escape(toVersion?.record.message ?? ""))")
        if changes.isEmpty { context.out("No changes.") }
        for change in changes { context.out(change.describe()) }
        return ExitCode.success
    }
}
