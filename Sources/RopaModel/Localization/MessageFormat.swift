/// Fills a catalogue template: `{0}`, `{1}`, … are replaced by the arguments in that position. Braces that
/// do not enclose a number (`'}'` in a JSON message) are kept as they are, and so is a placeholder without an
/// argument, so that a missing argument shows instead of vanishing.
public enum MessageFormat {
    public static func format(_ template: String, _ arguments: [String]) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var index = template.startIndex
        while index < template.endIndex {
            let character = template[index]
            if character == "{", let (number, end) = placeholder(in: template, at: index), number < arguments.count {
                result += arguments[number]
                index = end
            } else {
                result.append(character)
                index = template.index(after: index)
            }
        }
        return result
    }

    /// The placeholder numbers a template uses, e.g. [0, 1] for "Saved version {0} ({1})".
    public static func placeholders(in template: String) -> Set<Int> {
        var found = Set<Int>()
        var index = template.startIndex
        while index < template.endIndex {
            if template[index] == "{", let (number, end) = placeholder(in: template, at: index) {
                found.insert(number)
                index = end
            } else {
                index = template.index(after: index)
            }
        }
        return found
    }

    /// The number of a `{N}` starting at `start`, and the index after its closing brace.
    private static func placeholder(in template: String, at start: String.Index) -> (Int, String.Index)? {
        var cursor = template.index(after: start)
        var digits = ""
        while cursor < template.endIndex, let digit = template[cursor].wholeNumberValue, template[cursor].isASCII {
            digits += String(digit)
            cursor = template.index(after: cursor)
        }
        guard !digits.isEmpty, digits.count <= 2, cursor < template.endIndex, template[cursor] == "}",
              let number = Int(digits) else { return nil }
        return (number, template.index(after: cursor))
    }
}
