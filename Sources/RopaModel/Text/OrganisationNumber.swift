/// Swedish organisation numbers (organisationsnummer): NNNNNN-NNNN, the last digit a Luhn check digit.
public enum OrganisationNumber {
    public enum Problem: Equatable, Sendable {
        case format
        case checkDigit(expected: Int)
    }

    /// Nil when valid; otherwise what is wrong. Accepts the number with or without the hyphen.
    public static func problem(_ text: String) -> Problem? {
        let digits = text.filter { $0 != "-" }
        let hyphenOK = !text.contains("-") || (text.count == 11 && text.firstIndex(of: "-") == text.index(text.startIndex, offsetBy: 6))
        guard hyphenOK, digits.count == 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return .format }
        let values = digits.compactMap { $0.wholeNumberValue }
        let expected = luhnCheckDigit(Array(values.prefix(9)))
        return values[9] == expected ? nil : .checkDigit(expected: expected)
    }

    public static func isValid(_ text: String) -> Bool { problem(text) == nil }

    /// The Luhn digit that completes the given digits.
    public static func luhnCheckDigit(_ digits: [Int]) -> Int {
        var sum = 0
        for (index, digit) in digits.enumerated() {
            var value = digit
            // Counting from the right of the full number, the digits next to the check digit are doubled.
            if (digits.count - index) % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return (10 - sum % 10) % 10
    }
}
