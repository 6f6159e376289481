import RopaModel

/// A command's arguments split into positionals, flags and options, refusing anything it does not know.
/// Every command also takes the global `--lang en|sv`, which `LanguageOption` reads before the command runs.
struct Arguments {
    private(set) var positionals: [String] = []
    private var flags: Set<String> = []
    private var options: [String: String] = [:]
    /// Every value of each option, for those that may be given more than once (`--map`).
    private var repeated: [String: [String]] = [:]

    /// Each option's names, mapped to the one its value is filed under: `-m` and `--message` are one option.
    private var keys: [String: String] = [:]

    /// Flags take no value; other options take the next argument (or `--name=value`).
    init(_ arguments: [String], command: String, declared: [CommandOption] = []) throws {
        for option in declared {
            for name in option.names { keys[name] = option.key }
        }
        let flagNames = Set(declared.filter(\.isFlag).flatMap(\.names))
        let optionNames = Set(declared.filter { !$0.isFlag }.flatMap(\.names)).union([LanguageOption.name])
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            let key = keys[name] ?? name
            if flagNames.contains(name), inlineValue == nil {
                flags.insert(key)
            } else if optionNames.contains(name) {
                if let inlineValue {
                    options[key] = inlineValue
                } else {
                    guard index < arguments.count else { throw UsageError(.errorOptionNeedsValue, name, command: command) }
                    options[key] = arguments[index]
                    index += 1
                }
                repeated[key, default: []].append(options[key] ?? "")
            } else {
                throw UsageError(.errorUnknownOption, TerminalText.escape(argument), command: command)
            }
        }
    }

    /// Whether the flag was given, by any of its names.
    func flag(_ name: String) -> Bool { flags.contains(keys[name] ?? name) }
    /// The option's last value, by any of its names.
    func option(_ name: String) -> String? { options[keys[name] ?? name] }
    func option(_ option: CommandOption) -> String? { options[option.key] }
    /// Every value given for an option, in order.
    func values(_ name: String) -> [String] { repeated[keys[name] ?? name] ?? [] }
}
