extension Language {
    /// The language the environment asks for: the first of LC_ALL, LC_MESSAGES and LANG that is set and not
    /// empty (the order POSIX gives them) decides; Swedish when it starts with "sv", else English.
    public static func preferred(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("sv") ? .sv : .en
        }
        return .en
    }
}
