import RopaModel

/// The messages of the import: unreadable CSV files and workbooks (their ZIP package, its compression and
/// XML, worded here for RopaArchive, which knows no language), headers, cells, created entities and version
/// stamps. Worded through the model's `CatalogueMessage`; the English and Swedish parts are in `English/` and
/// `Swedish/` beside this file.
public enum ImportMessage: String, CatalogueMessage {
    // MARK: Untrusted register folders: links, special files, journals, unrecorded edits, invalid history
    case importCellTooLarge, importRowTooLarge

    // MARK: The CSV import: unreadable files, headers and cells
    case importLine, csvNotUTF8, csvQuoteNeverClosed, csvTextAfterQuote, importEmptyFile, importCellCount
    case importValueWithoutHeader, importIDOfOtherKind, importInvalidID, importNoIDBesideNamesake
    case importDuplicateActivity, importSameField, importNoActivityColumn, importActivityNeedsName, importNotOneOf
    case importNotADate, importUnknownReference, importAmbiguousReference, importUnknownLegalEntity
    case importAmbiguousLegalEntity, importUnknownSecurityMeasure, importAutomatedDecisionStart
    case importNotALawfulBasis, importBasisNeedsPurpose, importMoreBasesThanPurposes, importNotRecordedNeedsPurpose
    case importInterestNeedsPurpose, importNotAnArticle9Condition, importMoreConditionsThanPurposes
    case importNotASpecialCategory, importNotAmongTheData, importNoTransferTo, importNoTransferToUnderMechanisms
    case importNoTransferOn, importNoTransferOnToCountries

    // MARK: Spreadsheets in and out: tables, columns, encodings, created entities, workbooks, version stamps
    case importNotACountry, importDuplicateEntity, importIDTaken, importRowNeedsName, importWorkbookDamaged
    case importConflictChanged, importConflictDeleted

    // MARK: Reading a workbook: the ZIP package, its compression, its XML
    case workbookNotAnArchive, workbookDamaged, workbookUnsupported, workbookEntryTooLarge, workbookDuplicateName
    case workbookChecksum, workbookInflate, zipCentralDirectory, zipCentralDirectoryEntry, zipLocalHeader, zipData
    case zipSeveralDisks, zipEncryption, zipCompressionMethod, inflateTruncated, inflateMalformed
    case inflateDistanceTooFar, inflateTooLarge, xmlTagCutOff, xmlDocumentType, xmlEndTagNotClosed, xmlTagNotClosed
    case xmlAttributeWithoutValue, xmlAttributeWithoutQuotes, xmlAttributeNotClosed, xmlCommentNotClosed
    case xmlTagWithoutName, xmlEntityNotClosed, xmlEntityUnknown, xmlCharacterReferenceInvalid
    case workbookNoWorkbookPart, workbookSheetMissing, workbookRowsOutOfOrder, workbookCellBeyondColumns
    case workbookReferenceBeyondColumns, workbookReferenceWithoutColumn

    public static let tables = MessageTables(
        english: [EnglishImport.table, EnglishSpreadsheet.table, EnglishWorkbookReading.table],
        swedish: [SwedishImport.table, SwedishSpreadsheet.table, SwedishWorkbookReading.table])
}

extension LocalizedText {
    /// A message of the import; the arguments fill its `{0}`, `{1}`, … and are the same in every language.
    public init(_ message: ImportMessage, _ arguments: String...) { self.init(key: message, verbatim: arguments) }

    /// A message of the import whose arguments are themselves worded in the reader's language.
    public init(_ message: ImportMessage, arguments: [LocalizedText]) { self.init(key: message, arguments: arguments) }
}
