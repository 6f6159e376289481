import Foundation
import RopaModel

/// Where a command writes: the real standard streams, or a buffer in tests.
public protocol TextOutput: AnyObject {
    func write(_ text: String)
}

public final class StandardOutput: TextOutput {
    private let handle: FileHandle
    /// Whether control characters are shown as placeholders: for a terminal, whatever the text is (an
    /// export shown on screen must not set the window title or the clipboard); files and pipes get the
    /// exact bytes.
    private let showsControlsAsPlaceholders: Bool

    public init(_ handle: FileHandle, forTerminal: Bool? = nil) {
        self.handle = handle
        showsControlsAsPlaceholders = forTerminal ?? (isatty(handle.fileDescriptor) == 1)
    }

    public func write(_ text: String) {
        var text = showsControlsAsPlaceholders ? TerminalText.escapeKeepingLines(text) : text
        // Written from the string's own bytes: a `Data` of them copied each byte once more, megabytes for
        // the findings of a large register.
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            handle.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
        }
    }
}

public final class BufferOutput: TextOutput {
    public private(set) var text = ""

    public init() {}

    public func write(_ text: String) {
        self.text += text
    }
}

/// The streams, environment and language a command runs with.
public struct CommandContext {
    public let stdout: TextOutput
    public let stderr: TextOutput
    public let environment: [String: String]
    /// Answers to questions (`ropa init` asks for what is missing when run in a terminal).
    public let input: LineInput
    /// The language of every message, help text and label the run prints: `--lang`, else the environment's.
    public internal(set) var language: Language
    /// The language `--lang` named, when it was given: exports follow it (and not the environment), so that
    /// the same command writes the same files on every machine.
    public internal(set) var languageOption: Language?
    /// The process ends when the command returns (`ropa` itself, not a test or the bench running commands
    /// in one process): what `leaveToExit` is given is then never freed.
    public let exitsAfterCommand: Bool

    /// Without a language, the environment decides (LC_ALL, LC_MESSAGES, LANG starting with "sv": Swedish).
    public init(stdout: TextOutput, stderr: TextOutput, environment: [String: String], input: LineInput = NoInput(),
                language: Language? = nil, exitsAfterCommand: Bool = false) {
        self.stdout = stdout
        self.stderr = stderr
        self.environment = environment
        self.input = input
        self.language = language ?? Language.preferred(environment: environment)
        self.languageOption = language
        self.exitsAfterCommand = exitsAfterCommand
    }

    /// Leaves values to the process's exit when it follows the command (see `exitsAfterCommand`), as git's
    /// UNLEAK does: freeing a loaded 10 000-activity register string by string cost a tenth of `validate`,
    /// for memory the exit gives back at once.
    func leaveToExit(_ values: Any...) {
        if exitsAfterCommand { ExitLeftovers.shared.keep(values) }
    }

    func out(_ line: String = "") { stdout.write(line + "\n") }
    /// A message for people: never a raw control character, whatever file name or value it quotes.
    func err(_ line: String) { stderr.write(TerminalText.escapeKeepingLines(line) + "\n") }

    /// JSON output (`--json`): control, bidi and zero-width characters escaped as `\uXXXX`.
    func json(_ bytes: [UInt8]) { stdout.write(TerminalText.escapeJSON(String(decoding: bytes, as: UTF8.self))) }

    /// A catalogue message in the run's language.
    func text(_ message: CLIMessage, _ arguments: String...) -> String { message.text(language, arguments) }

    /// A catalogue message in the run's language, as one line on standard output.
    func say(_ message: CLIMessage, _ arguments: String...) { out(message.text(language, arguments)) }

    /// An error in the run's language: store, export, import and JSON errors are worded in Swedish too.
    func describe(_ error: Error) -> String {
        (error as? LocalizedDescription)?.description(language) ?? "\(error)"
    }
}

/// Exit codes: 0 fine; 1 findings or a failed check; 2 bad usage or unreadable input.
public enum ExitCode {
    public static let success: Int32 = 0
    public static let findings: Int32 = 1
    public static let failure: Int32 = 2
}

/// A mistake in how the command was called, worded in either language; `command` names the command whose
/// usage line follows the message.
struct UsageError: Error, LocalizedDescription {
    let text: LocalizedText
    let command: String?

    init(_ text: LocalizedText, command: String? = nil) {
        self.text = text
        self.command = command
    }

    init(_ message: CLIMessage, _ arguments: String..., command: String? = nil) {
        self.init(LocalizedText(key: message, verbatim: arguments), command: command)
    }

    func description(_ language: Language) -> String { text.text(language) }
}
