import RopaModel

/// The Markdown escaping and heading-anchor rules written out plainly, character by character over whole
/// strings, with none of the exporter's shortcuts (byte classes, escaping straight into the document,
/// lower-casing one character at a time). Slow; the tests hold the exporter to it.
enum ReferenceMarkdown {
    // MARK: Escaping

    /// A value on one line: placeholders for control characters, spaces trimmed, markup escaped.
    static func inline(_ text: String) -> String {
        escapeLine(trimmingSpaces(TerminalText.escape(text)))
    }

    /// A value over lines: split at LF (a CR before it dropped), each line as `inline`, blank lines at
    /// either end left out.
    static func lines(_ text: String) -> [String] {
        guard text.utf8.contains(0x0A) else { return [inline(text)] }
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line -> String in
            inline(String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self))
        }
        while lines.first == "" { lines.removeFirst() }
        while lines.last == "" { lines.removeLast() }
        return lines.isEmpty ? [""] : lines
    }

    static func trimmingSpaces(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars)
        return String(result)
    }

    private static let markupAnywhere = Set("\\`*_{}[]<>#|~^$@&".utf8)
    private static let markupAtLineStart = Set("-+=:".utf8)
    private static let emojiNameBytes = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+-".utf8)

    static func escapeLine(_ line: String) -> String {
        let bytes = Array(line.utf8)
        var escapeBefore = Set<Int>()
        for (position, byte) in bytes.enumerated() {
            if markupAnywhere.contains(byte) { escapeBefore.insert(position) }
            if position == 0 && markupAtLineStart.contains(byte) { escapeBefore.insert(position) }
            if byte == UInt8(ascii: ":") {
                // "http://…" and ":name:" (an emoji).
                let rest = bytes[(position + 1)...]
                let name = rest.prefix { emojiNameBytes.contains($0) }
                if rest.first == UInt8(ascii: "/") || (!name.isEmpty && rest.dropFirst(name.count).first == UInt8(ascii: ":")) {
                    escapeBefore.insert(position)
                }
            }
            if byte == UInt8(ascii: "."), position >= 3,
               String(decoding: bytes[(position - 3)..<position], as: UTF8.self).lowercased() == "www" {
                escapeBefore.insert(position)
            }
        }
        if let marker = orderedListMarker(bytes) { escapeBefore.insert(marker) }
        var result: [UInt8] = []
        for (position, byte) in bytes.enumerated() {
            if escapeBefore.contains(position) { result.append(UInt8(ascii: "\\")) }
            result.append(byte)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Where the `.` or `)` of a list marker at the start of the line is: "12. ", "a) ", "(b) ", "IV. ".
    private static func orderedListMarker(_ bytes: [UInt8]) -> Int? {
        let start = bytes.first == UInt8(ascii: "(") ? 1 : 0
        let alphanumeric = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        let run = Array(bytes.dropFirst(start).prefix(while: alphanumeric.contains))
        let end = start + run.count
        guard (1...9).contains(run.count), end < bytes.count, [UInt8(ascii: "."), UInt8(ascii: ")")].contains(bytes[end]),
              end + 1 == bytes.count || bytes[end + 1] == UInt8(ascii: " ") else { return nil }
        let text = String(decoding: run, as: UTF8.self)
        let isNumber = text.allSatisfy(\.isNumber)
        let isRoman = text.lowercased().allSatisfy { "ivxlcdm".contains($0) }
        return isNumber || run.count == 1 || isRoman ? end : nil
    }

    // MARK: Heading anchors

    /// GitHub's and pandoc's id for a heading: the displayed text lower-cased, white space to hyphens,
    /// all but letters, digits, marks, `-` and `_` dropped; "section" when nothing is left.
    static func slug(_ displayed: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in displayed.lowercased().unicodeScalars {
            if isHaskellSpace(scalar) {
                result.append("-")
            } else if scalar == "-" || scalar == "_" || isLetterDigitOrMark(scalar) {
                result.append(scalar)
            }
        }
        return result.isEmpty ? "section" : String(result)
    }

    private static func isHaskellSpace(_ scalar: Unicode.Scalar) -> Bool {
        [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0].contains(scalar.value)
            || (scalar.value > 0x377 && scalar.properties.generalCategory == .spaceSeparator)
    }

    private static func isLetterDigitOrMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation:
            return true
        default:
            return false
        }
    }

    /// The anchors of a document's headings in order: a slug taken before gets `-1`, `-2`, ….
    static func anchors(_ displayedHeadings: [String]) -> [String] {
        var used = Set<String>()
        return displayedHeadings.map { heading in
            let base = slug(heading)
            var candidate = base
            var counter = 0
            while used.contains(candidate) {
                counter += 1
                candidate = "\(base)-\(counter)"
            }
            used.insert(candidate)
            return candidate
        }
    }
}
