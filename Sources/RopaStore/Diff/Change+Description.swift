import RopaJSON
import RopaModel

extension Change {
    /// One readable line: "Activity 'Kundservice och kontakt' · retention[kundarende].text: '90 dagar' → '60 dagar'".
    /// Text from the register is made terminal-safe.
    public func describe(_ language: Language = .en) -> String {
        let subject: String
        if let kind {
            subject = "\(kind.label.text(language)) '\(TerminalText.escape(entityName))'"
        } else {
            subject = file == RegisterLayout.settingsFile
                ? (language == .sv ? "Registerinställningar" : "Register settings")
                : (language == .sv ? "Referensdata" : "Reference data") + " (\(file))"
        }
        guard let field else {
            switch action {
            case .added: return "+ \(subject) " + (language == .sv ? "tillagd" : "added")
            case .removed: return "- \(subject) " + (language == .sv ? "borttagen" : "removed")
            default: return "~ \(subject) " + (language == .sv ? "ändrad" : "changed")
            }
        }
        let place = "\(subject) · \(TerminalText.escape(field))"
        switch action {
        case .added: return "~ \(place): + \(Change.render(new, language: language))"
        case .removed: return "~ \(place): - \(Change.render(old, language: language))"
        case .modified: return "~ \(place): \(Change.render(old, language: language)) → \(Change.render(new, language: language))"
        case .reordered: return "~ \(place): " + (language == .sv ? "ny ordning" : "reordered")
        }
    }

    /// A value in one line: strings quoted, objects by their name or as compact JSON, long text cut.
    public static func render(_ value: JSONValue?, limit: Int = 200, language: Language = .en) -> String {
        guard let value else { return language == .sv ? "(inget)" : "(none)" }
        let text: String
        switch value {
        case .string(let string): text = "'\(string)'"
        case .object(let members):
            if let name = members["name"]?.stringValue ?? members["description"]?.stringValue ?? members["text"]?.stringValue {
                text = "'\(name)'"
            } else {
                text = String(decoding: CanonicalJSON.compactBytes(value), as: UTF8.self)
            }
        default: text = String(decoding: CanonicalJSON.compactBytes(value), as: UTF8.self)
        }
        let safe = TerminalText.escape(text)
        return safe.count > limit ? String(safe.prefix(limit - 1)) + "…" : safe
    }

    /// The change as a JSON object for `--json` output.
    public var json: JSONValue {
        var members: [String: JSONValue] = [
            "file": .string(file),
            "entity": .string(entityName),
            "action": .string(action.rawValue),
        ]
        if let kind { members["kind"] = .string(kind.rawValue) }
        if let entityID { members["id"] = .string(entityID) }
        if let field { members["field"] = .string(field) }
        if let old { members["old"] = old }
        if let new { members["new"] = new }
        return .object(members)
    }
}
