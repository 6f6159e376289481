import RopaModel

/// `--fail-on error|warning|never`: the severity from which findings make `ropa validate` exit 1, so a CI
/// pipeline can gate on errors only. The default, warning, is what validate always did.
enum FailOn: String, CaseIterable {
    case error, warning, never

    static func parse(_ text: String?, command: String) throws -> FailOn {
        guard let text else { return .warning }
        guard let value = FailOn(rawValue: text) else {
            throw UsageError(.validateFailOnValue, TerminalText.escape(text), command: command)
        }
        return value
    }

    func fails(_ findings: [Finding]) -> Bool {
        switch self {
        case .never: return false
        case .error: return findings.contains { $0.severity == .error }
        case .warning: return findings.contains { $0.severity <= .warning }
        }
    }
}
