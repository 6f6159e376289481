import RopaJSON
import RopaModel
import RopaStore

/// Settles the conflicts a git merge left in the register: lists them, or keeps mine, theirs or a value
/// of one's own, for every conflict, those of one entity, or one field. Once none is left the merge is
/// recorded as a version with both parents.
enum ResolveCommand: Command {
    static let name = "resolve"
    static let usage = "ropa resolve PATH [ID [FIELD]] [--mine | --theirs] [-m MESSAGE]\nropa resolve PATH ID FIELD=VALUE [-m MESSAGE]"
    static let summary = CLIMessage.resolveSummary
    static let help = CLIMessage.resolveHelp
    static let commandOptions: [CommandOption] = [CommandOption("--mine"), CommandOption("--theirs"), .message]

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let positionals = parsed.positionals
        guard let path = positionals.first else { throw UsageError(.resolveNeedsPath, command: name) }
        let store = try RegisterStore(folder: path)
        let files = try store.readFiles()
        let conflicts = RegisterConflicts.find(in: files)
        let id = positionals.count > 1 ? positionals[1] : nil
        var field = positionals.count > 2 ? positionals[2] : nil
        var choice: ConflictChoice?
        if parsed.flag("--mine") { choice = .mine }
        if parsed.flag("--theirs") { choice = choice == nil ? .theirs : nil }
        if let given = field, given.contains("=") {
            let assignment = try FieldAssignment.parse(given)
            field = assignment.pathText
            switch assignment.value {
            case .json(let value): choice = .value(value == .null ? nil : value)
            case .text(let text): choice = .value(.string(text))
            }
        }
        if parsed.flag("--mine") && parsed.flag("--theirs") || positionals.count > 3 {
            throw UsageError(.resolveChooseOne, command: name)
        }
        // Git's own conflicts (deleted on one side, edited on the other) have no field to settle: named apart.
        let unmerged = GitRepository.unmergedPaths(in: store.folder, environment: context.environment)
        let conflictFiles = Set(conflicts.map(\.file))
        let gitOnly = unmerged.filter { !conflictFiles.contains($0) }
        guard !conflicts.isEmpty else {
            guard !gitOnly.isEmpty else {
                context.say(.resolveNoConflicts)
                return ExitCode.success
            }
            listGitConflicts(gitOnly, context: context)
            return ExitCode.findings
        }
        let chosen = conflicts.filter { conflict in
            (id == nil || conflict.entityID == id) && (field == nil || samePath(conflict.conflict.field, field ?? ""))
        }
        guard let choice else {
            context.say(.resolveListHead, "\(conflicts.count)")
            for conflict in conflicts { context.out("  " + RegisterConflicts.line(conflict, language: context.language)) }
            if !gitOnly.isEmpty { listGitConflicts(gitOnly, context: context) }
            return ExitCode.findings
        }
        guard !chosen.isEmpty else {
            throw UsageError(.resolveNoMatch, TerminalText.escape(store.folder), TerminalText.escape([id, field].compactMap { $0 }.joined(separator: " ")), command: name)
        }
        let message = parsed.option(.message) ?? context.text(.resolveDefaultMessage, "\(conflicts.count)")
        let settlement = try RegisterStore.settle(folder: store.folder, chosen.map { ($0, choice) }, message: message,
                                          author: Author.current(environment: context.environment, folder: store.folder))
        report(settlement, context: context)
        let left = Set(RegisterConflicts.find(in: try RegisterStore(folder: store.folder).readFiles()).map(\.file))
        let settledFiles = unmerged.filter { conflictFiles.contains($0) && !left.contains($0) }
        if !settledFiles.isEmpty {
            context.say(.resolveGitAddNext, settledFiles.map(TerminalText.escape).joined(separator: " "))
        }
        return ExitCode.success
    }

    static func listGitConflicts(_ paths: [String], context: CommandContext) {
        context.say(.resolveGitConflictsHead, "\(paths.count)")
        for path in paths { context.out("  " + context.text(.resolveGitConflictLine, TerminalText.escape(path))) }
    }

    static func report(_ settlement: RegisterStore.Settlement, context: CommandContext) {
        switch settlement {
        case .partly(let settled, let left):
            context.say(.resolveResolved, "\(settled)", "\(left)")
        case .recorded(let settled, let saved):
            if let saved {
                context.say(.resolveRecorded, "\(settled)", saved.version.label, saved.version.shortHash)
            } else {
                context.say(.resolveResolved, "\(settled)", "0")
            }
        }
    }

    /// `purposes.x.lawfulBasis` and `purposes[x].lawfulBasis` name the same field.
    static func samePath(_ lhs: String, _ rhs: String) -> Bool {
        FieldPath(lhs).components.filter { !$0.isEmpty } == FieldPath(rhs).components.filter { !$0.isEmpty }
    }
}
