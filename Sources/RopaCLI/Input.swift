import Foundation

/// Where a command reads answers to its questions: the terminal, a script's lines in tests, or nothing.
public protocol LineInput: AnyObject {
    /// True when a person is there to answer (standard input is a terminal).
    var isInteractive: Bool { get }
    /// The next line without its line break, or nil at the end of the input.
    func readLine() -> String?
}

/// Standard input; interactive when it is a terminal.
public final class StandardInput: LineInput {
    public init() {}

    public var isInteractive: Bool { isatty(STDIN_FILENO) != 0 }

    public func readLine() -> String? { Swift.readLine(strippingNewline: true) }
}

/// No input at all: commands never ask and use their defaults or say what is missing.
public final class NoInput: LineInput {
    public init() {}
    public var isInteractive: Bool { false }
    public func readLine() -> String? { nil }
}

/// Answers given in advance, as a person would type them (for tests).
public final class ScriptedInput: LineInput {
    private var lines: [String]
    public let isInteractive: Bool

    public init(_ lines: [String], interactive: Bool = true) {
        self.lines = lines
        self.isInteractive = interactive
    }

    public func readLine() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }
}

extension CommandContext {
    /// Asks a question on standard error and reads the answer, trimmed; nil at the end of the input.
    func ask(_ question: String) -> String? {
        stderr.write(question)
        guard let line = input.readLine() else {
            stderr.write("\n")
            return nil
        }
        return line.trimmingCharacters(in: .whitespaces)
    }
}
