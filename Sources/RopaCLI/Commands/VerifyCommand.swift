import RopaModel
import RopaStore

enum VerifyCommand: Command {
    static let name = "verify"
    static let usage = "ropa verify PATH"
    static let summary = CLIMessage.verifySummary
    static let help = CLIMessage.verifyHelp

    static func run(_ arguments: [String], context: CommandContext) throws -> Int32 {
        let parsed = try parse(arguments)
        let path = try requirePath(parsed, command: name)
        // Read again if a save ran meanwhile: a half-applied save is no finding.
        let (store, found) = try RegisterStore.readConsistently(folder: path, checkingHistory: false) { store in
            (store, findProblems(store, path: path, context: context))
        }
        let (problems, mergedHeads) = found
        PendingJournalNote.say(store, context: context)
        if GitRepository.isInside(store.folder, environment: context.environment), !GitRepository.hasMergeDriver(store.folder, environment: context.environment) {
            context.err(context.text(.verifyDriverMissing, TerminalText.escape(store.folder)))
        }
        if problems.isEmpty, mergedHeads.count == 2 {
            context.say(.verifyOKMerge, "\(store.history.count)", mergedHeads[0].label, mergedHeads[1].label)
            return ExitCode.success
        }
        if problems.isEmpty {
            let head = store.history.head.flatMap { store.history.version($0) }
            context.say(.verifyOK, "\(store.history.count)", head?.label ?? "0", head?.shortHash ?? "")
            return ExitCode.success
        }
        for problem in problems { context.say(.verifyFail, TerminalText.escape(problem)) }
        return ExitCode.findings
    }

    /// Everything wrong with the register: its history, the files against the head, the files themselves;
    /// and the two heads whose field-wise merge the files are, when they are one (a valid state).
    static func findProblems(_ store: RegisterStore, path: String, context: CommandContext) -> (problems: [String], mergedHeads: [Version]) {
        var problems = store.history.verify(context.language)
        var mergedHeads: [Version] = []
        if store.history.isEmpty {
            problems.append(context.text(.verifyNoHistory, path))
        } else {
            var changed: [String]
            do {
                changed = try store.unrecordedChanges()
            } catch {
                // A broken chain cannot rebuild the head: that is the finding, not a reason to stop.
                changed = []
                problems.append(context.text(.verifyHeadCannotBeRebuilt, context.describe(error)))
            }
            // After a merge of two branches the files must be their field-wise merge: then the state is valid
            // as it is, and the next save records it. Otherwise someone decided something to record.
            if store.history.heads.count == 2, let differing = try? store.filesDifferingFromMergeOfHeads() {
                if differing.isEmpty {
                    mergedHeads = store.history.heads.compactMap { store.history.version($0) }
                }
                changed = differing
            }
            if !changed.isEmpty {
                let heads = store.history.heads.count
                let reason = heads > 1 ? context.text(.verifyAfterMerge, "\(heads)") : context.text(.verifySinceHead)
                let files = changed.prefix(5).joined(separator: ", ") + (changed.count > 5 ? ", …" : "")
                problems.append(context.text(.verifyUnrecorded, "\(changed.count)", reason, files, path))
            }
            do {
                _ = try store.load()
            } catch {
                problems.append(context.text(.verifyUnreadable, context.describe(error)))
            }
        }
        return (problems, mergedHeads)
    }
}
