import Foundation

/// How a multi-valued cell is written and split into its values, for the export that writes it, the import that
/// reads it and the export's columns that must line up with another column's values (the retention periods with
/// the retention rules).
///
/// Values are separated by `;` (the export writes "; ") or line breaks (a workbook's, or a list typed with
/// Alt+Enter in one cell). A value that itself holds a separator, or begins with a quote, is written in quotes
/// with its quotes doubled (`"Enligt policy; se gallringsplanen"`), so that it reads back as one value.
public enum ListCell {
    /// The values joined into one cell, each quoted where it must be.
    public static func joined(_ values: [String], separator: String = "; ") -> String {
        values.map(quoted).joined(separator: separator)
    }

    /// The value as a list cell writes it: in quotes when it holds a `;` or a line break or begins with a quote
    /// (after white space), otherwise as it is.
    public static func quoted(_ value: String) -> String {
        let needsQuotes = value.utf8.contains { $0 == semicolon || $0 == newline || $0 == carriageReturn }
            || value.unicodeScalars.first { !$0.properties.isWhitespace } == "\""
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The values of a multi-valued cell: split at `;` and line breaks, each trimmed, empty ones left out. A value
    /// in quotes (nothing but white space before its separator) is read whole, its doubled quotes undone; a
    /// quote that does not close that way is read as text.
    public static func items(_ cell: String) -> [String] {
        guard cell.utf8.contains(quote) else {
            return cell.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
        }
        let scalars = Array(cell.unicodeScalars)
        var values: [String] = []
        var start = 0
        while start < scalars.count {
            if let (value, next) = quotedValue(scalars, from: start) {
                if !value.isEmpty { values.append(value) }
                start = next
                continue
            }
            var end = start
            while end < scalars.count, !isSeparator(scalars[end]) { end += 1 }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            let value = String(text).trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { values.append(value) }
            start = end + 1
        }
        return values
    }

    /// How many values `items` reads from the cell, without splitting one that holds no separator or quote.
    public static func count(_ cell: String) -> Int {
        let separated = cell.utf8.contains { $0 == semicolon || $0 == newline || $0 == carriageReturn || $0 == quote }
        if separated { return items(cell).count }
        return cell.contains { !$0.isWhitespace } ? 1 : 0
    }

    /// The quoted value that starts at `start` (after white space other than line breaks) and where the next
    /// value starts; nil when the value there is not one quoted whole.
    private static func quotedValue(_ scalars: [Unicode.Scalar], from start: Int) -> (String, Int)? {
        var index = start
        while index < scalars.count, isBlank(scalars[index]) { index += 1 }
        guard index < scalars.count, scalars[index] == "\"" else { return nil }
        index += 1
        var text = String.UnicodeScalarView()
        while index < scalars.count {
            if scalars[index] == "\"" {
                guard index + 1 < scalars.count, scalars[index + 1] == "\"" else { break }
                text.append("\"")
                index += 2
            } else {
                text.append(scalars[index])
                index += 1
            }
        }
        guard index < scalars.count else { return nil }  // no closing quote
        index += 1
        while index < scalars.count, isBlank(scalars[index]) { index += 1 }
        guard index == scalars.count || isSeparator(scalars[index]) else { return nil }
        return (String(text), index + 1)
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == ";" || scalar == "\n" || scalar == "\r"
    }

    /// White space that is not a line break (a line break separates values).
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace && scalar != "\n" && scalar != "\r"
    }

    private static let semicolon = UInt8(ascii: ";"), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
    private static let quote = UInt8(ascii: "\"")
}
