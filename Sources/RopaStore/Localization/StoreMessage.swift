import RopaModel

/// The messages of register folders: store errors and the problems they name, history and pack checks,
/// field edits, system errors, journals, the merge's conflicts. Worded through the model's
/// `CatalogueMessage`; the English and Swedish parts are in `English/` and `Swedish/` beside this file.
public enum StoreMessage: String, CatalogueMessage {
    // MARK: Register folders: store errors, the problems they name, history checks, field edits, system errors
    case storeNotFound, storeNotARegister, storeNotAFolder, storeUnreadable, storeSyntax, storeUnknownField
    case storeIDMismatch, storeInvalidID, storeNewerSchema, storeLocked, storeWriteFailed, storeHistory
    case storeChangedOnDisk, storeUnknownVersion, problemOrganisationMissing, problemExpectedObject
    case problemExpectedFile, problemFormatName, problemSchemaVersionNotWhole, problemSchemaVersionUnknown
    case problemMissingObject, problemParentCycle, problemVersionNotRecorded, problemFolderNotEmpty
    case problemNotARecoveryFile, problemNotText, fileTooLarge, fileTooLargeWhileReading, lockHolderChanging
    case lockHolderUnknown, lockHolder, historyVersionLabel, historyRecordChanged, historyParentMissing
    case historySecondRoot, historyObjectChanged, historyCycle, restoreDefaultMessage, editNotAnAssignment
    case editInvalidJSON, editNotAFieldPath, editIDNeverChanges, systemNoSuchFile, systemPermissionDenied
    case systemNotPermitted, systemNoSpace, systemQuotaExceeded, systemReadOnly, systemExists, systemNotADirectory
    case systemIsADirectory, systemDirectoryNotEmpty, systemIOError, systemTooManyOpenFiles, systemNameTooLong
    case systemTooManyLinks, systemBusy, problemObjectChanged, packNotAPack, packNewerFormat, packHeaderDamaged
    case packChunkDamaged, packCompressionCheckFailed, lz4Truncated, lz4OffsetOutOfRange, lz4TooLong, lz4TooShort

    // MARK: Untrusted register folders: links, special files, journals, unrecorded edits, invalid history
    case storeSymbolicLink, storeNotARegularFile, storeUnrecordedChanges, storeJournalRefused, journalNotAFile
    case journalUnreadable, journalNotTheHead, journalFileOfNeither, historyRecordNameInvalid
    case historyRecordPathInvalid, historyRecordHashInvalid, historyRecordSchemaVersionInvalid
    case historyOlderThanParent, problemNumberOutOfRange, problemNestedIDInvalid

    // MARK: Sharing through git: the merge driver, conflicts, resolve, git-setup, add, delete, the CI gate
    case conflictRemoved, conflictLine, storeMergeConflicts, storeAmbiguousVersion

    public static let tables = MessageTables(english: [EnglishGit.table, EnglishSafety.table, EnglishStore.table],
                                             swedish: [SwedishGit.table, SwedishSafety.table, SwedishStore.table])
}

extension LocalizedText {
    /// A message of the store; the arguments fill its `{0}`, `{1}`, … and are the same in every language.
    public init(_ message: StoreMessage, _ arguments: String...) { self.init(key: message, verbatim: arguments) }

    /// A message of the store whose arguments are themselves worded in the reader's language.
    public init(_ message: StoreMessage, arguments: [LocalizedText]) { self.init(key: message, arguments: arguments) }
}
