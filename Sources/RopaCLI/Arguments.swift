import RopaModel

/// A command's arguments split into positionals, flags and options, refusing anything it does not know.
/// Every command also takes the global `--lang en|sv`, which `LanguageOption` reads before the command runs.
struct Arguments {
    private(set) var positionals: [String] = []
    private var flags: Set<String> = []
    private var options: [String: String] = [:]
    /// Every value of each option, for those that may be given more than once (`--map`).
    private var repeated: [String: [String]] = [:]

    /// `flagNames` take no value; `optionNames` take the next argument (or `--name=value`).
    init(_ arguments: [String], command: String, flagNames: Set<String> = [], optionNames: Set<String> = []) throws {
        let optionNames = optionNames.union([LanguageOption.name])
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
            if flagNames.contains(name), inlineValue == nil {
                flags.insert(name)
            } else if optionNames.contains(name) {
                if let inlineValue {
                    options[name] = inlineValue
                } else {
                    guard index < arguments.count else { throw UsageError(.errorOptionNeedsValue, name, command: command) }
                    options[name] = arguments[index]
                    index += 1
                }
                repeated[name, default: []].append(options[name] ?? "")
            } else {
                throw UsageError(.errorUnknownOption, TerminalText.escape(argument), command: command)
            }
        }
    }

    func flag(_ name: String) -> Bool { flags.contains(name) }
    func option(_ name: String) -> String? { options[name] }
    /// Every value given for an option, in order.
    func values(_ name: String) -> [String] { repeated[name] ?? [] }
}
