import RopaModel

/// Something in the file that keeps a row (or the whole file) from being read, at its physical line.
public struct ImportProblem: Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    /// The column's header as the file writes it, when the problem is in one cell.
    public let column: String?
    public let message: String

    public init(line: Int, column: String? = nil, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// "line 4: Lawful basis: 'Concent' is not a lawful basis …"; text from the file made terminal-safe.
    public var description: String {
        let place = column.map { "\(TerminalText.escape($0)): " } ?? ""
        return "line \(line): \(place)\(message)"
    }
}

/// The file could not be imported: every problem found, in line order. Nothing was imported.
public struct ImportError: Error, Equatable, CustomStringConvertible {
    public let problems: [ImportProblem]

    public init(_ problems: [ImportProblem]) {
        // By line; within a line in the order found (sorting by line alone would not keep that order).
        self.problems = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

extension ImportProblem {
    /// Quotes a value from the file for a message, made terminal-safe and cut when long.
    static func quoted(_ text: String) -> String {
        let safe = TerminalText.escape(text)
        return "'\(safe.count > 80 ? String(safe.prefix(79)) + "…" : safe)'"
    }
}
