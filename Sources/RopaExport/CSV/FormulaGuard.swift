/// Keeps spreadsheets from running register text as a formula (CSV injection): a cell that begins with
/// `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with an apostrophe, so Excel, LibreOffice and
/// Google Sheets show it as text. Plain numbers such as "-5" or "+46" are left alone: they cannot run.
public enum FormulaGuard {
    /// What a spreadsheet reads as the start of a formula (OWASP's list).
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    public static let prefix = "'"

    /// `triggers` by byte: every trigger is ASCII, so the first byte of a cell tells whether it starts with one.
    private static let triggerBytes: [Bool] = (0..<128).map { triggers.contains(Unicode.Scalar(UInt8($0))) }

    /// `forExcel`: a phone number is written as Excel's text formula `="+46 70-123 45 67"`, which Excel shows
    /// as the number without an apostrophe; elsewhere it is left as it is. A phone number (a `+`, then only
    /// digits, spaces, `-`, `(`, `)`, `/` and `.`) names no function, cell or program, so it cannot run anything.
    public static func neutralise(_ text: String, forExcel: Bool = false) -> String {
        guard let first = text.utf8.first, first < 0x80, triggerBytes[Int(first)], !isPlainNumber(text) else { return text }
        if isPhoneNumber(text) { return forExcel ? "=\"\(text)\"" : text }
        return prefix + text
    }

    /// "+46 70-123 45 67", "+1 (555) 010-0199".
    static func isPhoneNumber(_ text: String) -> Bool {
        var digits = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if offset == 0 {
                guard scalar == "+" else { return false }
            } else if ("0"..."9").contains(scalar) {
                digits += 1
            } else if !" -()/.".unicodeScalars.contains(scalar) {
                return false
            }
        }
        return digits >= 5
    }

    /// Undoes `neutralise`: a cell that starts with the apostrophe before a formula trigger gets its text back.
    /// A cell that was written with a leading apostrophe of its own before a trigger cannot be told apart
    /// from a neutralised one, and loses that apostrophe.
    public static func restore(_ cell: String) -> String {
        if cell.hasPrefix("=\""), cell.hasSuffix("\""), cell.count > 3 {
            let inside = String(cell.dropFirst(2).dropLast())
            if isPhoneNumber(inside) { return inside }
        }
        guard cell.hasPrefix(prefix) else { return cell }
        let text = String(cell.dropFirst(prefix.count))
        guard let first = text.unicodeScalars.first, triggers.contains(first), !isPlainNumber(text) else { return cell }
        return text
    }

    /// An optional sign, digits, and an optional decimal part with `.` or `,`.
    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
        let digits: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        let whole = scalars.prefix(while: digits)
        guard !whole.isEmpty else { return false }
        scalars = scalars.dropFirst(whole.count)
        guard let mark = scalars.first else { return true }
        guard mark == "." || mark == "," else { return false }
        let fraction = scalars.dropFirst()
        return !fraction.isEmpty && fraction.allSatisfy(digits)
    }
}
