import Foundation
import RopaExport
import RopaModel

/// How the import reads a cell: the formula guard undone, lists split, text compared leniently.
enum CellText {
    /// A cell as it was before the export's formula guard; surrounding text is kept as written.
    static func restored(_ cell: String) -> String {
        FormulaGuard.restore(cell)
    }

    static func isBlank(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    /// The text, or nil for an empty or blank cell.
    static func optional(_ cell: String) -> String? {
        isBlank(cell) ? nil : cell
    }

    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The values of a multi-valued cell, as `ListCell.items` splits them.
    static func items(_ cell: String) -> [String] {
        ListCell.items(cell)
    }

    /// True when two cells say the same: a workbook puts a list's values on lines of their own where CSV joins
    /// them with "; ", and spreadsheet programs write line breaks as CRLF or LF.
    static func sameCell(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        // Compared byte by byte, a line break (CRLF or LF) on either side matching "; " on the other or itself.
        var left = lhs.utf8.makeIterator(), right = rhs.utf8.makeIterator()
        var pendingLeft: UInt8?, pendingRight: UInt8?
        func next(_ iterator: inout String.UTF8View.Iterator, _ pending: inout UInt8?) -> UInt8? {
            if let byte = pending {
                pending = nil
                return byte
            }
            guard let byte = iterator.next() else { return nil }
            if byte == 0x0D {
                let following = iterator.next()
                if following == 0x0A { pending = 0x20; return UInt8(ascii: ";") }
                pending = following
                return byte
            }
            if byte == 0x0A {
                pending = 0x20
                return UInt8(ascii: ";")
            }
            return byte
        }
        while true {
            let a = next(&left, &pendingLeft), b = next(&right, &pendingRight)
            if a != b { return false }
            if a == nil { return true }
        }
    }

    /// A key for lenient comparison: case, diacritics and runs of white space do not matter.
    static func key(_ text: String) -> String {
        let folded = TextFolding.fold(text)
        // Folded ASCII text is split on its bytes: splitting by characters took 14 000 instructions a title
        // (the import folds 727 built-in column names each run). The same answer as `keyByCharacters`.
        guard folded.utf8.allSatisfy({ $0 < 0x80 }) else { return keyByCharacters(folded) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for byte in folded.utf8 {
            if isASCIIWhitespace(byte) {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(UInt8(ascii: " ")) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `key` of folded text by characters: for text that is not ASCII once folded.
    static func keyByCharacters(_ folded: String) -> String {
        folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// The ASCII characters that are white space (Unicode's White_Space): tab, line feed, vertical tab, form
    /// feed, carriage return and space.
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// The bytes a row's cells would take in its register file together, when that is more than a file may
    /// hold: cells that each fit can still overflow one file between them.
    static func oversizedRow<Cells: Sequence<String>>(_ cells: Cells) -> Int? {
        let total = cells.reduce(0) { $0 + storedSize($1) }
        return total > RegisterLimits.maximumFileSize ? total : nil
    }

    /// The bytes a cell takes in a register's JSON file: a control character is escaped as `\u00XX`, a quote
    /// or backslash doubled.
    static func storedSize(_ cell: String) -> Int {
        var size = 0
        for byte in cell.utf8 {
            switch byte {
            case 0x22, 0x5C, 0x08, 0x09, 0x0A, 0x0C, 0x0D: size += 2
            case 0x00..<0x20: size += 6
            default: size += 1
            }
        }
        return size
    }
}
