import RopaExport
import RopaModel

/// How to read a CSV file; what is left nil is detected from the header row.
public struct ImportOptions: Equatable, Sendable {
    public var delimiter: CSVDelimiter?

    public init(delimiter: CSVDelimiter? = nil) {
        self.delimiter = delimiter
    }
}

/// What an import would do: the register after it, and which activities it adds and changes.
public struct ImportPlan: Equatable {
    public let register: Register
    public let added: [String]
    public let changed: [String]
    public let unchanged: [String]
    /// The header language and delimiter the file was read with.
    public let language: Language
    public let delimiter: CSVDelimiter
    /// Rows read (blank rows are not counted).
    public let rows: Int
    /// What was imported but may not be what was meant, such as a row without an ID whose name is taken.
    public let warnings: [ImportProblem]

    public var changesAnything: Bool { !added.isEmpty || !changed.isEmpty }
}
