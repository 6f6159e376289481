import RopaModel

/// The character between the fields of a CSV record.
public enum CSVDelimiter: String, CaseIterable, Sendable {
    case comma = ","
    /// Swedish (and most continental) Excel: the list separator is `;` because `,` is the decimal sign.
    case semicolon = ";"
    case tab = "\t"
    case pipe = "|"

    var byte: UInt8 { rawValue.utf8.first ?? UInt8(ascii: ",") }

    /// Reads the delimiter as written on a command line: `,` `;` `|`, or a tab as `tab`, `\t` or itself.
    public init?(argument: String) {
        switch argument {
        case ",", "comma": self = .comma
        case ";", "semicolon": self = .semicolon
        case "\t", "\\t", "tab": self = .tab
        case "|", "pipe": self = .pipe
        default: return nil
        }
    }
}

/// How a CSV export is written.
public struct CSVOptions: Equatable, Sendable {
    /// The language of the headers and of vocabulary values.
    public var language: Language
    public var delimiter: CSVDelimiter
    /// Starts the file with a UTF-8 byte order mark, which Excel needs to read UTF-8 rather than ANSI.
    public var byteOrderMark: Bool
    /// Written for Excel: phone numbers as Excel's text formula, so that they read as written.
    public var forExcel: Bool
    /// The version the register was read at, stamped into the ID column's header ("ID (ropa 12 3f2a9c1b04de)"):
    /// a header cell is what every spreadsheet program keeps through editing, sorting and saving.
    public var version: ExportVersion?

    public init(language: Language = .en, delimiter: CSVDelimiter = .comma, byteOrderMark: Bool = false, forExcel: Bool = false) {
        self.language = language
        self.delimiter = delimiter
        self.byteOrderMark = byteOrderMark
        self.forExcel = forExcel
    }

    /// What Excel in `language`'s locale opens as it is: Swedish Excel splits at `;` (`,` is its decimal sign)
    /// and reads UTF-8 only after a byte order mark.
    public static func excel(language: Language) -> CSVOptions {
        CSVOptions(language: language, delimiter: language == .sv ? .semicolon : .comma, byteOrderMark: true, forExcel: true)
    }
}
