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
        if let asciiNeedles, let found = Self.searchLatin(text, asciiNeedles) { return found }
        let key = TextFolding.SearchKey(text)
        return needles.contains { TextFolding.matches(key, $0) }
    }

    /// For text of printable ASCII and the accented letters of Latin-1 (most names and Swedish sentences),
    /// `TextFolding.matches` compares the bytes of the folded text: folded here a byte at a time (see
    /// `TextFolding.latinLetter`), without Foundation and without the memo of folded text. Nil for other text.
    private static func searchLatin(_ text: String, _ needles: [[UInt8]]) -> Bool? {
        var text = text
        return text.withUTF8 { utf8 -> Bool? in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: utf8.count) { buffer -> Bool? in
                var count = 0
                var index = 0
                while index < utf8.count {
                    let byte = utf8[index]
                    if byte >= 0x20 && byte < 0x7F {
                        buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        index += 1
                    } else if byte == 0xC3, index + 1 < utf8.count, let folded = TextFolding.latinLetter(utf8[index + 1]) {
                        buffer[count] = folded
                        index += 2
                    } else {
                        return nil
                    }
                    count += 1
                }
                let haystack = UnsafeBufferPointer(rebasing: buffer[0..<count])
                return needles.contains { needle in needle.withUnsafeBufferPointer { TextFolding.bytes(haystack, contain: $0) } }
            }
        }
    }
}
