import Foundation

/// Reads the GFM pipe tables of a Markdown document back, the way a renderer splits them into cells.
enum MarkdownTables {
    struct Table {
        let firstLine: Int
        let rows: [[String]]
    }

    /// Every table: runs of lines that begin with `|`.
    static func tables(in markdown: String) -> [Table] {
        var tables: [Table] = []
        var current: [[String]] = []
        var start = 0
        for (number, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("|") {
                if current.isEmpty { start = number + 1 }
                current.append(cells(String(line)))
            } else if !current.isEmpty {
                tables.append(Table(firstLine: start, rows: current))
                current = []
            }
        }
        if !current.isEmpty { tables.append(Table(firstLine: start, rows: current)) }
        return tables
    }

    /// The cells of a row: split at pipes not escaped by a backslash, outer pipes dropped, cells trimmed.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in line {
            if escaped {
                cell.append(character)
                escaped = false
            } else if character == "\\" {
                cell.append(character)
                escaped = true
            } else if character == "|" {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
        }
        cells.append(cell)
        // The text before the first pipe and after the last one are not cells.
        return cells.dropFirst().dropLast().map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Markdown text with its backslash escapes removed: what a reader sees.
    static func unescaped(_ markdown: String) -> String {
        var result = ""
        var escaped = false
        for character in markdown {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
