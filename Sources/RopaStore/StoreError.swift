import RopaJSON
import RopaModel

/// Everything that can go wrong reading or writing a register, each with a message that names the file, in
/// English (`description`) or Swedish (`description(.sv)`).
public enum StoreError: Error, Equatable, LocalizedDescription {
    case notFound(path: String)
    case notARegister(path: String)
    case notAFolder(path: String)
    case unreadable(path: String, reason: LocalizedText)
    case syntax(path: String, error: JSONSyntaxError)
    case invalidContent(path: String, problem: LocalizedText)
    case unknownField(path: String, field: String)
    case idMismatch(path: String, id: String)
    case invalidID(path: String, id: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case locked(path: String, holder: LocalizedText)
    case writeFailed(path: String, reason: LocalizedText)
    case history(path: String, problem: LocalizedText)
    case changedOnDisk(path: String, files: [String])
    case unknownVersion(String)
    case unknownEntity(String)
    case invalidEdit(LocalizedText)
    /// A git merge left fields changed differently on both sides (see `RegisterConflicts`).
    case mergeConflicts(path: String, conflicts: [FileConflict])
    /// A version number two branches both have: it must be named with its hash (`2·a6c5`).
    case ambiguousVersion(String, candidates: [String])
    case symbolicLink(path: String)
    case notARegularFile(path: String)
    case unrecordedChanges(path: String, files: [String])
    case journalRefused(path: String, reason: LocalizedText)

    public func description(_ language: Language) -> String {
        func text(_ message: StoreMessage, _ arguments: String...) -> String { message.text(language, arguments) }
        switch self {
        case .notFound(let path): return text(.storeNotFound, path)
        case .notARegister(let path): return text(.storeNotARegister, path)
        case .notAFolder(let path): return text(.storeNotAFolder, path)
        case .unreadable(let path, let reason): return text(.storeUnreadable, path, reason.text(language))
        case .syntax(let path, let error):
            return text(.storeSyntax, path, "\(error.line)", "\(error.column)", error.reason.text.text(language))
        case .invalidContent(let path, let problem): return "\(path): \(problem.text(language))"
        case .unknownField(let path, let field): return text(.storeUnknownField, path, field)
        case .idMismatch(let path, let id): return text(.storeIDMismatch, path, id)
        case .invalidID(let path, let id): return text(.storeInvalidID, path, TerminalText.escape(id))
        case .newerSchema(let path, let found, let supported): return text(.storeNewerSchema, path, "\(found)", "\(supported)")
        case .locked(let path, let holder): return text(.storeLocked, path, holder.text(language))
        case .writeFailed(let path, let reason): return text(.storeWriteFailed, path, reason.text(language))
        case .history(let path, let problem): return text(.storeHistory, path, problem.text(language))
        case .changedOnDisk(let path, let files):
            let list = files.prefix(5).joined(separator: ", ") + (files.count > 5 ? ", …" : "")
            return text(.storeChangedOnDisk, path, list)
        case .unknownVersion(let version): return text(.storeUnknownVersion, TerminalText.escape(version))
        case .unknownEntity(let id): return Message.storeUnknownEntity.text(language, TerminalText.escape(id))
        case .invalidEdit(let problem): return problem.text(language)
        case .mergeConflicts(let path, let conflicts):
            let lines = conflicts.map { "  " + RegisterConflicts.line($0, language: language) }.joined(separator: "\n")
            return text(.storeMergeConflicts, path, "\(conflicts.count)", lines)
        case .ambiguousVersion(let version, let candidates):
            return text(.storeAmbiguousVersion, TerminalText.escape(version), candidates.joined(separator: ", "))
        case .symbolicLink(let path): return text(.storeSymbolicLink, path)
        case .notARegularFile(let path): return text(.storeNotARegularFile, path)
        case .unrecordedChanges(let path, let files):
            let list = files.prefix(5).joined(separator: ", ") + (files.count > 5 ? ", …" : "")
            return text(.storeUnrecordedChanges, path, list)
        case .journalRefused(let path, let reason): return text(.storeJournalRefused, path, reason.text(language))
        }
    }
}
