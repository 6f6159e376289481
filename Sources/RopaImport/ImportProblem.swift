import RopaModel

/// Something in the file that keeps a row (or the whole file) from being read, at its physical line.
public struct ImportProblem: Equatable, Sendable, LocalizedDescription {
    public let line: Int
    /// The column's header as the file writes it, when the problem is in one cell.
    public let column: String?
    /// What is wrong, in either language.
    public let text: LocalizedText
    /// The file or sheet, when an import reads several; nil for the one file named on the command line.
    public internal(set) var source: String?

    public init(line: Int, column: String? = nil, _ text: LocalizedText) {
        self.line = line
        self.column = column
        self.text = text
        self.source = nil
    }

    public func from(_ source: String?) -> ImportProblem {
        var problem = self
        if problem.source == nil { problem.source = source }
        return problem
    }

    /// What is wrong, in English.
    public var message: String { text.text(.en) }

    /// What is wrong in `language`.
    public func message(_ language: Language) -> String { text.text(language) }

    /// "line 4: Lawful basis: 'Concent' is not a lawful basis …"; text from the file made terminal-safe.
    public func description(_ language: Language) -> String {
        let place = column.map { "\(TerminalText.escape($0)): " } ?? ""
        return ImportMessage.importLine.text(language, "\(line)", place + text.text(language))
    }
}

/// The file could not be imported: every problem found, in line order. Nothing was imported.
public struct ImportError: Error, Equatable, LocalizedDescription {
    public let problems: [ImportProblem]

    public init(_ problems: [ImportProblem]) {
        // By line; within a line in the order found (sorting by line alone would not keep that order).
        self.problems = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    public func description(_ language: Language) -> String {
        problems.map { $0.description(language) }.joined(separator: "\n")
    }
}

extension ImportProblem {
    /// Quotes a value from the file for a message, made terminal-safe and cut when long.
    static func quoted(_ text: String) -> String {
        let safe = TerminalText.escape(text)
        return "'\(safe.count > 80 ? String(safe.prefix(79)) + "…" : safe)'"
    }
}

extension EntityKind {
    /// "processor" / "personuppgiftsbiträde", for messages that name the kind inside a sentence.
    var lowercasedLabel: LocalizedText {
        LocalizedText(BilingualLabel(en: label.en.lowercased(), sv: label.sv.lowercased()))
    }
}
