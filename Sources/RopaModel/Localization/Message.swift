/// The key of every message ropa prints: help, usage errors, what commands report, and the errors of the
/// store, the JSON reader, the import and the review. `MessageCatalogue` holds the words in English and
/// Swedish; command and option names are never translated. Rule texts (review reasons as `BilingualText`,
/// validation findings) and vocabulary labels (`BilingualLabel`) are kept as pairs beside their rules instead.
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
    case initAskNumber, initNumberFormat, initNumberCheckDigit, logHeadMarker, logMergeMarker, logCountValue
    case restoreNeedsArguments, restoreNothing, restoreDone, reviewMarkPrintsNoReport, reviewMessageNeedsMark
    case reviewFormatValue, reviewJSONAndFormat, reviewAlreadyMarked, reviewMarkedDates, setNeedsArguments
    case setDefaultMessage, setNoChange, outlineOrganisation, outlineActivities, outlinePurpose, outlineNoLawfulBasis
    case outlineProcessorsHeading
    case outlineCountryUnknown, outlineAgreement, outlineTransfersHeading, outlineJointControllersHeading
    case outlinePartyUnknown, outlineArrangement, outlineSecurityMeasuresHeading, validateNoFindings
    case validateInfoSummary, validateInfoHint, errorSeverityValue
    case validateCounts, verifyNoHistory, verifyHeadCannotBeRebuilt, verifyAfterMerge, verifySinceHead
    case verifyUnrecorded, verifyUnreadable, verifyOK, verifyFail, openRegistersIn, openRegisterDetail
    case openCannotBeRead, terminalNeeded, terminalTermNotSet, terminalUnknownType, exportNeedsFolder
    case exportMissingFolder, exportNotAFileOrFolder, exportNothingToExport
    case exportBinaryNeedsOutput

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
    case journalNotRecordedNote, historyRecordNameInvalid, historyRecordPathInvalid, historyRecordHashInvalid, historyRecordSchemaVersionInvalid
    case historyOlderThanParent, exportInsideRegister, problemNumberOutOfRange, problemNestedIDInvalid
    case importCellTooLarge, importRowTooLarge

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

    // MARK: Spreadsheets in and out: tables, columns, encodings, created entities, workbooks, version stamps
    case importNotACountry, importDuplicateEntity, importIDTaken, importRowNeedsName, importColumnsOf, importColumnTo
    case importColumnNotRead, importExtraIgnored, importExtraKept, importReadAs, importCreatedHeading, importCreatedLine
    case importSkippedSheet, importTableSummaryDryRun, importTableSummaryDone, importPurposeIsName, importMapValue
    case importNotAWorkbook, importWorkbookDamaged, importNoTableInWorkbook, exportCellsCut
    case exportCharactersDropped, importConflictChanged, importConflictDeleted, importStampBase, importStampHead, importNoStamp
    case importStampUnknown, importConflictsHeading, importConflictLine

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

    // MARK: Sharing through git: the merge driver, conflicts, resolve, git-setup, add, delete, the CI gate
    case mergeFileSummary, mergeFileHelp, mergeFileConflicts, mergeFileUnreadable, conflictRemoved, conflictLine
    case storeMergeConflicts, resolveSummary, resolveHelp, resolveNoConflicts, resolveNoMatch, resolveChooseOne
    case resolveResolved, resolveRecorded, resolveDefaultMessage, resolveListHead, resolveGitConflictsHead, resolveGitConflictLine, resolveGitAddNext, resolveNeedsPath, verifyOKMerge
    case gitSetupSummary, gitSetupHelp, gitSetupWrote, gitSetupUnchanged, gitSetupConfigLine, gitSetupNotInGit
    case verifyDriverMissing, addSummary, addHelp, addNeedsArguments, addUnknownKind, addNeedsName, addDefaultMessage
    case addCreated, deleteSummary, deleteHelp, deleteNeedsArguments, deleteReferenced, deleteReferrer
    case deleteRemovedReference, deleteDone, deleteDefaultMessage, deleteOrganisation, errorUnknownCommandSuggest
    case validateFailOnValue, storeAmbiguousVersion, conflictPromptHead, conflictPromptAsk, conflictPromptValue
    case conflictPromptQuit, acceptSummary, acceptHelp, acceptNeedsArguments, acceptUnknownCode, acceptNeedsReason
    case acceptUntilValue, acceptUntilPast, acceptNoSuchFinding, acceptDefaultMessage, acceptDone, validateAcceptedLine
    // MARK: The privacy notice (`ropa notice`): Art 13 and 14 information for data subjects
    case noticeTitle, noticeIntro, noticeAudience, noticeNoActivities, noticeControllerHeading, noticeControllerOne
    case noticeControllerMany, noticeOrganisationNumber, noticeContactIntro, noticeEmail, noticePhone, noticeAddress
    case noticeWebsite, noticeDPOHeading, noticeDPOAppointed, noticeDPOReach, noticeRepresentativeHeading
    case noticeRepresentativeIntro, noticeActivitiesHeading, noticeFieldController, noticeFieldSubjects
    case noticeFieldData, noticeSensitive, noticeFieldPurposes, noticePurpose, noticeLegitimateInterest
    case noticeArticle9, noticeFieldProvision, noticeProvisionConsequence, noticeFieldSources, noticeFieldRecipients
    case noticeProcessorRecipient, noticeJointRecipient, noticeFieldTransfers, noticeFieldRetention
    case noticeFieldAutomated, noticeAutomatedYes, noticeAutomatedNo, noticeProfilingYes
    case noticeProfilingNo, noticeAutomatedLogic, noticeFieldJoint, noticeBasisConsent, noticeBasisContract
    case noticeBasisLegalObligation, noticeBasisVitalInterests, noticeBasisPublicTask
    case noticeBasisLegitimateInterests, noticeArt9ExplicitConsent, noticeArt9Employment, noticeArt9VitalInterests
    case noticeArt9NotForProfit, noticeArt9ManifestlyPublic, noticeArt9LegalClaims
    case noticeArt9SubstantialPublicInterest, noticeArt9HealthOrSocialCare, noticeArt9PublicHealth
    case noticeArt9Archiving, noticeProvisionStatutory, noticeProvisionContractual
    case noticeProvisionContractPrerequisite, noticeProvisionVoluntary, noticeTransfersHeading, noticeTransfersIntro
    case noticeTransferIn, noticeSafeguardAdequacy, noticeSafeguardAdequacyDecision
    case noticeSafeguardSCC, noticeSafeguardBCR, noticeSafeguardCode, noticeSafeguardCertification, noticeSafeguardAdHocClauses
    case noticeSafeguardDerogation, noticeSafeguardDerogationKind, noticeTransferCopy, noticeProcessorsHeading
    case noticeProcessorsIntro, noticeSubprocessor, noticeJointHeading, noticeJointIntro
    case noticeJointParty, noticeJointScope, noticeJointResponsibilities, noticeJointArrangement, noticeJointContact
    case noticeJointActivities, noticeOnBehalfHeading, noticeOnBehalfIntro, noticeOnBehalfFor, noticeOnBehalfWhat
    case noticeRightsHeading, noticeRightsIntro, noticeRightAccess, noticeRightRectification, noticeRightErasure
    case noticeRightRestriction, noticeRightPortability, noticeRightObjection, noticeRightWithdraw, noticeRightsHow
    case noticeRightsHowWithDPO, noticeComplaintHeading, noticeComplaint, noticeDefaultAuthority
    case noticeSummary, noticeHelp, noticeDOCXNeedsOutput, noticeAudienceEmpty
    case validateNoticeHeading, noticeCollectedElsewhere, noticeCollectedBoth

    // MARK: The terminal UI: the Overview, dialogs, and the key bindings of every screen (help and hints)
    case uiNeedsAttention, uiAgreementReviewOverdue, uiAgreementReviewUnscheduled, uiNothingNeedsAttention
    case keyMove, keyScroll, hintScroll, keyPage, keyFirstLast, keySections, keyUndoRedo, keySave, hintSave
    case keyQuit, hintQuit, keyHelp, hintHelp, keyOpen, keyOpenAttention, keyOpenChecklist, keyOpenFinding
    case keyOpenVersion, hintOpen, keyFilter, hintFilter, keyClearFilter, hintClearFilter, keySort
    case keyEditOrganisation, keyEditSelected, hintEdit, keyAdd, hintAdd, keyDuplicate, keyDeleteSelected
    case hintDelete, keyMarkReviewed, hintMarkReviewed, keyMarkVersion, hintMarkVersion, keyRestore, hintRestore
    case keyExport, keyNotice, keyNextSection, keyFollowLink, hintFollowLink, keyNextLink, keyEditThis
    case keyDeleteThis, keyBack, hintBack, keyActivate, hintActivate, keyNextField, keyRemoveElement, hintRemove
    case keyClearField, keyMoveElement, hintMoveElement, keyExternalEditor, hintExternalEditor, keyLeaveForm
    case keyToggle, hintToggle, keyChoose, keyConfirmChoice, hintChoose, hintConfirm, keyTypeToFilter
    case hintTypeToFilter, keyCancel, hintCancel, keyStoreField, hintStoreField, keyCancelEdit, keyKeepFilter
    case hintKeepFilter, keyConfirmPrompt, hintConfirmPrompt, keyCursor, keyStartEnd, keyDeleteCharacter
    case keyDeleteToStart, hintClearLine, keyDeleteWord, hintDeleteWord, keyDeleteToEnd, hintAnyKeyCloses

    // MARK: Reading a workbook: the ZIP package, its compression, its XML
    case workbookNotAnArchive, workbookDamaged, workbookUnsupported, workbookEntryTooLarge, workbookDuplicateName
    case workbookChecksum, workbookInflate, zipCentralDirectory, zipCentralDirectoryEntry, zipLocalHeader
    case zipData, zipSeveralDisks, zipEncryption, zipCompressionMethod, inflateTruncated
    case inflateMalformed, inflateDistanceTooFar, inflateTooLarge, xmlTagCutOff, xmlDocumentType
    case xmlEndTagNotClosed, xmlTagNotClosed, xmlAttributeWithoutValue, xmlAttributeWithoutQuotes, xmlAttributeNotClosed
    case xmlCommentNotClosed, xmlTagWithoutName, xmlEntityNotClosed, xmlEntityUnknown, xmlCharacterReferenceInvalid
    case workbookNoWorkbookPart, workbookSheetMissing, workbookRowsOutOfOrder, workbookCellBeyondColumns, workbookReferenceBeyondColumns
    case workbookReferenceWithoutColumn

}
