/// The messages about untrusted register folders (links, special files, journals, unrecorded edits, invalid
/// history), in English.
enum EnglishSafety {
    static let table: [StoreMessage: String] = [
        .storeSymbolicLink: "{0}: is a symbolic link: ropa reads and writes only real files and folders inside the register, never through a link",
        .storeNotARegularFile: "{0}: is not a regular file (a FIFO, socket or device): refused",
        .storeUnrecordedChanges: "{0}: files differ from the head version ({1}): not saved; record them first with: ropa commit {0} -m MESSAGE",
        .storeJournalRefused: "{0}: {1}; nothing written",
        .journalNotAFile: "the journal of an interrupted save is not a regular file: it was left alone",
        .journalUnreadable: "the journal of an interrupted save cannot be read as a version: it was left alone",
        .journalNotTheHead: "the journal of an interrupted save names version {0}, which is not the head: it was left alone; remove it once you have checked the files",
        .journalFileOfNeither: "the journal of an interrupted save names version {1}, but {0} is as neither that version nor its parent has it: it was left alone; remove it once you have checked the files",
        .historyRecordNameInvalid: "{0}: a version record must be named by its hash (64 hexadecimal digits)",
        .historyRecordPathInvalid: "{0}: the record names a path no register has (only register.json, organisation.json, reference/countries.json and <folder>/<id>.json): the record is invalid",
        .historyRecordSchemaVersionInvalid: "{0}: the record's schema version is not a number ropa can know: the record is invalid",
        .historyRecordHashInvalid: "{0}: the record names an object or parent that is not a hash: the record is invalid",
        .historyOlderThanParent: "{0}: the version is dated earlier than its parent",
        .problemNumberOutOfRange: "\"{0}\" is {1}: it must be between {2} and {3}",
        .problemNestedIDInvalid: "\"{0}\": id \"{1}\" is not valid: use lower-case letters, digits and hyphens",
    ]
}
