extension DiffState {
    /// The lines as screen rows of at most `width` columns: a long line (a changed description, a notice
    /// paragraph) wraps, its further rows indented, instead of being cut at the edge. Each row keeps the
    /// mark of its line (`+` added, `-` removed) for its colour.
    func rows(width: Int) -> [(text: String, mark: Character?)] {
        lines.flatMap { line -> [(text: String, mark: Character?)] in
            let mark = line.first.flatMap { $0 == "+" || $0 == "-" ? $0 : nil }
            var rows: [(text: String, mark: Character?)] = []
            for (index, paragraph) in line.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var rest = String(paragraph)
                if index == 0 {
                    let pieces = DisplayWidth.wrap(rest, width: max(10, width))
                    rows.append((pieces.first ?? "", mark))
                    // The rest wraps again as one text at the indented width: wrapping each piece again
                    // left a stray word on a row of its own after every full one.
                    rest = pieces.dropFirst().joined(separator: " ")
                    if rest.isEmpty { continue }
                }
                rows += DisplayWidth.wrap(rest, width: max(10, width - 4)).map { ("    " + $0, mark) }
            }
            return rows
        }
    }
}
