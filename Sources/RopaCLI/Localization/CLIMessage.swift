import RopaModel

/// The messages of the command line: help, usage errors, what each command prints, the `ropa show` outline,
/// the terminal checks before the UI starts. Worded through the model's `CatalogueMessage`; the English and
/// Swedish parts are in `English/` and `Swedish/` beside this file.
public enum CLIMessage: String, CatalogueMessage {
    // MARK: Help: `ropa --help`, every command's summary and help
    case helpOverviewHead, helpOverviewTail, helpUsage, helpLanguageFooter, initSummary, initHelp, validateSummary
    case validateHelp, verifySummary, verifyHelp, logSummary, logHelp, diffSummary, diffHelp, showSummary, showHelp
    case setSummary, setHelp, importSummary, importHelp, commitSummary, commitHelp, restoreSummary, restoreHelp
    case exportSummary, exportHelp, reviewSummary, reviewHelp

    // MARK: The command line: usage errors, what each command prints, the `ropa show` outline, export errors
    case errorUnknownCommand, errorUnknownOption, errorRunHelp, errorOptionNeedsValue, errorMissingPath
    case errorUnexpectedArgument, errorLanguageValue, errorAsOfValue, errorDelimiterValue, wordAnd, wordWarning
    case savedVersion, noVersionsYet, versionNumber, versionWithHash, commitNeedsMessage, commitNothingToRecord
    case commitRecorded, commitRecordedMerge, diffTooManyVersions, diffFromTo, diffEmptyRegister, diffNoChanges
    case exportOutputEmpty, exportTableAllNeedsFolder, exportWrote, exportNeedsFormat, exportUnknownFormat
    case exportOptionNotForFormat, exportUnknownTable, importNeedsFrom, importCannotImportFrom, importNeedsFile
    case importEmptyMessage, importDefaultMessage, importDryRunWroteNothing, importNoChange
    case importNothingImportedOne, importNothingImportedMany, importSummaryDryRun, importSummaryDone
    case languageEnglish, languageSwedish, delimiterTab, initPathEmpty, initDefaultMessage, initNoVersion
    case initCreated, initNext, initNameEmpty, initNameNeeded, initAskName, initNoNameGiven, initNameRequired
    case initAskNumber, initNumberFormat, initNumberCheckDigit, logHeadMarker, logMergeMarker, logCountValue
    case restoreNeedsArguments, restoreNothing, restoreDone, reviewMarkPrintsNoReport, reviewMessageNeedsMark
    case reviewFormatValue, reviewJSONAndFormat, reviewAlreadyMarked, reviewMarkedDates, setNeedsArguments
    case setDefaultMessage, setNoChange, outlineOrganisation, outlineActivities, outlinePurpose
    case outlineNoLawfulBasis, outlineProcessorsHeading, outlineCountryUnknown, outlineAgreement
    case outlineTransfersHeading, outlineJointControllersHeading, outlinePartyUnknown, outlineArrangement
    case outlineSecurityMeasuresHeading, validateNoFindings, validateInfoSummary, validateInfoHint
    case errorSeverityValue, validateCounts, verifyNoHistory, verifyHeadCannotBeRebuilt, verifyAfterMerge
    case verifySinceHead, verifyUnrecorded, verifyUnreadable, verifyOK, verifyFail, openRegistersIn
    case openCannotBeRead, terminalNeeded, terminalTermNotSet, terminalUnknownType
    case exportBinaryNeedsOutput

    // MARK: Untrusted register folders: links, special files, journals, unrecorded edits, invalid history
    case journalPendingNote, journalRefusedNote, journalNotRecordedNote

    // MARK: Spreadsheets in and out: tables, columns, encodings, created entities, workbooks, version stamps
    case importColumnsOf, importColumnTo, importColumnNotRead, importExtraIgnored, importExtraKept, importReadAs
    case importCreatedHeading, importCreatedLine, importSkippedSheet, importTableSummaryDryRun
    case importTableSummaryDone, importPurposeIsName, importMapValue, importNoTableInWorkbook, exportCellsCut
    case exportCharactersDropped, importStampBase, importStampHead, importNoStamp, importStampUnknown
    case importConflictsHeading, importConflictLine

    // MARK: The processor-agreement review: `ropa review` text, the Markdown report, mark reviewed
    case reviewHeading, reviewOneNeedsAttention, reviewManyNeedAttention, reviewSubprocessorOf, reviewDue

    // MARK: Sharing through git: the merge driver, conflicts, resolve, git-setup, add, delete, the CI gate
    case mergeFileSummary, mergeFileHelp, mergeFileConflicts, mergeFileUnreadable, resolveSummary, resolveHelp
    case resolveNoConflicts, resolveNoMatch, resolveChooseOne, resolveResolved, resolveRecorded
    case resolveDefaultMessage, resolveListHead, resolveGitConflictsHead, resolveGitConflictLine, resolveGitAddNext
    case resolveNeedsPath, verifyOKMerge, gitSetupSummary, gitSetupHelp, gitSetupWrote, gitSetupUnchanged
    case gitSetupConfigLine, gitSetupNotInGit, verifyDriverMissing, addSummary, addHelp, addNeedsArguments
    case addUnknownKind, addNeedsName, addDefaultMessage, addCreated, deleteSummary, deleteHelp
    case deleteNeedsArguments, deleteReferenced, deleteReferrer, deleteRemovedReference, deleteDone
    case deleteDefaultMessage, deleteOrganisation, errorUnknownCommandSuggest, validateFailOnValue
    case conflictPromptHead, conflictPromptAsk, conflictPromptValue, conflictPromptQuit, acceptSummary, acceptHelp
    case acceptNeedsArguments, acceptUnknownCode, acceptNeedsReason, acceptUntilValue, acceptUntilPast
    case acceptNoSuchFinding, acceptDefaultMessage, acceptDone, validateAcceptedLine

    // MARK: The privacy notice (`ropa notice`): Art 13 and 14 information for data subjects
    case noticeSummary, noticeHelp, noticeDOCXNeedsOutput, noticeAudienceEmpty, validateNoticeHeading

    public static let tables = MessageTables(
        english: [EnglishCommands.table, EnglishGit.table, EnglishHelp.table,
                   EnglishNotice.table, EnglishReview.table, EnglishSpreadsheet.table],
        swedish: [SwedishCommands.table, SwedishGit.table, SwedishHelp.table,
                   SwedishNotice.table, SwedishReview.table, SwedishSpreadsheet.table])
}

extension LocalizedText {
    /// A message of the command line; the arguments fill its `{0}`, `{1}`, … and are the same in every language.
    public init(_ message: CLIMessage, _ arguments: String...) { self.init(key: message, verbatim: arguments) }
}
