/// The messages about untrusted register folders (links, special files, journals, unrecorded edits, invalid
/// history), in English.
enum EnglishSafety {
    static let table: [Message: String] = [
        .storeSymbolicLink: "{0}: is a symbolic link: ropa reads and writes only real files and folders inside the register, never through a link",
        .storeNotARegularFile: "{0}: is not a regular file (a FIFO, socket or device): refused",
        .storeUnrecordedChanges: "{0}: files differ from the head version ({1}): not saved; record them first with: ropa commit {0} -m MESSAGE",
        .storeJournalRefused: "{0}: {1}; nothing written",
        .journalNotAFile: "the journal of an interrupted save is not a regular file: it was left alone",
        .journalUnreadable: "the journal of an interrupted save cannot be read as a version: it was left alone",
        .journalNotTheHead: "the journal of an interrupted save names version {0}, which is not the head: it was left alone; remove it once you have checked the files",
        .journalFileOfNeither: "the journal of an interrupted save names version {1}, but {0} is as neither that version nor its parent has it: it was left alone; remove it once you have checked the files",
        .journalPendingNote: "note: {0}: a save was interrupted after recording version {1}; showing that version; the next write finishes it",
        .journalRefusedNote: "note: {0}: {1}",
        .journalNotRecordedNote: "note: {0}: a save was interrupted before it recorded anything; the files are unchanged; the next write removes its journal",
    ]
}
