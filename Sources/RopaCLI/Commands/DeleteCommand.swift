import RopaModel
import RopaStore
import RopaUI

/// `ropa delete PATH ID`: removes an entity as one version. While other entities refer to it, nothing is
/// deleted and they are listed; `--force` removes those references too, each one named.
enum DeleteCommand: Command {
    static let name = "delete"
    static let usage = "ropa delete PATH ID [--force] [-m MESSAGE]"
    static let summary = CLIMessage.deleteSummary
    static let help = CLIMessage.deleteHelp
    static let commandOptions: [CommandOption] = [CommandOption("--force"), .message]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        guard parsed.positionals.count == 2 else { throw UsageError(.deleteNeedsArguments, command: name) }
        let id = parsed.positionals[1]
        let store = try RegisterStore(folder: parsed.positionals[0])
        func describe(_ reference: (kind: EntityKind, id: String, name: String, field: String)) -> String {
            "\(reference.kind.label.text(context.language)) '\(TerminalText.escape(reference.name))' (\(reference.id)) · \(reference.field)"
        }
        var references: [(kind: EntityKind, id: String, name: String, field: String)] = []
        var kind = EntityKind.activity, entityName = id, refused = false
        let saved = try store.edit(author: Author.current(environment: context.environment, folder: store.folder)) { edit in
            guard let file = FieldAssignment.entityFile(id, in: edit.files), let found = RegisterLayout.kind(ofFile: file) else {
                throw StoreError.unknownEntity(id)
            }
            if found == .organisation { throw UsageError(.deleteOrganisation, command: name) }
            kind = found
            entityName = edit.register.entity(withID: id, kind: kind) ?? id
            references = edit.register.references(to: id)
            // Refused while referred to: the register is left as it is, so nothing is recorded.
            if !references.isEmpty, !parsed.flag("--force") {
                refused = true
                return
            }
            edit.register = RegisterEditing.deleting(EntityRef(kind, id), in: edit.register)
            edit.message = parsed.option(.message)
                ?? context.text(.deleteDefaultMessage, kind.label.text(context.language).lowercased(), TerminalText.escape(entityName))
        }
        if refused {
            context.err("ropa: \(context.text(.deleteReferenced, "\(kind.label.text(context.language)) '\(TerminalText.escape(entityName))' (\(id))", "\(references.count)"))")
            for reference in references { context.err(context.text(.deleteReferrer, describe(reference))) }
            return ExitCode.findings
        }
        guard let saved else { return ExitCode.failure }
        for reference in references { context.say(.deleteRemovedReference, describe(reference)) }
        context.say(.deleteDone, kind.label.text(context.language), TerminalText.escape(entityName), saved.version.label, saved.version.shortHash)
        return ExitCode.success
    }
}
