import Foundation

/// A strict RFC 4180 reader, written for the tests so the exporter's CSV is checked by a parser that
/// shares no code with it: records end with CRLF (a bare LF is accepted too), fields are quoted or not,
/// quotes inside quoted fields are doubled, and a quote anywhere else is an error.
enum CSVParser {
    struct SyntaxError: Error, CustomStringConvertible {
        let message: String
        let record: Int
        var description: String { "record \(record): \(message)" }
    }

    /// The records of `bytes`, each a list of fields. A UTF-8 byte order mark at the start is skipped.
    static func parse(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) throws -> [[String]] {
        var input = bytes[...]
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input = input.dropFirst(3) }
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var position = input.startIndex
        let quote = UInt8(ascii: "\"")

        func endField() {
            record.append(String(decoding: field, as: UTF8.self))
            field.removeAll()
        }
        func endRecord() {
            endField()
            records.append(record)
            record.removeAll()
        }

        while position < input.endIndex {
            // The start of a field.
            if input[position] == quote {
                position += 1
                var closed = false
                while position < input.endIndex {
                    let byte = input[position]
                    position += 1
                    if byte == quote {
                        if position < input.endIndex, input[position] == quote {
                            field.append(quote)
                            position += 1
                        } else {
                            closed = true
                            break
                        }
                    } else {
                        field.append(byte)
                    }
                }
                guard closed else { throw SyntaxError(message: "a quoted field is never closed", record: records.count + 1) }
                guard position == input.endIndex || input[position] == delimiter || input[position] == 0x0D || input[position] == 0x0A else {
                    throw SyntaxError(message: "text after the closing quote of a field", record: records.count + 1)
                }
            } else {
                while position < input.endIndex, input[position] != delimiter, input[position] != 0x0D, input[position] != 0x0A {
                    guard input[position] != quote else {
                        throw SyntaxError(message: "a quote inside an unquoted field", record: records.count + 1)
                    }
                    field.append(input[position])
                    position += 1
                }
            }
            // The end of the field: a delimiter, a line break or the end of the input.
            if position == input.endIndex {
                endRecord()
            } else if input[position] == delimiter {
                endField()
                position += 1
                if position == input.endIndex { endRecord() }
            } else if input[position] == 0x0D {
                guard position + 1 < input.endIndex, input[position + 1] == 0x0A else {
                    throw SyntaxError(message: "a CR outside quotes not followed by LF", record: records.count + 1)
                }
                endRecord()
                position += 2
            } else {
                endRecord()
                position += 1
            }
        }
        return records
    }

    /// The records as dictionaries from header to cell, checking that every record has the header's width.
    static func table(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ",")) throws -> (header: [String], rows: [[String: String]]) {
        let records = try parse(bytes, delimiter: delimiter)
        guard let header = records.first else { return ([], []) }
        var rows: [[String: String]] = []
        for (number, record) in records.dropFirst().enumerated() {
            guard record.count == header.count else {
                throw SyntaxError(message: "\(record.count) fields where the header has \(header.count)", record: number + 2)
            }
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, record).map { ($0, $1) }))
        }
        return (header, rows)
    }
}
