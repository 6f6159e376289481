import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension RegisterStore {
    /// Runs a read that looks at several parts of a register (the history, then the files) again until no
    /// save ran while it read, so that it never sees a save half applied: a save keeps its journal from
    /// before its first write until after its last, and adds a record. The reader takes no lock and writes
    /// nothing; after `attempts` it returns what it read last.
    public static func readConsistently<T>(folder: String, checkingHistory: Bool = true, attempts: Int = 100,
                                           _ read: (RegisterStore) throws -> T) throws -> T {
        let journal = "\(folder)/\(RegisterLayout.journalFile)"
        func saving() -> Bool { FileIO.entryKind(journal) != .missing && RegisterLock.isHeld(folder: folder) }
        var attempt = 0
        while true {
            attempt += 1
            let last = attempt >= attempts
            if saving(), !last {
                usleep(10_000)
                continue
            }
            let journalBefore = FileIO.entryKind(journal) != .missing
            let store = try RegisterStore(folder: folder, checkingHistory: checkingHistory)
            let result: T
            do {
                result = try read(store)
            } catch {
                // A file renamed away mid-read by a save is no finding: read again.
                if !last, !store.sawNoSave(journalBefore: journalBefore, saving: saving()) {
                    usleep(10_000)
                    continue
                }
                throw error
            }
            if last || store.sawNoSave(journalBefore: journalBefore, saving: saving()) { return result }
            usleep(10_000)
        }
    }

    /// Whether nothing was saved since this store read its history: the same records, and no save under way.
    private func sawNoSave(journalBefore: Bool, saving: Bool) -> Bool {
        let journalNow = FileIO.entryKind("\(folder)/\(RegisterLayout.journalFile)") != .missing
        return !saving && journalNow == journalBefore && ((try? history.isCurrent()) ?? false)
    }
}
