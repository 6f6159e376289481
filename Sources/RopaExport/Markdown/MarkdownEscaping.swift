import RopaModel

/// Turns register text into Markdown that reads as exactly that text: no value becomes emphasis, a link,
/// a heading, a list, raw HTML, an emoji or a table column, in CommonMark, GFM or pandoc's Markdown.
///
/// Every ASCII punctuation character may be backslash-escaped in all three, so escaping is safe even where
/// it is not needed. Control characters (line breaks in table cells included), bidi overrides and invisible
/// characters become the visible placeholders `TerminalText` uses, so they can neither become markup nor hide
/// what a value says.
///
/// The document writer appends escaped text straight to its bytes (`appendInline`, `appendLines`): every
/// value of the register passes through here, and building a string per value cost more than the rest.
enum MarkdownEscaping {
    /// One line of Markdown for a table cell, heading or link text: line breaks become placeholders.
    static func inline(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendInline(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lines of Markdown for text that may span lines (list items): the caller joins them with hard line
    /// breaks. Blank lines at either end are dropped, since they would end the list item.
    static func lines(_ text: String) -> [String] {
        guard text.utf8.contains(0x0A) else { return [inline(text)] }
        var text = text
        return text.withUTF8 { utf8 in
            let lines = keptLines(of: utf8).map { range -> String in
                var bytes: [UInt8] = []
                appendLine(UnsafeBufferPointer(rebasing: utf8[range]), to: &bytes)
                return String(decoding: bytes, as: UTF8.self)
            }
            return lines.isEmpty ? [""] : lines
        }
    }

    /// Appends `inline(text)`.
    static func appendInline(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { _ = appendLine($0, to: &output) }
    }

    /// Appends `lines(text)` joined with `separator`.
    static func appendLines(_ text: String, separator: [UInt8], to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            // Most text is one line: escape it as one, and only on meeting a line feed start again by lines.
            let start = output.count
            if appendLine(utf8, to: &output, stopsAtLineFeed: true) { return }
            output.removeSubrange(start...)
            for (number, range) in keptLines(of: utf8).enumerated() {
                if number > 0 { output.append(contentsOf: separator) }
                appendLine(UnsafeBufferPointer(rebasing: utf8[range]), to: &output)
            }
        }
    }

    /// The text as a reader sees it once escaped: what heading anchors are computed from.
    static func displayed(_ text: String) -> String {
        visible(text).trimmingSpaces()
    }

    /// Replaces control and invisible characters with visible placeholders.
    static func visible(_ text: String) -> String {
        var copy = text
        return copy.withUTF8(containsPlaceholder) ? TerminalText.escape(text) : text
    }

    /// Whether the text is blank once escaped: nothing but spaces, which `inline` trims.
    static func isBlankInline(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 }
    }

    // MARK: Lines

    /// Lines as people write them, for text with an LF: LF or CR LF ends a line, and a CR ending the text
    /// is dropped too. A lone CR is kept in the line, where it becomes a visible placeholder rather than a
    /// break nobody sees in the source. Blank lines at either end are left out; blank lines between are kept.
    private static func keptLines(of utf8: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        for position in 0...utf8.count where position == utf8.count || utf8[position] == 0x0A {
            let end = position > start && utf8[position - 1] == 0x0D ? position - 1 : position
            lines.append(start..<end)
            start = position + 1
        }
        func isBlank(_ range: Range<Int>) -> Bool { utf8[range].allSatisfy { $0 == 0x20 } }
        guard let first = lines.firstIndex(where: { !isBlank($0) }),
              let last = lines.lastIndex(where: { !isBlank($0) }) else { return [] }
        return Array(lines[first...last])
    }

    /// Appends one line trimmed of spaces, with placeholders for control characters, escaped. With
    /// `stopsAtLineFeed`, returns false on meeting a line feed instead, having appended part of the line.
    @discardableResult
    private static func appendLine(_ line: UnsafeBufferPointer<UInt8>, to output: inout [UInt8], stopsAtLineFeed: Bool = false) -> Bool {
        var start = 0, end = line.count
        while start < end && line[start] == 0x20 { start += 1 }
        while end > start && line[end - 1] == 0x20 { end -= 1 }
        let trimmed = UnsafeBufferPointer(rebasing: line[start..<end])
        let lineStart = output.count
        if appendEscaped(trimmed, to: &output) { return true }
        if stopsAtLineFeed && trimmed.contains(0x0A) { return false }
        // Rare: a character with a placeholder. Placeholders are made of letters, digits and ASCII symbols
        // escaped like any text, so the line is escaped again once they are in.
        output.removeSubrange(lineStart...)
        var visible = TerminalText.escape(String(decoding: trimmed, as: UTF8.self))
        visible.withUTF8 { _ = appendEscaped($0, to: &output) }
        return true
    }

