/// Makes text from the register safe to print: control characters, escape sequences, bidi overrides and
/// invisible characters become visible placeholders, so a hostile value can neither drive the terminal nor
/// hide what it says. The register itself keeps the text as given.
public enum TerminalText {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let placeholder = placeholder(for: scalar) {
                result += placeholder
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The visible stand-in for a scalar that must not reach the terminal raw, or nil when it is harmless.
    public static func placeholder(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00...0x1F:
            // Control Pictures block: ␀ ␁ … ␛ … ␟.
            return Unicode.Scalar(0x2400 + scalar.value).map { String(Character($0)) }
        case 0x7F:
            return "\u{2421}"
        case 0x80...0x9F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0xFFF9...0xFFFB:
            return "<U+\(String(scalar.value, radix: 16, uppercase: true))>"
        default:
            return nil
        }
    }
}
