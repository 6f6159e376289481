/// Makes text from the register safe to print: control characters, escape sequences, bidi overrides and
/// invisible characters become visible placeholders, so a hostile value can neither drive the terminal nor
/// hide what it says. The register itself keeps the text as given.
public enum TerminalText {
    public static func escape(_ text: String) -> String {
        // Most text is printable ASCII, or has nothing to replace: returned as it is, without building a copy.
        if PrintableASCII.holds(text) { return text }
        guard hasPlaceholder(text) else { return text }
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

    /// Text for a terminal that may span lines (help, a report, an export shown on screen): every control
    /// character but line feed and tab shown as its placeholder.
    public static func escapeKeepingLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && placeholder(for: $0) != nil }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar != "\n", scalar != "\t", let placeholder = placeholder(for: scalar) {
                result += placeholder
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// JSON text for a terminal or a script: DEL, C1 controls, bidi and zero-width controls escaped as
    /// `\uXXXX` as well (the canonical writer escapes C0 already). They only occur inside strings, where the
    /// escape means the same character, so the JSON still reads as the same value.
    public static func escapeJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0.value >= 0x7F && placeholder(for: $0) != nil }) else { return json }
        var result = ""
        result.unicodeScalars.reserveCapacity(json.unicodeScalars.count)
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F, placeholder(for: scalar) != nil {
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether some scalar of `text` has a placeholder: `text.unicodeScalars.contains { placeholder(for: $0) != nil }`,
    /// read from the UTF-8 bytes. Every such scalar is a C0 byte, DEL, or starts with 0xC2, 0xE2 or 0xEF, so
    /// only those are decoded: Swedish text (å, ä, ö start with 0xC3) passes without building its scalars,
    /// which was most of printing 15 000 findings.
    static func hasPlaceholder(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte < 0x20 || byte == 0x7F { return true }
                    index += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                if byte == 0xC2 || byte == 0xE2 || byte == 0xEF, index + length <= bytes.count {
                    var value = UInt32(byte & (length == 2 ? 0x1F : 0x0F))
                    for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                    if let scalar = Unicode.Scalar(value), placeholder(for: scalar) != nil { return true }
                }
                index += length
            }
            return false
        }
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
