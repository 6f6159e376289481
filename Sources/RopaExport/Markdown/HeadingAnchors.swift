/// The ids GitHub and pandoc's `gfm` reader give headings, so the contents and cross-references can link
/// to them: lower case, white space to hyphens, everything but letters, digits, marks, `-` and `_` dropped,
/// and `-1`, `-2`, … added to a heading whose id is taken.
struct HeadingAnchors {
    private var used: Set<String> = []

    /// The id of the next heading of the document, given its text as displayed.
    mutating func anchor(for displayedText: String) -> String {
        var base = Self.slug(displayedText)
        // pandoc names a heading with no letters or digits "section".
        if base.isEmpty { base = "section" }
        var candidate = base
        var counter = 0
        while used.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        used.insert(candidate)
        return candidate
    }

    static func slug(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSlug(text) }
        var result = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars {
            if isSpace(scalar) {
                result.append("-")
            } else if isKept(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The same for ASCII text, byte by byte: most headings are.
    private static func asciiSlug(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): result.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                result.append(byte)
            case 0x20, 0x09...0x0D: result.append(UInt8(ascii: "-"))
            default: break
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Haskell's `isSpace`, which pandoc uses: ASCII white space, no-break space and Unicode space separators.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0xA0: return true
        default: return scalar.value > 0x377 && scalar.properties.generalCategory == .spaceSeparator
        }
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "-" || scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber,
             .nonspacingMark, .spacingMark, .enclosingMark, .connectorPunctuation:
            return true
        default:
            return false
        }
    }
}
