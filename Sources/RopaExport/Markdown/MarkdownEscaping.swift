import RopaModel

/// Turns register text into Markdown that reads as exactly that text: no value becomes emphasis, a link,
/// a heading, a list, raw HTML, an emoji or a table column, in CommonMark, GFM or pandoc's Markdown.
///
/// Every ASCII punctuation character may be backslash-escaped in all three, so escaping is safe even where
/// it is not needed. Control characters (line breaks in table cells included), bidi overrides and invisible
/// characters become the visible placeholders `TerminalText` uses, so they can neither become markup nor hide
/// what a value says.
enum MarkdownEscaping {
    /// Markup anywhere in a line: code, emphasis, pandoc attributes, links, HTML, headings, table cells,
    /// strikeout and subscript, superscript, math, citations and e-mail autolinks, entity references.
    static let alwaysEscaped = Array("\\`*_{}[]<>#|~^$@&".utf8)
    /// `alwaysEscaped` as a table by byte, for speed: exports run over every character of the register.
    private static let escapedByByte: [Bool] = (0..<256).map { alwaysEscaped.contains(UInt8($0)) }

    /// One line of Markdown for a table cell, heading or link text: line breaks become placeholders.
    static func inline(_ text: String) -> String {
        escapeLine(visible(text).trimmingSpaces())
    }

    /// Lines of Markdown for text that may span lines (list items): the caller joins them with hard line
    /// breaks. Blank lines at either end are dropped, since they would end the list item.
    static func lines(_ text: String) -> [String] {
        if !anyByte(of: text, where: { $0 == 0x0A }) { return [inline(text)] }
        var lines = splitLines(text).map { escapeLine(visible($0).trimmingSpaces()) }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.isEmpty ? [""] : lines
    }

    /// The text as a reader sees it once escaped: what heading anchors are computed from.
    static func displayed(_ text: String) -> String {
        visible(text).trimmingSpaces()
    }

