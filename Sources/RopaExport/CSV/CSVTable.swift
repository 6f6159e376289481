/// The tables a CSV export can hold: one row per processing activity (the register itself), or one row
/// per processor, sub-processor, transfer, joint controller or security measure.
public enum CSVTable: String, CaseIterable, Sendable {
    case activities
    /// Processors the organisation engaged itself.
    case processors
    /// Processors engaged by another processor, at any depth.
    case subprocessors
    case transfers
    case jointControllers = "joint-controllers"
    case securityMeasures = "security-measures"

    /// The name a table is written under in a folder: `activities.csv`, `joint-controllers.csv`.
    public var fileName: String { "\(rawValue).csv" }

    /// The names `--table` accepts, `all` included.
    public static var argumentNames: [String] { allCases.map(\.rawValue) + ["all"] }

    /// Reads `--table NAME`; `all` gives every table.
    public static func tables(argument: String) -> [CSVTable]? {
        if argument == "all" { return allCases }
        return CSVTable(rawValue: argument).map { [$0] }
    }
}
