/// Writes records as RFC 4180 CSV: CRLF between records, a field in double quotes when it holds the
/// delimiter, a quote, a line break or any other control character, quotes inside doubled. Text is
/// written as UTF-8 exactly as given, control characters included, after the formula guard.
struct CSVEncoder {
    let delimiter: CSVDelimiter
    let forExcel: Bool
    private(set) var bytes: [UInt8] = []

    init(options: CSVOptions) {
        delimiter = options.delimiter
        forExcel = options.forExcel
        if options.byteOrderMark { bytes = [0xEF, 0xBB, 0xBF] }
    }

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    mutating func record(_ fields: [String]) {
        for (position, field) in fields.enumerated() {
            if position > 0 { bytes.append(delimiter.byte) }
            append(field)
        }
        bytes.append(0x0D)
        bytes.append(0x0A)
    }

    private mutating func append(_ field: String) {
        var text = FormulaGuard.neutralise(field, forExcel: forExcel)
        let delimiterByte = delimiter.byte
        // Read from the string's UTF-8 storage: going through its UTF-8 view byte by byte was a third of
        // exporting ten thousand activities.
        text.withUTF8 { utf8 in
            guard utf8.contains(where: { Self.needsQuotes($0, delimiter: delimiterByte) }) else {
                bytes.append(contentsOf: utf8)
                return
            }
            bytes.append(0x22)
            for byte in utf8 {
                if byte == 0x22 { bytes.append(0x22) }
                bytes.append(byte)
            }
            bytes.append(0x22)
        }
    }

    private static func needsQuotes(_ byte: UInt8, delimiter: UInt8) -> Bool {
        byte == delimiter || byte == 0x22 || byte < 0x20 || byte == 0x7F
    }
}
