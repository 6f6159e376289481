import Foundation

/// Where a command writes: the real standard streams, or a buffer in tests.
public protocol TextOutput: AnyObject {
    func write(_ text: String)
}

public final class StandardOutput: TextOutput {
    private let handle: FileHandle

    public init(_ handle: FileHandle) {
        self.handle = handle
    }

    public func write(_ text: String) {
        handle.write(Data(text.utf8))
    }
}

public final class BufferOutput: TextOutput {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) {
        self.text += text
    }
}

/// The streams and environment a command runs with.
public struct CommandContext {
    public let stdout: TextOutput
    public let stderr: TextOutput
    public let environment: [String: String]
    /// Answers to questions (`ropa init` asks for what is missing when run in a terminal).
    public let input: LineInput

    public init(stdout: TextOutput, stderr: TextOutput, environment: [String: String], input: LineInput = NoInput()) {
        self.stdout = stdout
        self.stderr = stderr
        self.environment = environment
        self.input = input
    }

    func out(_ line: String = "") { stdout.write(line + "\n") }
    func err(_ line: String) { stderr.write(line + "\n") }
}

/// Exit codes: 0 fine; 1 findings or a failed check; 2 bad usage or unreadable input.
public enum ExitCode {
    public static let success: Int32 = 0
    public static let findings: Int32 = 1
    public static let failure: Int32 = 2
}

/// A mistake in how the command was called.
struct UsageError: Error, CustomStringConvertible {
    let message: String
    let command: String?

    init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }

    var description: String { message }
}
