/// The ids GitHub and pandoc's `gfm` reader give headings, so the contents and cross-references can link
/// to them: lower case, white space to hyphens, everything but letters, digits, marks, `-` and `_` dropped,
/// and `-1`, `-2`, … added to a heading whose id is taken.
struct HeadingAnchors {
    private var used: Set<String>
    /// What each character other than ASCII becomes in an id, worked out once: the same few letters
    /// ("å", "ö", "–") come back in heading after heading.
    private var nonASCII: [Unicode.Scalar: [UInt8]] = [:]

    /// Anchors for a document of about `headings` headings.
    init(headings: Int = 0) {
        used = Set(minimumCapacity: headings)
    }

    /// The id of the next heading of the document, given its text as displayed.
    mutating func anchor(for displayedText: String) -> String {
        var base = slug(displayedText)
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

    /// The id of a heading's text, before `-1`, `-2`, … make it unique.
    mutating func slug(_ text: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                Self.appendASCII(UInt8(scalar.value), to: &result)
            } else if let bytes = nonASCII[scalar] {
                result.append(contentsOf: bytes)
            } else {
                let bytes = Self.slugBytes(scalar)
                nonASCII[scalar] = bytes
                result.append(contentsOf: bytes)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// What a character other than ASCII becomes: lower-cased (String.lowercased() maps each scalar on
    /// its own, so one at a time gives the same text), then kept, made a hyphen or dropped.
    private static func slugBytes(_ scalar: Unicode.Scalar) -> [UInt8] {
        var bytes: [UInt8] = []
        for lowered in scalar.properties.lowercaseMapping.unicodeScalars {
            if isSpace(lowered) {
                bytes.append(UInt8(ascii: "-"))
            } else if isKept(lowered) {
                UTF8.encode(lowered) { bytes.append($0) }
            }
        }
        return bytes
    }

    /// An ASCII character of a heading, lower-cased and kept, made a hyphen or dropped.
    private static func appendASCII(_ byte: UInt8, to result: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): result.append(byte | 0x20)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            result.append(byte)
        case 0x20, 0x09...0x0D: result.append(UInt8(ascii: "-"))
        default: break
        }
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
