import RopaModel

/// The global `--lang en|sv`: accepted before the command (`ropa --lang sv validate X`) and among any
/// command's options. It is read once, before the command runs, so that even a usage error in the command's
/// own options is reported in the language asked for.
enum LanguageOption {
    static let name = "--lang"

    /// The value of the last `--lang` among `arguments` (before a `--`), skipping the values of the options
    /// in `valueOptions` so that `-m --lang` reads as a message; nil when there is none.
    static func value(in arguments: [String], valueOptions: Set<String>, command: String? = nil) throws -> String? {
        var found: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == name {
                guard index + 1 < arguments.count else { throw UsageError(.errorOptionNeedsValue, name, command: command) }
                found = arguments[index + 1]
                index += 2
            } else if argument.hasPrefix(name + "=") {
                found = String(argument.dropFirst(name.count + 1))
                index += 1
            } else {
                index += valueOptions.contains(argument) ? 2 : 1
            }
        }
        return found
    }

    /// The language a `--lang` value names.
    static func parse(_ text: String, command: String? = nil) throws -> Language {
        guard let language = Language(rawValue: text) else {
            throw UsageError(.errorLanguageValue, TerminalText.escape(text), command: command)
        }
        return language
    }

    /// `arguments` without the `--lang` options that come before the command.
    static func droppingLeading(_ arguments: [String]) -> [String] {
        var rest = arguments[...]
        while let first = rest.first {
            if first == name, rest.count > 1 {
                rest = rest.dropFirst(2)
            } else if first.hasPrefix(name + "=") {
                rest = rest.dropFirst()
            } else {
                break
            }
        }
        return Array(rest)
    }
}
