/// The character encoding a spreadsheet's text file was read in.
public enum SourceEncoding: String, Equatable, Sendable {
    case utf8, utf8WithBOM, utf16LittleEndian, utf16BigEndian, windows1252

    /// "UTF-8", "UTF-16 (little-endian)", "Windows-1252": the names spreadsheet programs use.
    public var name: String {
        switch self {
        case .utf8: return "UTF-8"
        case .utf8WithBOM: return "UTF-8 (BOM)"
        case .utf16LittleEndian: return "UTF-16 LE"
        case .utf16BigEndian: return "UTF-16 BE"
        case .windows1252: return "Windows-1252"
        }
    }
}

/// Reads text files as spreadsheet programs save them: UTF-8 with or without a byte order mark, UTF-16
/// with one ("Unicode text"), and otherwise Windows-1252, which Swedish Excel's "CSV (semikolonavgränsad)"
/// writes. Every byte sequence gives text: Windows-1252 has a character for nearly every byte, and the five
/// it leaves undefined are read as the C1 controls of the same value, as Windows itself does.
public enum TextDecoding {
    /// The text as UTF-8 bytes (without a byte order mark), and the encoding it was read in.
    public static func utf8(_ bytes: [UInt8]) -> (bytes: [UInt8], encoding: SourceEncoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return (Array(bytes.dropFirst(3)), validUTF8(bytes.dropFirst(3)) ? .utf8WithBOM : .windows1252) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes.dropFirst(2), bigEndian: false), .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes.dropFirst(2), bigEndian: true), .utf16BigEndian) }
        if validUTF8(bytes[...]) { return (bytes, .utf8) }
        return (windows1252(bytes), .windows1252)
    }

    static func validUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// UTF-16 code units to UTF-8; an unpaired surrogate or an odd last byte becomes U+FFFD.
    static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count * 2)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): UTF8.encode(scalar) { output.append($0) }
            case .error: UTF8.encode("\u{FFFD}") { output.append($0) }
            case .emptyInput: break loop
            }
        }
        if index < bytes.endIndex { UTF8.encode("\u{FFFD}") { output.append($0) } }
        return output
    }

    /// The characters of bytes 0x80–0x9F in Windows-1252; the rest of the upper half is Latin-1.
    private static let upper: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let value = byte < 0xA0 ? upper[Int(byte - 0x80)] : UInt32(byte)
            if let scalar = Unicode.Scalar(value) { UTF8.encode(scalar) { output.append($0) } }
        }
        return output
    }
}