    /// Appends one line escaped. Everything escaped is ASCII, so the line is read as UTF-8 bytes: other
    /// characters pass through untouched, and runs of bytes that need nothing are copied at once. Returns
    /// false, having appended part of the line, on meeting a character that needs a placeholder first.
    private static func appendEscaped(_ line: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) -> Bool {
        guard !line.isEmpty else { return true }
        return byteClasses.withUnsafeBufferPointer { classes -> Bool in
            var copied = 0
            // Escapes the byte at `position` if it needs it; false when its character needs a placeholder.
            func visit(_ position: Int, _ byteClass: UInt8) -> Bool {
                if byteClass & placeholderStart != 0 && startsPlaceholder(line, at: position) { return false }
                guard needsEscape(line, at: position) || isOrderedListMarkerEnd(line, at: position) else { return true }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: line[copied..<position]))
                output.append(backslash)
                copied = position
                return true
            }
            // The first byte is looked at whatever it is: markup at the start of a line.
            guard visit(0, classes[Int(line[0])]) else { return false }
            var position = 1
            while position < line.count {
                let byteClass = classes[Int(line[position])]
                if byteClass != 0 && !visit(position, byteClass) { return false }
                position += 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: line[copied...]))
            return true
        }
    }

    /// Whether any character of the UTF-8 has a placeholder in `TerminalText`.
    static func containsPlaceholder(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        utf8.indices.contains { utf8[$0] < 0x20 || utf8[$0] >= 0x7F ? startsPlaceholder(utf8, at: $0) : false }
    }

    /// Whether the character at `position` has a placeholder in `TerminalText`: C0 and C1 controls, DEL,
    /// zero-width and bidi characters, the BOM and interlinear annotations. Read from the UTF-8, since
    /// most text has none, and "–" and "’" share their first byte with the bidi characters.
    private static func startsPlaceholder(_ utf8: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let byte = utf8[position]
        if byte < 0x20 || byte == 0x7F { return true }
        let second = position + 1 < utf8.count ? utf8[position + 1] : 0
        let third = position + 2 < utf8.count ? utf8[position + 2] : 0
        switch (byte, second) {
        case (0xC2, 0x80...0x9F): return true                                                      // U+0080–U+009F
        case (0xE2, 0x80): return (0x8B...0x8F).contains(third) || (0xAA...0xAE).contains(third)   // U+200B–U+200F, U+202A–U+202E
        case (0xE2, 0x81): return (0xA0...0xA4).contains(third) || (0xA6...0xA9).contains(third)   // U+2060–U+2064, U+2066–U+2069
        case (0xEF, 0xBB): return third == 0xBF                                                    // U+FEFF
        case (0xEF, 0xBF): return (0xB9...0xBB).contains(third)                                    // U+FFF9–U+FFFB
        default: return false
        }
    }

    // MARK: Escaping

    private static let backslash = UInt8(ascii: "\\")

    /// What each byte may be as a line is escaped; most bytes are neither, and are copied as they are.
    private static let byteClasses: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        var byteClass: UInt8 = 0
        if isAlwaysEscaped(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") {
            byteClass |= escapeCandidate
        }
        if byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xEF { byteClass |= placeholderStart }
        return byteClass
    }
    /// A byte `needsEscape` or `isOrderedListMarkerEnd` has to look at.
    private static let escapeCandidate: UInt8 = 1
    /// A control character, or the first byte of a character that may have a placeholder.
    private static let placeholderStart: UInt8 = 2

    /// Markup anywhere in a line: code, emphasis, pandoc attributes, links, HTML, headings, table cells,
    /// strikeout and subscript, superscript, math, citations and e-mail autolinks, entity references.
    private static func isAlwaysEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "|"),
             UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "@"), UInt8(ascii: "&"):
            return true
        default:
            return false
        }
    }

    /// Markup only at the start of a line: list items, setext underlines, pandoc definition lists.
    private static func isMarkupAtLineStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="), UInt8(ascii: ":"): return true
        default: return false
        }
    }

    private static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        let byte = bytes[position]
        guard byte < 0x80 else { return false }
        if isAlwaysEscaped(byte) { return true }
        if position == 0 && isMarkupAtLineStart(byte) { return true }
        switch byte {
        case UInt8(ascii: ":"):
            // `http://…` becomes a link and `:smile:` an emoji in GFM; "IST:s" and "Modul 1: …" stay as they are.
            let next = position + 1 < bytes.count ? bytes[position + 1] : nil
            return next == UInt8(ascii: "/") || startsEmojiName(bytes, after: position)
        case UInt8(ascii: "."):
            // `www.example.se` becomes a link in GFM.
            guard position >= 3 else { return false }
            return bytes[(position - 3)..<position].allSatisfy { $0 | 0x20 == UInt8(ascii: "w") }
        default:
            return false
        }
    }

    /// Whether the text after a colon reads `name:`, which with the colon makes an emoji shortcode.
    private static func startsEmojiName(_ bytes: UnsafeBufferPointer<UInt8>, after colon: Int) -> Bool {
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
    /// Markdown also takes "a) …", "(b) …", "B. …" and "iv. …" for one: whether the byte at `position` is
    /// the `.` or `)` of such a marker. A marker needs a space after it, so "e.g." and "2.5" stay as they are.
    private static func isOrderedListMarkerEnd(_ line: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
        guard end <= 10, line[end] == UInt8(ascii: ".") || line[end] == UInt8(ascii: ")"),
              end + 1 == line.count || line[end + 1] == UInt8(ascii: " ") else { return false }
        let start = line[0] == UInt8(ascii: "(") ? 1 : 0
        let run = UnsafeBufferPointer(rebasing: line[start..<end])
        guard !run.isEmpty, run.count <= 9, run.allSatisfy({ isASCIIDigit($0) || isASCIILetter($0) }) else { return false }
        let number = run.allSatisfy(isASCIIDigit)
        let letter = run.count == 1
        let roman = run.allSatisfy { "ivxlcdmIVXLCDM".utf8.contains($0) }
        return number || letter || roman
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
