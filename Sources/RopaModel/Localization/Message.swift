/// The domain's messages: what an edit of the model, the processor-agreement review and the JSON reader
/// say. Each target above keeps the messages only it uses in its own catalogue (`StoreMessage`,
/// `ExportMessage`, `ImportMessage`, `UIMessage`, `CLIMessage`); command and option names are never
/// translated. Rule texts (review reasons and validation findings as `BilingualText`) and vocabulary labels
/// (`BilingualLabel`) are kept as pairs beside their rules instead.
public enum Message: String, CatalogueMessage {
    // MARK: Register folders: store errors, the problems they name, history checks, field edits, system errors
    case storeUnknownEntity, editNoElement, editNotAContainer

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

    // MARK: The processor-agreement review: `ropa review` text, the Markdown report, mark reviewed
    case reviewDueText, relativeToday, relativeInOneDay, relativeOneDayAgo, relativeInDays, relativeDaysAgo
    case markReviewedUnknownProcessor, markReviewedInvalidInterval, markReviewedDefaultMessage

    public static let tables = MessageTables(english: [EnglishJSON.table, EnglishReview.table, EnglishEditing.table],
                                             swedish: [SwedishJSON.table, SwedishReview.table, SwedishEditing.table])
}
