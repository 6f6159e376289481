import RopaModel
import RopaStore

/// The git merge driver: `ropa merge-file %O %A %B %P`. Writes the field-wise merge of one register file
/// into MINE (%A), as git asks; exit 0 when it merged cleanly, 1 when it left conflicts (git then marks
/// the file unmerged, and `ropa resolve` settles them).
enum MergeFileCommand: Command {
    static let name = "merge-file"
    static let usage = "ropa merge-file BASE MINE THEIRS [PATHNAME]"
    static let summary = CLIMessage.mergeFileSummary
    static let help = CLIMessage.mergeFileHelp

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let files = parsed.positionals
        guard files.count == 3 || files.count == 4 else { throw UsageError(.errorMissingPath, command: name) }
        let shown = TerminalText.escape(files.count == 4 ? files[3] : files[1])
        func read(_ path: String) throws -> [UInt8]? {
            FileIO.kind(path) == .missing ? nil : try FileIO.read(path)
        }
        let result: FileMerge.Result
        do {
            result = try FileMerge.merge(base: try read(files[0]), mine: try read(files[1]), theirs: try read(files[2]), path: shown)
        } catch {
            // Not JSON on some side: left as this branch has it, for git to report as a conflict.
            context.err("ropa: \(context.text(.mergeFileUnreadable, shown, context.describe(error)))")
            return ExitCode.findings
        }
        if let bytes = result.bytes {
            try FileIO.writeAtomically(bytes, to: files[1])
        } else {
            try FileIO.writeAtomically([], to: files[1])
        }
        guard result.conflicts.isEmpty else {
            context.err("ropa: \(context.text(.mergeFileConflicts, shown, "\(result.conflicts.count)"))")
            for conflict in result.conflicts {
                context.err("  \(TerminalText.escape(conflict.field)): \(RegisterConflicts.display(conflict.mine, language: context.language)) ≠ "
                            + RegisterConflicts.display(conflict.theirs, language: context.language))
            }
            return ExitCode.findings
        }
        return ExitCode.success
    }
}
