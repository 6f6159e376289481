import RopaModel
import RopaStore
import RopaUI

/// `ropa delete PATH ID`: removes an entity as one version. While other entities refer to it, nothing is
/// deleted and they are listed; `--force` removes those references too, each one named.
enum DeleteCommand: Command {
    static let name = "delete"
    static let usage = "ropa delete PATH ID [--force] [-m MESSAGE]"
    static let summary = Message.deleteSummary
    static let help = Message.deleteHelp
    static let flags: Set<String> = ["--force"]
    static let options: Set<String> = ["-m", "--message"]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        guard parsed.positionals.count == 2 else { throw UsageError(.deleteNeedsArguments, command: name) }
        let id = parsed.positionals[1]
        let store = try RegisterStore(folder: parsed.positionals[0])
        let lock = try RegisterLock.acquire(folder: store.folder)
        defer { lock.release() }
        let register = try store.load()
        guard let file = FieldAssignment.entityFile(id, in: store.workingFiles), let kind = RegisterLayout.kind(ofFile: file) else {
            throw StoreError.unknownEntity(id)
        }
        if kind == .organisation { throw UsageError(.deleteOrganisation, command: name) }
        let entityName = register.entity(withID: id, kind: kind) ?? id
        let references = register.references(to: id)
        func describe(_ reference: (kind: EntityKind, id: String, name: String, field: String)) -> String {
            "\(reference.kind.label.text(context.language)) '\(TerminalText.escape(reference.name))' (\(reference.id)) · \(reference.field)"
        }
        if !references.isEmpty, !parsed.flag("--force") {
            context.err("ropa: \(context.text(.deleteReferenced, "\(kind.label.text(context.language)) '\(TerminalText.escape(entityName))' (\(id))", "\(references.count)"))")
            for reference in references { context.err(context.text(.deleteReferrer, describe(reference))) }
            return ExitCode.findings
        }
        let result = RegisterEditing.deleting(EntityRef(kind, id), in: register)
        let message = parsed.option("-m") ?? parsed.option("--message")
            ?? context.text(.deleteDefaultMessage, kind.label.text(context.language).lowercased(), TerminalText.escape(entityName))
        guard let saved = try store.save(result, message: message, author: Author.current(environment: context.environment, folder: store.folder)) else {
            return ExitCode.failure
        }
        for reference in references { context.say(.deleteRemovedReference, describe(reference)) }
        context.say(.deleteDone, kind.label.text(context.language), TerminalText.escape(entityName), saved.version.label, saved.version.shortHash)
        return ExitCode.success
    }
}
