import RopaJSON

extension JSONSyntaxError.Reason {
    /// The reason in either language.
    public var text: LocalizedText {
        switch self {
        case .textAfterValue: return LocalizedText(.jsonTextAfterValue)
        case .invalidUTF8Byte(let byte): return LocalizedText(.jsonInvalidUTF8Byte, String(byte, radix: 16, uppercase: true))
        case .truncatedUTF8: return LocalizedText(.jsonTruncatedUTF8)
        case .invalidUTF8: return LocalizedText(.jsonInvalidUTF8)
        case .endWhereValueExpected: return LocalizedText(.jsonEndWhereValueExpected)
        case .characterWhereValueExpected: return LocalizedText(.jsonCharacterWhereValueExpected)
        case .tooDeep(let levels): return LocalizedText(.jsonTooDeep, "\(levels)")
        case .endInObject: return LocalizedText(.jsonEndInObject)
        case .expectedKey: return LocalizedText(.jsonExpectedKey)
        case .duplicateKey(let key): return LocalizedText(.jsonDuplicateKey, key)
        case .expectedColon: return LocalizedText(.jsonExpectedColon)
        case .expectedCommaOrBrace: return LocalizedText(.jsonExpectedCommaOrBrace)
        case .endInArray: return LocalizedText(.jsonEndInArray)
        case .expectedCommaOrBracket: return LocalizedText(.jsonExpectedCommaOrBracket)
        case .unterminatedString: return LocalizedText(.jsonUnterminatedString)
        case .controlCharacter: return LocalizedText(.jsonControlCharacter)
        case .unpairedSurrogate: return LocalizedText(.jsonUnpairedSurrogate)
        case .invalidUnicodeEscape: return LocalizedText(.jsonInvalidUnicodeEscape)
        case .invalidEscape: return LocalizedText(.jsonInvalidEscape)
        case .truncatedUnicodeEscape: return LocalizedText(.jsonTruncatedUnicodeEscape)
        case .invalidHexDigit: return LocalizedText(.jsonInvalidHexDigit)
        case .invalidNumber: return LocalizedText(.jsonInvalidNumber)
        case .leadingZero: return LocalizedText(.jsonLeadingZero)
        case .digitsAfterPoint: return LocalizedText(.jsonDigitsAfterPoint)
        case .digitsInExponent: return LocalizedText(.jsonDigitsInExponent)
        case .numberOutOfRange: return LocalizedText(.jsonNumberOutOfRange)
        }
    }
}

extension JSONSyntaxError: LocalizedDescription {
    /// "line 4, column 3: expected ',' or '}' in an object".
    public func description(_ language: Language) -> String {
        Message.jsonAt.text(language, "\(line)", "\(column)", reason.text.text(language))
    }
}

extension JSONDecodingProblem.Expected {
    public var text: LocalizedText {
        switch self {
        case .string: return LocalizedText(.jsonAString)
        case .wholeNumber: return LocalizedText(.jsonAWholeNumber)
        case .bool: return LocalizedText(.jsonTrueOrFalse)
        case .number: return LocalizedText(.jsonANumber)
        case .object: return LocalizedText(.jsonAnObject)
        case .array: return LocalizedText(.jsonAnArray)
        }
    }
}

extension JSONDecodingProblem.Reason {
    public var text: LocalizedText {
        switch self {
        case .mismatch(let expected, let found):
            return LocalizedText(.jsonExpectedFound, arguments: [expected.text, JSONValue.typeText(found)])
        case .notOneOf(let value, let allowed): return LocalizedText(.jsonNotOneOf, value, allowed.joined(separator: ", "))
        case .requiredFieldMissing: return LocalizedText(.jsonRequiredFieldMissing)
        case .fewerElements: return LocalizedText(.jsonFewerElements)
        case .other(let message): return .verbatim(message)
        }
    }
}

extension JSONDecodingProblem: LocalizedDescription {
    /// "purposes[0].lawfulBasis: \"x\" is not one of: …".
    public var text: LocalizedText {
        path.isEmpty ? reason.text : .verbatim("\(path): ") + reason.text
    }

    public func description(_ language: Language) -> String {
        text.text(language)
    }
}

extension JSONValue {
    /// The name of the value's JSON type in either language.
    public var typeText: LocalizedText { JSONValue.typeText(typeName) }

    /// A `typeName` ("string", "object", …) in either language; an unknown name as it is.
    static func typeText(_ name: String) -> LocalizedText {
        switch name {
        case "null": return LocalizedText(.jsonTypeNull)
        case "boolean": return LocalizedText(.jsonTypeBoolean)
        case "number": return LocalizedText(.jsonTypeNumber)
        case "string": return LocalizedText(.jsonTypeString)
        case "array": return LocalizedText(.jsonTypeArray)
        case "object": return LocalizedText(.jsonTypeObject)
        default: return .verbatim(name)
        }
    }
}
