import RopaJSON
import RopaModel
import RopaStore

/// `ropa add PATH KIND FIELD=VALUE…`: a new entity, its id made from its name as the UI makes it, as one
/// version; the id is printed for the commands that follow.
enum AddCommand: Command {
    static let name = "add"
    static let usage = "ropa add PATH KIND name=NAME [FIELD=VALUE...] [-m MESSAGE]"
    static let summary = CLIMessage.addSummary
    static let help = CLIMessage.addHelp
    static let commandOptions: [CommandOption] = [.message]

    /// The kinds `ropa add` takes, as they are written on the command line.
    static let kinds: [(word: String, type: any ListedEntity.Type)] = [
        ("activity", Activity.self), ("processor", Processor.self), ("transfer", Transfer.self),
        ("joint-controller", JointController.self), ("security-measure", SecurityMeasure.self),
    ]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let positionals = parsed.positionals
        guard positionals.count >= 3 else { throw UsageError(.addNeedsArguments, command: name) }
        let path = positionals[0]
        guard let type = kinds.first(where: { $0.word == positionals[1] || $0.type.kind.folder == positionals[1] })?.type else {
            throw UsageError(.addUnknownKind, TerminalText.escape(positionals[1]), kinds.map(\.word).joined(separator: ", "), command: name)
        }
        let kind = type.kind
        let assignments = try positionals.dropFirst(2).map { argument -> FieldAssignment in
            do {
                return try FieldAssignment.parse(argument)
            } catch let error as StoreError {
                throw UsageError(.verbatim(error.description(context.language)), command: name)
            }
        }
        guard let entityName = assignments.last(where: { $0.path == ["name"] }).flatMap({ assignment -> String? in
            if case .text(let text) = assignment.value { return text }
            if case .json(.string(let text)) = assignment.value { return text }
            return nil
        }), !entityName.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw UsageError(.addNeedsName, command: name)
        }
        let store = try RegisterStore(folder: path)
        let message = parsed.option(.message)
            ?? context.text(.addDefaultMessage, kind.label.text(context.language).lowercased(), TerminalText.escape(entityName))
        var id = ""
        let saved = try store.edit(author: Author.current(environment: context.environment, folder: store.folder)) { edit in
            id = EntityID.derived(from: entityName, existing: Set(edit.register.entityIndex.map(\.id)))
            var files = edit.files
            files[RegisterLayout.path(for: kind, id: id)] = try blank(type, id: id, name: entityName)
            edit.register = try FieldAssignment.apply(assignments, toEntity: id, in: files).register
            edit.message = message
        }
        guard let saved else { return ExitCode.failure }
        context.say(.addCreated, kind.label.text(context.language), TerminalText.escape(entityName), id, saved.version.label, saved.version.shortHash)
        return ExitCode.success
    }

    /// An entity of the type with nothing but its id and name, as the model writes it.
    static func blank<T: ListedEntity>(_ type: T.Type, id: String, name: String) throws -> [UInt8] {
        try RegisterCodec.canonicalBytes(T.named(id: id, name: name))
    }
}
