import RopaJSON
import RopaModel

extension RegisterStore {
    /// What settling conflicts did.
    public enum Settlement: Equatable {
        /// Some conflicts remain; the settled ones are written to their files, no version recorded.
        case partly(settled: Int, left: Int)
        /// None remain: the register was recorded as the merge (nil when it equals the head).
        case recorded(settled: Int, SaveResult?)
    }

    /// Settles the chosen conflicts in the register's files. When none is left, the settled register is
    /// recorded as one version whose parents are every head: the merge. The caller holds the lock.
    public func settle(_ choices: [(conflict: FileConflict, choice: ConflictChoice)], message: String, author: String) throws -> Settlement {
        let files = try readFiles()
        let all = RegisterConflicts.find(in: files)
        var updated = files
        var settled = 0
        for file in Set(choices.map(\.conflict.file)).sorted() {
            guard let bytes = files[file] else { continue }
            let here = choices.filter { $0.conflict.file == file }
            let value = RegisterConflicts.resolving(try RegisterCodec.parse(bytes, path: "\(folder)/\(file)")) { conflict in
                here.first { $0.conflict.conflict.field == conflict.field }?.choice
            }
            settled += RegisterConflicts.find(in: try RegisterCodec.parse(bytes, path: file)).count - RegisterConflicts.find(in: value).count
            updated[file] = CanonicalJSON.bytes(value)
        }
        let left = all.count - settled
        if left > 0 {
            for file in Set(choices.map(\.conflict.file)).sorted() {
                if let bytes = updated[file], bytes != files[file] { try FileIO.writeAtomically(bytes, to: "\(folder)/\(file)") }
            }
            return .partly(settled: settled, left: left)
        }
        let register = try RegisterCodec.decode(updated, folder: folder)
        return .recorded(settled: settled, try save(register, message: message, author: author))
    }
}
