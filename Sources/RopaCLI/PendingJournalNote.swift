import RopaModel
import RopaStore

/// What a read-only command says about the journal of an interrupted save it found: it never applies
/// it (a reader never writes), it tells.
enum PendingJournalNote {
    static func say(_ store: RegisterStore, context: CommandContext) {
        // While another process holds the lock its save is under way, not interrupted: nothing to say.
        guard let pending = store.pendingJournal, !RegisterLock.isHeld(folder: store.folder) else { return }
        let journal = "\(store.folder)/\(RegisterLayout.journalFile)"
        switch pending {
        case .interrupted(let version): context.err(context.text(.journalPendingNote, journal, String(version.prefix(12))))
        case .notRecorded: context.err(context.text(.journalNotRecordedNote, journal))
        case .refused(let reason): context.err(context.text(.journalRefusedNote, journal, reason.text(context.language)))
        }
    }
}
