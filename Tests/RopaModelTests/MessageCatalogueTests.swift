import RopaJSON
@testable import RopaModel
import XCTest

/// The message catalogue is complete in both languages: no key is missing in either, every placeholder of
/// the English is in the Swedish (and the other way round), and no Swedish text is an English one left in
/// place.
final class MessageCatalogueTests: XCTestCase {
    /// Messages whose words are the same in both languages (numbers, names and codes around one word that
    /// Swedish spells the same).
    static let sameInBothLanguages: Set<Message> = [
        .versionNumber, .versionWithHash, .historyVersionLabel, .reviewDueText, .outlineOrganisation, .jsonTypeNull,
        .reportID,
    ]

    func testNoKeyIsMissingInEitherLanguage() {
        for message in Message.allCases {
            for (language, table) in [(Language.en, MessageCatalogue.english), (.sv, MessageCatalogue.swedish)] {
                let text = table[message] ?? ""
                XCTAssertFalse(text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(message) has no \(language) text")
            }
        }
        XCTAssertEqual(MessageCatalogue.english.count, Message.allCases.count, "the English table has keys the enum lacks")
        XCTAssertEqual(MessageCatalogue.swedish.count, Message.allCases.count, "the Swedish table has keys the enum lacks")
    }

    func testEveryPlaceholderOfTheEnglishIsInTheSwedish() {
        for message in Message.allCases {
            let english = MessageFormat.placeholders(in: MessageCatalogue.english[message] ?? "")
            let swedish = MessageFormat.placeholders(in: MessageCatalogue.swedish[message] ?? "")
            XCTAssertEqual(english, swedish, "\(message): placeholders \(english.sorted()) in English, \(swedish.sorted()) in Swedish")
            if let highest = english.max() {
                XCTAssertEqual(english, Set(0...highest), "\(message): placeholders are numbered from {0} without gaps")
            }
        }
    }

    func testNoKeyIsInTwoPartsOfATable() {
        for parts in [MessageCatalogue.englishParts, MessageCatalogue.swedishParts] {
            XCTAssertEqual(parts.map(\.count).reduce(0, +), Message.allCases.count, "a key is in two parts, or in none")
        }
    }

    func testSwedishIsNotTheEnglishLeftInPlace() {
        for message in Message.allCases where !Self.sameInBothLanguages.contains(message) {
            XCTAssertNotEqual(MessageCatalogue.swedish[message], MessageCatalogue.english[message], "\(message) is not translated")
        }
    }

    /// Spaces and line breaks at the ends matter where messages are put together ("Usage: " + usage line).
    func testBothLanguagesStartAndEndAlike() {
        for message in Message.allCases {
            let english = MessageCatalogue.english[message] ?? "", swedish = MessageCatalogue.swedish[message] ?? ""
            XCTAssertEqual(english.first == " ", swedish.first == " ", "\(message): a leading space in one language only")
            XCTAssertEqual(english.last == " ", swedish.last == " ", "\(message): a trailing space in one language only")
            XCTAssertEqual(english.hasSuffix("\n"), swedish.hasSuffix("\n"), "\(message): a final line break in one language only")
            XCTAssertEqual(english.hasPrefix("\n"), swedish.hasPrefix("\n"), "\(message): a first line break in one language only")
        }
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
        let text = LocalizedText(.storeUnreadable, arguments: [.verbatim("a.json"), LocalizedText(.systemNoSpace)])
        XCTAssertEqual(text.text(.en), "a.json: cannot read: No space left on device")
        XCTAssertEqual(text.text(.sv), "a.json: kan inte läsas: Inget utrymme kvar på enheten")
        XCTAssertEqual(text.description, text.text(.en))
        let joined = LocalizedText.verbatim("name: ") + LocalizedText(BilingualLabel(en: "missing", sv: "saknas"))
        XCTAssertEqual(joined.text(.sv), "name: saknas")
        XCTAssertEqual(Message.savedVersion.text(.sv, "2", "abc", "Nytt namn"), "Sparade version 2 (abc): Nytt namn")
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
