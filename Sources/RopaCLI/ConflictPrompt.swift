import RopaJSON
import RopaModel
import RopaStore

/// Opening a register that a git merge left with conflicts: before the UI starts, each conflict is shown
/// with both values and settled with keep mine, keep theirs or edit (type the value). Settling the last one
/// records the merge; quitting writes nothing.
enum ConflictPrompt {
    /// Asks about every conflict; true when all are settled and the register can be opened.
    static func run(_ path: String, context: CommandContext) throws -> Bool {
        let store = try RegisterStore(folder: path)
        let conflicts = RegisterConflicts.find(in: try store.readFiles())
        guard !conflicts.isEmpty else { return true }
        context.err(context.text(.conflictPromptHead, "\(conflicts.count)"))
        var choices: [(conflict: FileConflict, choice: ConflictChoice)] = []
        for conflict in conflicts {
            context.err("  " + RegisterConflicts.line(conflict, language: context.language))
            while true {
                guard let answer = context.ask(context.text(.conflictPromptAsk)) else {
                    context.err(context.text(.conflictPromptQuit))
                    return false
                }
                switch answer.lowercased() {
                case "m": choices.append((conflict, .mine))
                case "t": choices.append((conflict, .theirs))
                case "e":
                    guard let text = context.ask(context.text(.conflictPromptValue)) else { continue }
                    choices.append((conflict, .value(value(text, like: conflict.conflict))))
                case "q":
                    context.err(context.text(.conflictPromptQuit))
                    return false
                default:
                    continue
                }
                break
            }
        }
        let settlement = try RegisterStore.settle(folder: store.folder, choices, message: context.text(.resolveDefaultMessage, "\(conflicts.count)"),
                                          author: Author.current(environment: context.environment, folder: store.folder))
        ResolveCommand.report(settlement, context: context)
        return true
    }

    /// Typed text as the field's kind of value: text for a text field, else JSON when it reads as JSON.
    static func value(_ text: String, like conflict: MergeConflict) -> JSONValue {
        let sides = [conflict.mine, conflict.theirs, conflict.base].compactMap { $0 }
        if sides.contains(where: { $0.stringValue != nil }) { return .string(text) }
        return (try? JSONParser.parse(text)) ?? .string(text)
    }
}
