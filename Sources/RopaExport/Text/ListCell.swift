import Foundation

/// How a multi-valued cell splits into its values, for the import that reads it and for the export's columns
/// that must line up with another column's values (the retention periods with the retention rules).
public enum ListCell {
    /// The values of a multi-valued cell: split at `;` (the export joins with "; ") and at line breaks (a list
    /// typed with Alt+Enter in one cell), each trimmed, empty ones left out. A value that itself holds a `;`
    /// is read as two.
    public static func items(_ cell: String) -> [String] {
        cell.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }

    /// How many values `items` reads from the cell, without splitting one that holds no separator.
    public static func count(_ cell: String) -> Int {
        let separated = cell.utf8.contains { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        if separated { return items(cell).count }
        return cell.contains { !$0.isWhitespace } ? 1 : 0
    }
}
