/// The key of every message ropa prints: help, usage errors, what commands report, and the errors of the
/// store, the JSON reader, the import and the review. `MessageCatalogue` holds the words in English and
/// Swedish; command and option names are never translated. Rule texts (validation findings, review
/// reasons) and vocabulary labels are kept as `BilingualLabel` pairs beside their rules instead.
public enum Message: String, CaseIterable, Sendable {
    // MARK: Help: `ropa --help`, every command's summary and help
    case helpOverviewHead, helpOverviewTail, helpUsage, helpLanguageFooter, initSummary, initHelp, validateSummary
    case validateHelp, verifySummary, verifyHelp, logSummary, logHelp, diffSummary, diffHelp, showSummary
    case showHelp, setSummary, setHelp, importSummary, importHelp, commitSummary, commitHelp, restoreSummary
    case restoreHelp, exportSummary, exportHelp, reviewSummary, reviewHelp

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
    case initAskNumber, initNumberFormat, initNumberCheckDigit, logHeadMarker, logMergeMarker
    case restoreNeedsArguments, restoreNothing, restoreDone, reviewMarkPrintsNoReport, reviewMessageNeedsMark
    case reviewFormatValue, reviewJSONAndFormat, reviewAlreadyMarked, reviewMarkedDates, setNeedsArguments
    case setDefaultMessage, setNoChange, outlineOrganisation, outlineContact, outlineDPO, outlineEURepresentative
    case outlineSupervisoryAuthorities, outlineActivities, outlinePurpose, outlineNoLawfulBasis
    case outlineDataSubjects, outlineData, outlineRecipients, outlineProcessors, outlineTransfers
    case outlineJointControllers, outlineRetention, outlineSecurity, outlineProcessorsHeading
    case outlineCountryUnknown, outlineAgreement, outlineTransfersHeading, outlineJointControllersHeading
    case outlinePartyUnknown, outlineArrangement, outlineSecurityMeasuresHeading, validateNoFindings
    case validateCounts, verifyNoHistory, verifyHeadCannotBeRebuilt, verifyAfterMerge, verifySinceHead
    case verifyUnrecorded, verifyUnreadable, verifyOK, verifyFail, openRegistersIn, openRegisterDetail
    case openCannotBeRead, terminalNeeded, terminalTermNotSet, terminalUnknownType, exportNeedsFolder
    case exportMissingFolder, exportNotAFileOrFolder, exportNothingToExport

    // MARK: Register folders: store errors, the problems they name, history checks, field edits, system errors
    case storeNotFound, storeNotARegister, storeNotAFolder, storeUnreadable, storeSyntax, storeUnknownField
    case storeIDMismatch, storeInvalidID, storeNewerSchema, storeLocked, storeWriteFailed, storeHistory
    case storeChangedOnDisk, storeUnknownVersion, storeUnknownEntity, problemOrganisationMissing
    case problemExpectedObject, problemExpectedFile, problemExpectedFolder, problemFormatName
    case problemSchemaVersionNotWhole, problemSchemaVersionUnknown, problemMissingObject, problemParentCycle
    case problemVersionNotRecorded, problemFolderNotEmpty, problemNotARecoveryFile, problemNotText, fileTooLarge
    case fileTooLargeWhileReading, lockHolderChanging, lockHolderUnknown, lockHolder, historyVersionLabel
    case historyRecordChanged, historyParentMissing, historySecondRoot, historyObjectChanged, historyCycle
    case restoreDefaultMessage, editNotAnAssignment, editInvalidJSON, editNotAFieldPath, editIDNeverChanges
    case editNoElement, editNotAContainer, systemNoSuchFile, systemPermissionDenied, systemNotPermitted
    case systemNoSpace, systemQuotaExceeded, systemReadOnly, systemExists, systemNotADirectory, systemIsADirectory
    case systemDirectoryNotEmpty, systemIOError, systemTooManyOpenFiles, systemNameTooLong, systemTooManyLinks
    case systemBusy, problemObjectChanged, packNotAPack, packNewerFormat, packHeaderDamaged, packChunkDamaged
    case packCompressionCheckFailed, lz4Truncated, lz4OffsetOutOfRange, lz4TooLong, lz4TooShort

