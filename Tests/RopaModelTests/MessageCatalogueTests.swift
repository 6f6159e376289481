import RopaJSON
@testable import RopaModel
import RopaTestSupport
import XCTest

/// The domain's message catalogue is complete in both languages (`CatalogueProblems` checks every target's
/// catalogue the same way: each target's tests run it on their own), the check finds each kind of gap, and
/// the shared machinery fills templates, words `LocalizedText` in the reader's language and picks the language.
final class MessageCatalogueTests: XCTestCase {
    func testTheDomainCatalogueIsCompleteInBothLanguages() {
        XCTAssertEqual(CatalogueProblems.of(Message.self, sameInBothLanguages: [.reviewDueText, .jsonTypeNull]), [])
    }

    /// A catalogue with one gap of each kind: the check names every one.
    private enum FlawedMessage: String, CatalogueMessage {
        case missing, placeholders, gap, untranslated, space, twice

        static let tables = MessageTables<FlawedMessage>(english: [
            [.missing: "Gone", .placeholders: "{0} and {1}", .gap: "{0} then {2}", .untranslated: "Same", .space: "Usage: "],
            [.twice: "Twice"],
        ], swedish: [
            [.missing: "\t", .placeholders: "{0}", .gap: "{0} sedan {2}", .untranslated: "Same", .space: "Användning:"],
            [.twice: "Två gånger"], [.twice: "Två gånger"],
        ])
    }

    func testTheCatalogueCheckNamesEachKindOfGap() {
        XCTAssertEqual(CatalogueProblems.of(FlawedMessage.self), [
            "missing has no sv text",
            "a key is in two parts of a table, or in none",
            "placeholders: placeholders [0, 1] in English, [0] in Swedish",
            "gap: placeholders are not numbered from {0} without gaps",
            "untranslated is not translated",
            "space: a trailing space in one language only",
        ])
        XCTAssertEqual(CatalogueProblems.of(FlawedMessage.self, sameInBothLanguages: [.untranslated]).count, 5)
    }

    func testFormatFillsNumberedPlaceholdersAndKeepsOtherBraces() {
        XCTAssertEqual(MessageFormat.format("Saved version {0} ({1}): {2}", ["2", "abc", "x"]), "Saved version 2 (abc): x")
        XCTAssertEqual(MessageFormat.format("{1} before {0}", ["a", "b"]), "b before a")
        XCTAssertEqual(MessageFormat.format("expected ',' or '}' in an object", []), "expected ',' or '}' in an object")
        XCTAssertEqual(MessageFormat.format("{x} {} {0", ["a"]), "{x} {} {0")
        XCTAssertEqual(MessageFormat.format("{0} and {1}", ["a"]), "a and {1}", "a missing argument shows")
        XCTAssertEqual(MessageFormat.format("{0}", ["{1}"]), "{1}", "arguments are not read as templates")
        XCTAssertEqual(MessageFormat.placeholders(in: "{0}, {2} and {0}"), [0, 2])
    }

    func testLocalizedTextWordsItsArgumentsInTheReadersLanguage() {
        let text = LocalizedText(.markReviewedDefaultMessage, arguments: [LocalizedText(.relativeInDays, "3")])
        XCTAssertEqual(text.text(.en), "Reviewed agreement with in 3 days")
        XCTAssertEqual(text.text(.sv), "Granskade avtalet med om 3 dagar")
        XCTAssertEqual(text.description, text.text(.en))
        let joined = LocalizedText.verbatim("name: ") + LocalizedText(BilingualLabel(en: "missing", sv: "saknas"))
        XCTAssertEqual(joined.text(.sv), "name: saknas")
        XCTAssertEqual(Message.markReviewedDefaultMessage.text(.sv, "Molnet AB"), "Granskade avtalet med Molnet AB")
        XCTAssertEqual(LocalizedText(.relativeInDays, "3"), LocalizedText(.relativeInDays, "3"))
        XCTAssertNotEqual(LocalizedText(.relativeInDays, "3"), LocalizedText(.relativeDaysAgo, "3"), "another key")
        XCTAssertNotEqual(LocalizedText(.relativeInDays, "3"), LocalizedText(.relativeInDays, "4"), "another argument")
    }

    func testTheEnvironmentChoosesTheLanguageAsPOSIXOrdersIt() {
        XCTAssertEqual(Language.preferred(environment: [:]), .en)
        XCTAssertEqual(Language.preferred(environment: ["LANG": "sv_SE.UTF-8"]), .sv)
        XCTAssertEqual(Language.preferred(environment: ["LANG": "SV_se"]), .sv)
        XCTAssertEqual(Language.preferred(environment: ["LANG": "en_GB.UTF-8"]), .en)
        XCTAssertEqual(Language.preferred(environment: ["LANG": "C.UTF-8", "LC_MESSAGES": "sv_SE"]), .sv)
        XCTAssertEqual(Language.preferred(environment: ["LANG": "sv_SE", "LC_ALL": "C"]), .en, "LC_ALL wins")
        XCTAssertEqual(Language.preferred(environment: ["LANG": "en_US", "LC_ALL": "sv_FI.UTF-8"]), .sv)
        XCTAssertEqual(Language.preferred(environment: ["LANG": "sv_SE", "LC_ALL": ""]), .sv, "an empty variable is skipped")
    }

    /// The catalogue's English for the JSON reader is the reader's own English, word for word.
    func testJSONReasonsReadAsTheParserWordsThemAndAreTranslated() {
        let syntax: [JSONSyntaxError.Reason] = [
            .textAfterValue, .invalidUTF8Byte(0xFF), .truncatedUTF8, .invalidUTF8, .endWhereValueExpected,
            .characterWhereValueExpected, .tooDeep(256), .endInObject, .expectedKey, .duplicateKey("id"), .expectedColon,
            .expectedCommaOrBrace, .endInArray, .expectedCommaOrBracket, .unterminatedString, .controlCharacter,
            .unpairedSurrogate, .invalidUnicodeEscape, .invalidEscape, .truncatedUnicodeEscape, .invalidHexDigit, .invalidNumber,
            .leadingZero, .digitsAfterPoint, .digitsInExponent, .numberOutOfRange,
        ]
        for reason in syntax {
            XCTAssertEqual(reason.text.text(.en), reason.message)
            XCTAssertNotEqual(reason.text.text(.sv), reason.message, "\(reason)")
        }
        let decoding: [JSONDecodingProblem.Reason] = [
            .mismatch(expected: .string, found: "number"), .mismatch(expected: .wholeNumber, found: "string"),
            .mismatch(expected: .bool, found: "null"), .mismatch(expected: .number, found: "boolean"),
            .mismatch(expected: .object, found: "array"), .mismatch(expected: .array, found: "object"),
            .notOneOf(value: "blue", allowed: ["red", "green"]), .requiredFieldMissing, .fewerElements,
        ]
        for reason in decoding {
            XCTAssertEqual(reason.text.text(.en), reason.message)
            XCTAssertNotEqual(reason.text.text(.sv), reason.message, "\(reason)")
        }
        let error = JSONSyntaxError(.expectedCommaOrBrace, line: 4, column: 3)
        XCTAssertEqual(error.description(.en), error.description)
        XCTAssertEqual(error.description(.sv), "rad 4, kolumn 3: ',' eller '}' väntades i ett objekt")
    }
}
