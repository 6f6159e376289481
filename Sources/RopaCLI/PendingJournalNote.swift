import RopaModel
import RopaStore

/// What a read-only command says about the journal of an interrupted save it found: it never applies
/// it (a reader never writes), it tells.
enum PendingJournalNote {
    static func say(_ store: RegisterStore, context: CommandContext) {
        guard let pending = store.pendingJournal else { return }
        let journal = "\(store.folder)/\(RegisterLayout.journalFile)"
        switch pending {
        case .interrupted(let version): context.err(context.text(.journalPendingNote, journal, String(version.prefix(12))))
        case .notRecorded: context.err(context.text(.journalNotRecordedNote, journal))
        case .refused(let reason): context.err(context.text(.journalRefusedNote, journal, reason.text(context.language)))
        }
    }
}