    // MARK: Untrusted register folders: links, special files, journals, unrecorded edits, invalid history
    case storeSymbolicLink, storeNotARegularFile, storeUnrecordedChanges, storeJournalRefused, journalNotAFile
    case journalUnreadable, journalNotTheHead, journalFileOfNeither, journalPendingNote, journalRefusedNote
    case journalNotRecordedNote, historyRecordNameInvalid, historyRecordPathInvalid, historyRecordHashInvalid
    case historyOlderThanParent, exportInsideRegister, problemNumberOutOfRange, problemNestedIDInvalid
    case importCellTooLarge

    // MARK: JSON syntax and decoding problems, named in store errors
    case jsonAt, jsonTextAfterValue, jsonInvalidUTF8Byte, jsonTruncatedUTF8, jsonInvalidUTF8
    case jsonEndWhereValueExpected, jsonCharacterWhereValueExpected, jsonTooDeep, jsonEndInObject, jsonExpectedKey
    case jsonDuplicateKey, jsonExpectedColon, jsonExpectedCommaOrBrace, jsonEndInArray, jsonExpectedCommaOrBracket
    case jsonUnterminatedString, jsonControlCharacter, jsonUnpairedSurrogate, jsonInvalidUnicodeEscape
    case jsonInvalidEscape, jsonTruncatedUnicodeEscape, jsonInvalidHexDigit, jsonInvalidNumber, jsonLeadingZero
    case jsonDigitsAfterPoint, jsonDigitsInExponent, jsonNumberOutOfRange, jsonExpectedFound, jsonNotOneOf
    case jsonRequiredFieldMissing, jsonFewerElements, jsonAString, jsonAWholeNumber, jsonTrueOrFalse, jsonANumber
    case jsonAnObject, jsonAnArray, jsonTypeNull, jsonTypeBoolean, jsonTypeNumber, jsonTypeString, jsonTypeArray
    case jsonTypeObject

    // MARK: The CSV import: unreadable files, headers and cells
    case importLine, csvNotUTF8, csvQuoteNeverClosed, csvTextAfterQuote, importEmptyFile, importCellCount
    case importValueWithoutHeader, importIDOfOtherKind, importInvalidID, importNoIDBesideNamesake
    case importDuplicateActivity, importUnknownColumn, importSameField, importNoActivityColumn
    case importActivityNeedsName, importNotOneOf, importNotADate, importUnknownReference, importAmbiguousReference
    case importUnknownLegalEntity, importAmbiguousLegalEntity, importUnknownSecurityMeasure
    case importAutomatedDecisionStart, importNotALawfulBasis, importBasisNeedsPurpose, importMoreBasesThanPurposes
    case importNotRecordedNeedsPurpose, importInterestNeedsPurpose, importNotAnArticle9Condition
    case importMoreConditionsThanPurposes, importNotASpecialCategory, importNotAmongTheData, importNoTransferTo
    case importNoTransferToUnderMechanisms, importNoTransferOn, importNoTransferOnToCountries

    // MARK: The processor-agreement review: `ropa review` text, the Markdown report, mark reviewed
    case reviewHeading, reviewNothingNeedsAttention, reviewOneNeedsAttention, reviewManyNeedAttention
    case reviewSubprocessorOf, reviewDue, reviewDueText, relativeToday, relativeInOneDay, relativeOneDayAgo
    case relativeInDays, relativeDaysAgo, markReviewedUnknownProcessor, markReviewedInvalidInterval
    case markReviewedDefaultMessage, reportTitle, reportAsOf, reportSummary, reportNeedAttention
    case reportColumnUrgency, reportColumnProcessors, reportTotal, reportQueue, reportColumnProcessor
    case reportColumnEngagedBy, reportColumnReviewDue, reportColumnReasons, reportID, reportEngagedBy
    case reportAgreement, reportReviewDue, reportUsedBy, reportNoActivity, reportUrgency, reportColumnArticle
    case reportColumnWhatIsWrong, reportColumnWhatToDo, reportSigned, reportReference, reportLastReviewed
    case reportSubprocessors
}
