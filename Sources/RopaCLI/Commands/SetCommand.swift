import RopaModel
import RopaStore

enum SetCommand: Command {
    static let name = "set"
    static let usage = "ropa set PATH ID FIELD=VALUE... [-m MESSAGE]"
    static let summary = "change fields of one entity, recorded as one version"
    static let help = """
    ID is the entity's id (see 'ropa show'); the organisation is also 'organisation'.
    FIELD is a dotted path: nested objects by key, lists by element id or index, e.g.
      ropa set Data/ist-group kundservice-och-kontakt name='Kundtjänst'
      ropa set Data/ist-group kundservice-och-kontakt purposes.svara-pa-forfragningar.lawfulBasis=legitimateInterests
      ropa set Data/ist-group avastar agreement.status=signed agreement.signedDate=2024-03-01
    VALUE is stored exactly as given (control characters included). A field that is not text (a number, a
    flag, a list) reads VALUE as JSON. FIELD:=JSON always reads JSON; FIELD:=null removes an optional field.

    Options:
      -m, --message MESSAGE   the version message (default: "Set FIELD… on ID")

    Nothing is written when any assignment is refused.
    """

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try Arguments(arguments, command: name, optionNames: ["-m", "--message"])
        let positionals = parsed.positionals
        guard positionals.count >= 3 else { throw UsageError("give PATH, ID and at least one FIELD=VALUE", command: name) }
        let path = positionals[0], id = positionals[1]
        let assignments = try positionals.dropFirst(2).map { argument -> FieldAssignment in
            do {
                return try FieldAssignment.parse(argument)
            } catch let error as StoreError {
                throw UsageError(error.description, command: name)
            }
        }
        let store = try RegisterStore(folder: path)
        let lock = try RegisterLock.acquire(folder: store.folder)
        defer { lock.release() }
        let files = try store.readFiles()
        _ = try RegisterCodec.decode(files, folder: store.folder)
        let result = try FieldAssignment.apply(assignments, toEntity: id, in: files)
        let message = parsed.option("-m") ?? parsed.option("--message")
            ?? "Set \(assignments.map(\.pathText).joined(separator: ", ")) on \(id)"
        guard let saved = try store.save(result.register, message: message, author: Author.current(environment: context.environment)) else {
            context.out("No change: the values were already as given.")
            return ExitCode.success
        }
        context.out("Saved version \(saved.version.number) (\(saved.version.shortHash)): \(TerminalText.escape(message))")
        return ExitCode.success
    }
}
