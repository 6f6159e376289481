/// Keeps spreadsheets from running register text as a formula (CSV injection): a cell that begins with
/// `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with an apostrophe, so Excel, LibreOffice and
/// Google Sheets show it as text. Plain numbers such as "-5" or "+46" are left alone: they cannot run.
public enum FormulaGuard {
    /// What a spreadsheet reads as the start of a formula (OWASP's list).
    static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    public static let prefix = "'"

    /// `triggers` by byte: every trigger is ASCII, so the first byte of a cell tells whether it starts with one.
    private static let triggerBytes: [Bool] = (0..<128).map { triggers.contains(Unicode.Scalar(UInt8($0))) }

    public static func neutralise(_ text: String) -> String {
        guard let first = text.utf8.first, first < 0x80, triggerBytes[Int(first)], !isPlainNumber(text) else { return text }
        return prefix + text
    }

    /// Undoes `neutralise`: a cell that starts with the apostrophe before a formula trigger gets its text back.
    /// A cell that was written with a leading apostrophe of its own before a trigger cannot be told apart
    /// from a neutralised one, and loses that apostrophe.
    public static func restore(_ cell: String) -> String {
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
