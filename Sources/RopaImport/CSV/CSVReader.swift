import Foundation
import RopaModel

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
public struct CSVSyntaxError: Error, Equatable, LocalizedDescription {
    public let line: Int
    /// What is wrong, in either language.
    public let text: LocalizedText

    public init(line: Int, _ text: LocalizedText) {
        self.line = line
        self.text = text
    }

    /// An error with a message written in place (the same in both languages).
    public init(line: Int, message: String) {
        self.init(line: line, .verbatim(message))
    }

    /// What is wrong, in English.
    public var message: String { text.text(.en) }

    public func description(_ language: Language) -> String {
        ImportMessage.importLine.text(language, "\(line)", text.text(language))
    }

    /// Equal when the line and the English message are: a test may name the error by its English text.
    public static func == (lhs: CSVSyntaxError, rhs: CSVSyntaxError) -> Bool {
        lhs.line == rhs.line && lhs.message == rhs.message
    }
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
                throw CSVSyntaxError(line: startLine, LocalizedText(.csvNotUTF8))
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
                guard closed else { throw CSVSyntaxError(line: fieldLine, LocalizedText(.csvQuoteNeverClosed)) }
                guard index == count || bytes[index] == delimiter || bytes[index] == carriageReturn || bytes[index] == lineFeed else {
                    throw CSVSyntaxError(line: line, LocalizedText(.csvTextAfterQuote))
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
