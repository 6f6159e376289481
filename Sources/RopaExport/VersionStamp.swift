/// The register version a spreadsheet was exported from, as the export writes it and the import reads it:
/// "12 3f2a9c1b04de…" (number and hash) in a workbook's document property, and "ID (ropa 12 3f2a9c1b04de)" as
/// the header of a CSV file's ID column.
public struct VersionStamp: Equatable, Sendable {
    public let number: Int
    /// The hash or a prefix of it (at least 7 hex digits).
    public let hash: String

    public init(number: Int, hash: String) {
        self.number = number
        self.hash = hash
    }

    /// "12 3f2a…", as the workbook property holds it.
    public init?(property: String) {
        let parts = property.split(separator: " ")
        guard parts.count == 2, let number = Int(parts[0]), number > 0, Self.isHash(parts[1]) else { return nil }
        self.init(number: number, hash: String(parts[1]))
    }

    /// "ID (ropa 12 3f2a9c1b04de)", as a CSV header cell holds it.
    public init?(header: String) {
        guard let open = header.range(of: " (ropa "), header.hasSuffix(")") else { return nil }
        self.init(property: String(header[open.upperBound..<header.index(before: header.endIndex)]))
    }

    public var property: String { "\(number) \(hash)" }

    static func header(_ title: String, _ version: ExportVersion) -> String {
        "\(title) (ropa \(version.number) \(version.shortHash))"
    }

    private static func isHash(_ text: Substring) -> Bool {
        text.count >= 7 && text.count <= 64 && text.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }
}