    /// Replaces control and invisible characters with visible placeholders.
    static func visible(_ text: String) -> String {
        // Every character with a placeholder is below 0x20, 0x7F, or encoded starting with 0xC2, 0xE2 or 0xEF:
        // text without those bytes (most text) needs no look at its characters.
        guard anyByte(of: text, where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }),
              text.unicodeScalars.contains(where: { TerminalText.placeholder(for: $0) != nil }) else { return text }
        return TerminalText.escape(text)
    }

    /// Whether any UTF-8 byte of the text satisfies the test, read straight from the string's storage
    /// when it has one: these scans run over every value of the register.
    @inline(__always)
    static func anyByte(of text: String, where test: (UInt8) -> Bool) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? text.utf8.contains(where: test)
    }

    /// Lines as people write them: LF or CR LF ends a line. A lone CR is kept in the line, where it becomes
    /// a visible placeholder rather than a break nobody sees in the source.
    static func splitLines(_ text: String) -> [String] {
        // By bytes: as characters, CR LF is one grapheme and would not split at "\n".
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
        }
    }

    /// Escapes one line that holds no control characters any more. Everything escaped is ASCII, so the
    /// line is read as UTF-8 bytes: other characters pass through untouched.
    static func escapeLine(_ line: String) -> String {
        // Most text has nothing to escape: check that without copying it.
        let utf8 = line.utf8
        if let first = utf8.first, !isMarkupAtLineStart(first), !mayStartListMarker(utf8), !mayNeedEscape(utf8) {
            return line
        }
        let bytes = Array(utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 8)
        let escaped = escapedByByte
        for position in bytes.indices {
            if needsEscape(bytes, at: position, escaped: escaped) { result.append(backslash) }
            result.append(bytes[position])
        }
        escapeOrderedListMarker(&result)
        return String(decoding: result, as: UTF8.self)
    }

    private static let backslash = UInt8(ascii: "\\")

    /// Markup only at the start of a line: list items, setext underlines, pandoc definition lists.
    private static func isMarkupAtLineStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: ":"): return true
        default: return false
        }
    }

    /// Whether the line opens with up to ten letters or digits and a `.` or `)`: a possible list marker.
    private static func mayStartListMarker(_ utf8: String.UTF8View) -> Bool {
        for byte in utf8.dropFirst(utf8.first == UInt8(ascii: "(") ? 1 : 0).prefix(11) {
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") { return true }
            if !isASCIIDigit(byte) && !isASCIILetter(byte) { return false }
        }
        return false
    }

    /// A quick look for anything `needsEscape` might escape past the start of the line: a byte always
    /// escaped, a colon, or a dot after "www".
    private static func mayNeedEscape(_ utf8: String.UTF8View) -> Bool {
        let escaped = escapedByByte
        func scan<Bytes: Sequence>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
            var last3: UInt32 = 0
            for byte in bytes {
                if escaped[Int(byte)] || byte == UInt8(ascii: ":") { return true }
                if byte == UInt8(ascii: "."), last3 & 0xDFDFDF == 0x575757 { return true }
                last3 = (last3 << 8 | UInt32(byte)) & 0xFFFFFF
            }
            return false
        }
        return utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(utf8)
    }

    private static func needsEscape(_ bytes: [UInt8], at position: Int, escaped: [Bool]) -> Bool {
        let byte = bytes[position]
        guard byte < 0x80 else { return false }
        if escaped[Int(byte)] { return true }
        if position == 0 && isMarkupAtLineStart(byte) { return true }
        switch byte {
        case UInt8(ascii: ":"):
            // `http://…` becomes a link and `:smile:` an emoji in GFM; "IST:s" and "Modul 1: …" stay as they are.
            let next = position + 1 < bytes.count ? bytes[position + 1] : nil
            return next == UInt8(ascii: "/") || startsEmojiName(bytes, after: position)
        case UInt8(ascii: "."):
            // `www.example.se` becomes a link in GFM.
            guard position >= 3 else { return false }
            return bytes[(position - 3)..<position].map { $0 | 0x20 } == Array("www".utf8)
        default:
            return false
        }
    }

    /// Whether the text after a colon reads `name:`, which with the colon makes an emoji shortcode.
    private static func startsEmojiName(_ bytes: [UInt8], after colon: Int) -> Bool {
        var position = colon + 1
        while position < bytes.count, isEmojiNameByte(bytes[position]) { position += 1 }
        return position > colon + 1 && position < bytes.count && bytes[position] == UInt8(ascii: ":")
    }

    private static func isEmojiNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "+"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// "2021. …" or "1) …" at the start of a line would begin an ordered list in CommonMark, and pandoc's
    /// Markdown also takes "a) …", "(b) …", "B. …" and "iv. …" for one. A marker needs a space after it, so
    /// "e.g." and "2.5" stay as they are.
    private static func escapeOrderedListMarker(_ line: inout [UInt8]) {
        let start = line.first == UInt8(ascii: "(") ? 1 : 0
        let run = line.dropFirst(start).prefix { isASCIIDigit($0) || isASCIILetter($0) }
        let end = start + run.count
        guard !run.isEmpty, run.count <= 9, end < line.count,
              line[end] == UInt8(ascii: ".") || line[end] == UInt8(ascii: ")"),
              end + 1 == line.count || line[end + 1] == UInt8(ascii: " ") else { return }
        let number = run.allSatisfy(isASCIIDigit)
        let letter = run.count == 1
        let roman = run.allSatisfy { "ivxlcdmIVXLCDM".utf8.contains($0) }
        guard number || letter || roman else { return }
        line.insert(backslash, at: end)
    }

    private static func isASCIIDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
    }
}

extension String {
    /// Without the spaces at either end; placeholders for tabs and line breaks stay.
    func trimmingSpaces() -> String {
        guard utf8.first == 0x20 || utf8.last == 0x20 else { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " }),
              let last = scalars.lastIndex(where: { $0 != " " }) else { return "" }
        return String(scalars[first...last])
    }
}
