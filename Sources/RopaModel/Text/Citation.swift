/// Citations as each language writes them: ropa keeps "Art 6(1)(b)" (the CSV, the JSON and the command
/// line's findings, which scripts and the import read back), and what people read in Swedish (the UI, the
/// documents) says "art. 6.1 b".
public enum Citation {
    /// A citation, or a text with citations in it, as `language` writes it.
    public static func text(_ citation: String, _ language: Language) -> String {
        language == .sv ? swedish(in: citation) : citation
    }

    /// "Art 6(1)(b)" → "art. 6.1 b", "Art 28(3)(a)–(h)" → "art. 28.3 a–h", "Art 49(1) second subparagraph"
    /// → "art. 49.1 andra stycket", wherever they stand in the text.
    public static func swedish(in text: String) -> String {
        guard text.contains("Art ") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "Art ") {
            result += rest[..<start.lowerBound]
            let after = rest[start.upperBound...]
            guard let first = after.first, first.isNumber else {
                result += "Art "
                rest = after
                continue
            }
            result += "art. "
            var index = after.startIndex
            while index < after.endIndex {
                let character = after[index]
                if character.isNumber || character == "–" {
                    result.append(character)
                    index = after.index(after: index)
                } else if character == "(", let close = after[index...].firstIndex(of: ")") {
                    let inner = after[after.index(after: index)..<close]
                    let previous = result.last
                    if inner.allSatisfy(\.isNumber), previous?.isNumber == true {
                        result += ".\(inner)"
                    } else {
                        result += previous == "–" ? "\(inner)" : " \(inner)"
                    }
                    index = after.index(after: close)
                } else {
                    break
                }
            }
            rest = after[index...]
            for (english, swedish) in [(" first subparagraph", " första stycket"), (" second subparagraph", " andra stycket")]
            where rest.hasPrefix(english) {
                result += swedish
                rest = rest.dropFirst(english.count)
            }
        }
        return result + rest
    }
}
