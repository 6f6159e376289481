#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RopaModel

/// How many terminal columns text takes, measured with the C library's wcwidth (the same measure curses
/// uses), so that tables line up with wide characters (CJK, emoji) and combining marks.
public enum DisplayWidth {
    /// Columns of one grapheme cluster: its first scalar's width, combining marks adding nothing.
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
        if let measure = systemWidth {
            let width = Int(measure(wchar_t(bitPattern: first.value)))
            if width >= 0 { return min(width, 2) }
        }
        return fallbackWidth(first)
    }

    private typealias WidthFunction = @convention(c) (wchar_t) -> Int32

    /// The C library's wcwidth, looked up once (Swift's Glibc module does not export it).
    private static let systemWidth: WidthFunction? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "wcwidth") else { return nil }
        return unsafeBitCast(symbol, to: WidthFunction.self)
    }()

    /// When the locale is not UTF-8 wcwidth knows nothing beyond ASCII: marks take no column, East Asian
    /// wide characters and emoji take two, the rest one.
    static func fallbackWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    public static func of(_ text: String) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The text made safe for the terminal (see TerminalText) and cut to `width` columns with an ellipsis.
    public static func fit(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        // Printable ASCII (most cells) needs no escaping and takes a column a byte: every visible cell of
        // every table is fitted on every key, and long descriptions were measured to their end.
        if PrintableASCII.holds(text) {
            if text.utf8.count <= width { return text }
            return String(decoding: text.utf8.prefix(width - 1), as: UTF8.self) + "…"
        }
        let safe = TerminalText.escape(text)
        // One pass that stops once the text is known not to fit, remembering where the part shown before
        // the ellipsis ends.
        var cut: String.Index?
        var used = 0
        var index = safe.startIndex
        while index < safe.endIndex {
            let columns = of(safe[index])
            if cut == nil && used + columns > width - 1 { cut = index }
            used += columns
            if used > width { return String(safe[..<(cut ?? index)]) + "…" }
            index = safe.index(after: index)
        }
        return safe
    }

    /// Pads or cuts text to exactly `width` columns.
    public static func pad(_ text: String, width: Int) -> String {
        let fitted = fit(text, width: width)
        return fitted + String(repeating: " ", count: max(0, width - of(fitted)))
    }

    /// Splits text into lines of at most `width` columns, breaking at spaces where possible.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 1 else { return [text] }
        var lines: [String] = []
        for paragraph in TerminalText.escape(text.replacingOccurrences(of: "\n", with: "\u{0}")).components(separatedBy: "␀") {
            var line = ""
            var used = 0
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var word = String(word)
                let wordWidth = of(word)
                if used > 0 && used + 1 + wordWidth > width {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                while of(word) > width {
                    var head = ""
                    var headWidth = 0
                    for character in word {
                        if headWidth + of(character) > width - used { break }
                        head.append(character)
                        headWidth += of(character)
                    }
                    if head.isEmpty { break }
                    lines.append(line + head)
                    line = ""
                    used = 0
                    word = String(word.dropFirst(head.count))
                }
                if used > 0 {
                    line += " "
                    used += 1
                }
                line += word
                used += of(word)
            }
            lines.append(line)
        }
        return lines
    }
}
