import RopaModel

/// One option of a command, declared once: every name it goes by, the value it takes (none for a flag) and
/// the words a shell offers for that value. The parser, `--lang`'s scan and the documentation tests read
/// these declarations; the help text, the man page and the completions are checked against them.
public struct CommandOption: Hashable, Sendable {
    /// The names, the short one (if any) first: `["-m", "--message"]`.
    public let names: [String]
    /// The value's placeholder in usage lines (`MESSAGE`), nil for a flag.
    public let value: String?
    /// The values a shell completes, when they are a fixed list.
    public let words: [String]

    public init(_ names: String..., value: String? = nil, words: [String] = []) {
        self.names = names
        self.value = value
        self.words = words
    }

    public var isFlag: Bool { value == nil }
    /// The name the parser files the option's value under.
    var key: String { names.last ?? "" }

    // The options several commands share.
    public static let message = CommandOption("-m", "--message", value: "MESSAGE")
    public static let json = CommandOption("--json")
    public static let asOf = CommandOption("--as-of", value: "YYYY-MM-DD")
    public static let version = CommandOption("--version", value: "N")
    public static let output = CommandOption("-o", "--output", value: "FILE")
    public static let delimiter = CommandOption("--delimiter", value: "CHARACTER", words: [",", ";", "tab", "|"])
}

extension Command {
    /// The options that take no value, such as `--json`.
    static var flags: Set<String> { Set(commandOptions.filter(\.isFlag).flatMap(\.names)) }
    /// The options that take a value, such as `-m MESSAGE` (besides the global `--lang`).
    static var options: Set<String> { Set(commandOptions.filter { !$0.isFlag }.flatMap(\.names)) }
}

extension RopaCommandLine {
    /// Each command's options as declared, by command name, for the documentation tests.
    public static var declaredOptions: [String: [CommandOption]] {
        Dictionary(uniqueKeysWithValues: commands.map { ($0.name, $0.commandOptions) })
    }
}
