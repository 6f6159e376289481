import RopaJSON
import RopaModel

/// Everything that can go wrong reading or writing a register, each with a message that names the file.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case notARegister(path: String)
    case notAFolder(path: String)
    case unreadable(path: String, reason: String)
    case syntax(path: String, error: JSONSyntaxError)
    case invalidContent(path: String, problem: String)
    case unknownField(path: String, field: String)
    case idMismatch(path: String, id: String)
    case invalidID(path: String, id: String)
    case newerSchema(path: String, found: Int, supported: Int)
    case locked(path: String, holder: String)
    case writeFailed(path: String, reason: String)
    case history(path: String, problem: String)
    case changedOnDisk(path: String, files: [String])
    case unknownVersion(String)
    case unknownEntity(String)
    case invalidEdit(String)

    public var description: String {
        switch self {
        case .notFound(let path): return "\(path): no such file or folder"
        case .notARegister(let path): return "\(path): not a ropa register (no register.json)"
        case .notAFolder(let path): return "\(path): expected a folder, found a file"
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .syntax(let path, let error): return "\(path):\(error.line):\(error.column): invalid JSON: \(error.message)"
        case .invalidContent(let path, let problem): return "\(path): \(problem)"
        case .unknownField(let path, let field):
            return "\(path): unknown field \"\(field)\" (ropa keeps no field it does not know: remove or rename it)"
        case .idMismatch(let path, let id): return "\(path): holds id \"\(id)\", but an entity's file must be named after its id"
        case .invalidID(let path, let id):
            return "\(path): id \"\(TerminalText.escape(id))\" is not valid: use lower-case letters, digits and hyphens"
        case .newerSchema(let path, let found, let supported):
            return "\(path): schema version \(found) is newer than this ropa supports (\(supported)): upgrade ropa to open it"
        case .locked(let path, let holder): return "\(path): the register is being edited by \(holder)"
        case .writeFailed(let path, let reason): return "\(path): cannot write: \(reason)"
        case .history(let path, let problem): return "\(path): history: \(problem)"
        case .changedOnDisk(let path, let files):
            let list = files.prefix(5).joined(separator: ", ") + (files.count > 5 ? ", …" : "")
            return "\(path): changed on disk since it was read (\(list)): not saved, nothing overwritten; reload and apply the edits again"
        case .unknownVersion(let version): return "no version \"\(TerminalText.escape(version))\" in the history"
        case .unknownEntity(let id): return "no entity with id \"\(TerminalText.escape(id))\" in the register"
        case .invalidEdit(let problem): return problem
        }
    }
}
