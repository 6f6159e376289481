import RopaModel

extension ReviewMarkdownReport {
    /// Characters that Markdown (CommonMark with GitHub tables) would read as formatting.
    static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "|", "<", ">", "[", "]", "&", "~"]

    /// Makes a value safe inside a Markdown table cell or line: formatting characters are backslash-escaped,
    /// line breaks become spaces, and control or invisible characters become visible placeholders
    /// (`TerminalText`), whose own characters are escaped in turn.
    public static func escape(_ text: String) -> String {
        var result = ""
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            switch scalar {
            case "\n" where previous == "\r":
                continue
            case "\n", "\r", "\u{2028}", "\u{2029}":
                result += " "
                continue
            default:
                break
            }
            let piece = TerminalText.placeholder(for: scalar) ?? String(Character(scalar))
            for part in piece.unicodeScalars {
                if special.contains(part) { result += "\\" }
                result.unicodeScalars.append(part)
            }
        }
        return result
    }
}
