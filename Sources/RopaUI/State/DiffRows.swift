extension DiffState {
    /// The lines as screen rows of at most `width` columns: a long line (a changed description, a notice
    /// paragraph) wraps, its further rows indented, instead of being cut at the edge. Each row keeps the
    /// mark of its line (`+` added, `-` removed) for its colour.
    func rows(width: Int) -> [(text: String, mark: Character?)] {
        lines.flatMap { line -> [(text: String, mark: Character?)] in
            let mark = line.first.flatMap { $0 == "+" || $0 == "-" ? $0 : nil }
            let pieces = DisplayWidth.wrap(line, width: max(10, width))
            guard let first = pieces.first else { return [(line, mark)] }
            return [(first, mark)] + pieces.dropFirst().flatMap { piece in
                DisplayWidth.wrap(piece, width: max(10, width - 4)).map { ("    " + $0, mark) }
            }
        }
    }
}
