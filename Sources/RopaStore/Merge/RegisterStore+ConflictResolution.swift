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

    /// Settles the chosen conflicts in the register's files, under the write lock. When none is left, the
    /// settled files are recorded as they are (`commit`): one version whose parents are every head, the merge.
    public static func settle(folder: String, _ choices: [(conflict: FileConflict, choice: ConflictChoice)],
                              message: String, author: @autoclosure () -> String) throws -> Settlement {
        var settled = 0, left = 0
        do {
            let store = try RegisterStore(folder: folder)
            let lock = try RegisterLock.acquire(folder: store.folder)
            defer { lock.release() }
            let files = try store.readFiles()
            let all = RegisterConflicts.find(in: files)
            for file in Set(choices.map(\.conflict.file)).sorted() {
                guard let bytes = files[file] else { continue }
                let here = choices.filter { $0.conflict.file == file }
                let before = try RegisterCodec.parse(bytes, path: "\(store.folder)/\(file)")
                let after = RegisterConflicts.resolving(before) { conflict in
                    here.first { $0.conflict.conflict.field == conflict.field }?.choice
                }
                settled += RegisterConflicts.find(in: before).count - RegisterConflicts.find(in: after).count
                let written = CanonicalJSON.bytes(after)
                if written != bytes { try FileIO.writeAtomically(written, to: "\(store.folder)/\(file)") }
            }
            left = all.count - settled
        }
        if left > 0 { return .partly(settled: settled, left: left) }
        return .recorded(settled: settled, try RegisterStore(folder: folder).commit(message: message, author: author()))
    }
}
