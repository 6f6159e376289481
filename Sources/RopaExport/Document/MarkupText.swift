import RopaModel

/// Writes register text into HTML or WordprocessingML as exactly that text: markup characters escaped,
/// line breaks and tabs as the format's own breaks, and control, bidi and invisible characters as the
/// visible placeholders `TerminalText` uses, so a value can neither become markup nor hide what it says.
/// Everything XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) is among them, so the parts stay well-formed.
struct MarkupText {
    /// What a line break (LF or CR LF) and a tab become.
    let lineBreak: [UInt8]
    let tab: [UInt8]

    /// HTML: `<br>` and a space (a tab means nothing in flowing text).
    static let html = MarkupText(lineBreak: Array("<br>".utf8), tab: [0x20])
    /// A WordprocessingML run: the text element is closed and reopened around `<w:br/>` and `<w:tab/>`.
    static let wordprocessing = MarkupText(lineBreak: Array("</w:t><w:br/><w:t xml:space=\"preserve\">".utf8),
                                           tab: Array("</w:t><w:tab/><w:t xml:space=\"preserve\">".utf8))
    /// An attribute value or a part where no break can go (titles, properties): breaks become spaces.
    static let attribute = MarkupText(lineBreak: [0x20], tab: [0x20])

    func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { append($0, to: &output) }
    }

    func escaped(_ text: String) -> String {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func append(_ utf8: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var index = 0
        let count = utf8.count
        while index < count {
            // Runs of printable ASCII and of scalars that cannot need a placeholder are copied whole: a large
            // register's document is a hundred megabytes of text, and a byte at a time was most of its cost.
            let runStart = index
            while index < count, Self.passes(utf8[index]) { index += 1 }
            if index > runStart { output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
            guard index < count else { return }
            let byte = utf8[index]
            switch byte {
            case 0x26: output.append(contentsOf: Self.amp)
            case 0x3C: output.append(contentsOf: Self.lt)
            case 0x3E: output.append(contentsOf: Self.gt)
            case 0x22: output.append(contentsOf: Self.quot)
            case 0x0A: output.append(contentsOf: lineBreak)
            case 0x09: output.append(contentsOf: tab)
            case 0x0D where index + 1 < count && utf8[index + 1] == 0x0A:
                break   // CR LF is one line break: the LF writes it
            case 0x00...0x1F, 0x7F:
                Self.appendPlaceholder(Unicode.Scalar(byte), to: &output)
            case 0x20...0x7E:
                output.append(byte)
            default:
                // A multi-byte scalar. Only those led by C2 (C1 controls), E2 (bidi and invisible marks) or
                // EF (BOM, specials, noncharacters) can need a placeholder: the rest are copied as they are.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let end = min(index + length, count)
                if byte == 0xC2 || byte == 0xE2 || byte == 0xEF, let scalar = Self.scalar(utf8, from: index, length: end - index),
                   Self.needsPlaceholder(scalar) {
                    Self.appendPlaceholder(scalar, to: &output)
                } else {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[index..<end]))
                }
                index = end
                continue
            }
            index += 1
        }
    }

    /// Bytes copied as they are: printable ASCII but `&<>"`, and the bytes of multi-byte scalars other
    /// than lead bytes C2, E2 and EF (continuation bytes follow their lead byte, which is checked first).
    @inline(__always)
    private static func passes(_ byte: UInt8) -> Bool {
        if byte < 0x80 { return byte >= 0x20 && byte != 0x7F && byte != 0x26 && byte != 0x3C && byte != 0x3E && byte != 0x22 }
        return byte != 0xC2 && byte != 0xE2 && byte != 0xEF
    }

    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8)

    private static func scalar(_ utf8: UnsafeBufferPointer<UInt8>, from start: Int, length: Int) -> Unicode.Scalar? {
        var value = UInt32(utf8[start]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(utf8[start + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }

    private static func needsPlaceholder(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFFFE || scalar.value == 0xFFFF || TerminalText.placeholder(for: scalar) != nil
    }

    private static func appendPlaceholder(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        // U+FFFE and U+FFFF have no placeholder of their own: XML may not carry them at all.
        let placeholder = TerminalText.placeholder(for: scalar) ?? "<U+\(String(scalar.value, radix: 16, uppercase: true))>"
        for byte in placeholder.utf8 {
            switch byte {
            case 0x3C: output.append(contentsOf: lt)
            case 0x3E: output.append(contentsOf: gt)
            default: output.append(byte)
            }
        }
    }
}

/// Where a `TextRun`'s link goes: a heading of the document, or an address outside it. Only web and mail
/// addresses are linked: a `javascript:` or `file:` target from the register stays text.
enum LinkTarget: Equatable {
    case anchor(String)
    case external(String)

    init?(_ link: String?) {
        guard let link, !link.isEmpty else { return nil }
        // On the bytes: every run of a large register's document asks, and lowercasing it whole and
        // Foundation's substring search were a tenth of writing it.
        let utf8 = link.utf8
        if Self.hasPrefix(utf8, "https://") || Self.hasPrefix(utf8, "http://") || Self.hasPrefix(utf8, "mailto:") {
            self = .external(link)
        } else if utf8.contains(UInt8(ascii: ":")) || utf8.contains(UInt8(ascii: "/")) {
            return nil
        } else {
            self = .anchor(link.hasPrefix("#") ? String(link.dropFirst()) : link)
        }
    }

    /// Whether `utf8` starts with `prefix` (lowercase ASCII), ignoring the case of ASCII letters.
    private static func hasPrefix(_ utf8: String.UTF8View, _ prefix: StaticString) -> Bool {
        guard utf8.count >= prefix.utf8CodeUnitCount else { return false }
        return prefix.withUTF8Buffer { expected in
            zip(utf8, expected).allSatisfy { byte, wanted in
                (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == wanted
            }
        }
    }
}

/// The few words the renderers write themselves, in the document's language.
enum DocumentPhrase {
    case contents, page, of

    var label: BilingualLabel {
        switch self {
        case .contents: return .init(en: "Contents", sv: "Innehåll")
        case .page: return .init(en: "Page", sv: "Sida")
        case .of: return .init(en: "of", sv: "av")
        }
    }

    func text(_ language: Language) -> String { label.text(language) }

    /// The language tag written into the file: Swedish as spoken in Sweden, English as in the UK.
    static func tag(_ language: Language) -> String { language == .sv ? "sv-SE" : "en-GB" }
}
