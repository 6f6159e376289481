/// A fixed list of words or phrases that rules look for in register text, folded once. Folding each phrase
/// again for every category or retention rule, and searching with Foundation's `contains`, was half of
/// `ropa validate` on 10 000 activities; a prepared needle compares bytes where that gives the same answer.
struct FoldedPhrases: Sendable {
    private let needles: [TextFolding.Needle]
    /// Each phrase's folded bytes, when every phrase folds to printable ASCII.
    private let asciiNeedles: [[UInt8]]?

    init(_ phrases: [String]) {
        needles = phrases.map(TextFolding.Needle.init)
        asciiNeedles = needles.allSatisfy(\.isPrintableASCII) ? needles.map(\.bytes) : nil
    }

    /// Whether any of the phrases occurs in `text`, ignoring case and diacritics:
    /// the same answer as `phrases.contains { TextFolding.contains(text, $0) }`.
    func occur(in text: String) -> Bool {
        if let asciiNeedles, let found = Self.searchPrintableASCII(text, asciiNeedles) { return found }
        let key = TextFolding.SearchKey(text)
        return needles.contains { TextFolding.matches(key, $0) }
    }

    /// For text of printable ASCII only (most names), `TextFolding.matches` compares the bytes of the text
    /// lower-cased, which is its folding: done here while comparing, without making the folded copy. Nil for
    /// other text.
    private static func searchPrintableASCII(_ text: String, _ needles: [[UInt8]]) -> Bool? {
        var text = text
        return text.withUTF8 { haystack -> Bool? in
            guard haystack.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
            @inline(__always) func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
            for needle in needles {
                guard let first = needle.first else { return true }
                guard haystack.count >= needle.count else { continue }
                var start = 0
                let last = haystack.count - needle.count
                while start <= last {
                    if lower(haystack[start]) == first {
                        var offset = 1
                        while offset < needle.count && lower(haystack[start + offset]) == needle[offset] { offset += 1 }
                        if offset == needle.count { return true }
                    }
                    start += 1
                }
            }
            return false
        }
    }
}
