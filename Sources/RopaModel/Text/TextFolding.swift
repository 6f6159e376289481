import Foundation
import Synchronization

/// Case- and diacritic-insensitive matching: "kundtjanst" finds "Kundtjänst".
public enum TextFolding {
    // Foundation's folding takes about 4 µs a string, and lists of 10 000 rows fold every name to sort
    // and every row to filter: ASCII text is folded here (folding only lower-cases it, which was checked
    // for all 128 characters), and other results are remembered.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return memo.value(for: text) {
            $0.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        }
    }

    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        let foldedNeedle = fold(needle)
        if foldedNeedle.isEmpty { return true }
        return fold(haystack).contains(foldedNeedle)
    }

    /// Folded text prepared for being searched many times (a list's rows while a filter is typed).
    public struct SearchKey: Sendable {
        public let folded: String
        /// Whether a search for printable ASCII may compare bytes: every character of the folded text is
        /// one Unicode scalar that starts its own character and is never part of another (Latin letters,
        /// punctuation, symbols; no marks, controls or joiners). Foundation's `contains` compares whole
        /// characters; for such text and such needles bytes give the same answer, about ten times faster.
        public let allowsByteSearch: Bool

        public init(_ text: String) {
            folded = TextFolding.fold(text)
            allowsByteSearch = folded.unicodeScalars.allSatisfy(TextFolding.standsAlone)
        }
    }

    /// A folded needle for `matches`.
    public struct Needle: Sendable {
        public let folded: String
        let bytes: [UInt8]
        let isPrintableASCII: Bool

        public init(_ text: String) {
            folded = TextFolding.fold(text)
            bytes = Array(folded.utf8)
            isPrintableASCII = bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }

        public var isEmpty: Bool { folded.isEmpty }
    }

    /// `contains(text, needle)` for prepared text: the same answer.
    public static func matches(_ key: SearchKey, _ needle: Needle) -> Bool {
        if needle.isEmpty { return true }
        guard key.allowsByteSearch, needle.isPrintableASCII else { return key.folded.contains(needle.folded) }
        var text = key.folded
        return text.withUTF8 { haystack in needle.bytes.withUnsafeBufferPointer { bytes(haystack, contain: $0) } }
    }

    /// Whether `needle` occurs in `haystack`, byte for byte (an empty needle occurs everywhere).
    static func bytes(_ haystack: UnsafeBufferPointer<UInt8>, contain needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// A scalar that is always a character on its own: printable ASCII, Latin-1 and Latin Extended
    /// letters and symbols (not the soft hyphen), general punctuation, currency and letter-like symbols.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF: return true
        case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x214F: return true
        default: return false
        }
    }

    private static let memo = FoldMemo()

    /// The folded form of the Latin-1 letter U+00C0 to U+00FF whose UTF-8 is 0xC3 followed by `second`, when
    /// Foundation folds it to one ASCII letter ("Å" and "ä" to "a", "é" to "e"); nil for the others ("æ",
    /// "ø", "ß", "×", which fold otherwise or not at all). Taken from Foundation's folding, once.
    static func latinLetter(_ second: UInt8) -> UInt8? {
        guard second >= 0x80 && second <= 0xBF else { return nil }
        let folded = latinLetters[Int(second - 0x80)]
        return folded == 0 ? nil : folded
    }

    private static let latinLetters: [UInt8] = (0xC0...0xFF).map { value -> UInt8 in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        let folded = Array(String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased().utf8)
        guard folded.count == 1, let byte = folded.first, byte >= 0x61 && byte <= 0x7A else { return 0 }
        return byte
    }
}

/// Results of folding non-ASCII text, shared by all threads; emptied when it grows large.
private final class FoldMemo: Sendable {
    private let values = Mutex([String: String]())
    private static let limit = 200_000

    func value(for text: String, _ make: (String) -> String) -> String {
        if let known = values.withLock({ $0[text] }) { return known }
        let value = make(text)
        values.withLock { values in
            if values.count >= FoldMemo.limit { values.removeAll(keepingCapacity: true) }
            values[text] = value
        }
        return value
    }
}
