import Foundation

/// One record of a CSV file, with the physical line of the file it starts on.
public struct CSVRecord: Equatable, Sendable {
    public let line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }

    /// True when every field is empty or white space, as the rows spreadsheets leave below a table.
    public var isBlank: Bool { fields.allSatisfy(CellText.isBlank) }
}

/// A CSV file that cannot be read, with the line where the reading stopped.
public struct CSVSyntaxError: Error, Equatable, CustomStringConvertible {
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// Reads RFC 4180 CSV as spreadsheets write it: fields quoted or not, quotes inside quoted fields doubled,
/// line breaks inside quoted fields kept, records ended by CRLF, LF or CR. A UTF-8 byte order mark is skipped.
/// Every record knows the line it starts on, so that problems can be reported where a person finds them.
public enum CSVReader {
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public static func records(_ bytes: [UInt8], delimiter: UInt8) throws -> [CSVRecord] {
        let quote = UInt8(ascii: "\""), carriageReturn: UInt8 = 0x0D, lineFeed: UInt8 = 0x0A
        let count = bytes.count
        var index = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        var line = 1
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var recordLine = 1
        var atRecordStart = true

        func finishField(startLine: Int) throws {
            guard let text = String(bytes: field, encoding: .utf8) else {
                throw CSVSyntaxError(line: startLine, message: "the text is not UTF-8: save the file as \"CSV UTF-8\"")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
        }
        func finishRecord() {
            records.append(CSVRecord(line: recordLine, fields: fields))
            fields = []
        }

        while index < count {
            if atRecordStart {
                recordLine = line
                atRecordStart = false
            }
            let fieldLine = line
            if bytes[index] == quote {
                index += 1
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < count, bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if byte == lineFeed || (byte == carriageReturn && !(index + 1 < count && bytes[index + 1] == lineFeed)) {
                        line += 1
                    }
                    field.append(byte)
                    index += 1
                }
                guard closed else { throw CSVSyntaxError(line: fieldLine, message: "a quoted field is never closed") }
                guard index == count || bytes[index] == delimiter || bytes[index] == carriageReturn || bytes[index] == lineFeed else {
                    throw CSVSyntaxError(line: line, message: "text after the closing quote of a field: quote the whole field and double the quotes inside it")
                }
            } else {
                // A quote inside an unquoted field is kept as it is, as spreadsheets read it.
                while index < count, bytes[index] != delimiter, bytes[index] != carriageReturn, bytes[index] != lineFeed {
                    field.append(bytes[index])
                    index += 1
                }
            }
            try finishField(startLine: fieldLine)
            if index == count {
                finishRecord()
                break
            }
            if bytes[index] == delimiter {
                index += 1
                if index == count {
                    fields.append("")
                    finishRecord()
                }
            } else {
                index += bytes[index] == carriageReturn && index + 1 < count && bytes[index + 1] == lineFeed ? 2 : 1
                line += 1
                finishRecord()
                atRecordStart = true
            }
        }
        return records
    }

    /// The delimiter of a file: whichever of `,` `;` tab and `|` occurs most often outside quotes in its first
    /// line (the header); `,` when none does.
    public static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]
        var counts = [UInt8: Int]()
        var quoted = false
        var index = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if !quoted, byte == 0x0A || byte == 0x0D {
                break
            } else if !quoted, candidates.contains(byte) {
                counts[byte, default: 0] += 1
            }
        }
        var best = candidates[0]
        for candidate in candidates where counts[candidate, default: 0] > counts[best, default: 0] { best = candidate }
        return best
    }
}
