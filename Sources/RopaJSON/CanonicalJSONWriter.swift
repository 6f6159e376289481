/// Writes JSON in the one form ropa stores: keys sorted by code point, 2-space indent, `": "` between key
/// and value, no escaped slashes, a trailing newline. The same value always gives the same bytes.
public enum CanonicalJSON {
    public static func bytes(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        write(value, indent: 0, into: &output)
        output.append(0x0A)
        return output
    }

    public static func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// One line, no spaces: for hashing and for `--json` output lines.
    public static func compactBytes(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        writeCompact(value, into: &output)
        return output
    }

    private static func write(_ value: JSONValue, indent: Int, into output: inout [UInt8]) {
        switch value {
        case .array(let elements):
            if elements.isEmpty {
                output.append(contentsOf: [0x5B, 0x5D])
                return
            }
            output.append(0x5B)
            for (position, element) in elements.enumerated() {
                output.append(0x0A)
                appendIndent(indent + 1, into: &output)
                write(element, indent: indent + 1, into: &output)
                if position < elements.count - 1 { output.append(0x2C) }
            }
            output.append(0x0A)
            appendIndent(indent, into: &output)
            output.append(0x5D)
        case .object(let members):
            if members.isEmpty {
                output.append(contentsOf: [0x7B, 0x7D])
                return
            }
            output.append(0x7B)
            let keys = members.keys.sorted(by: canonicalKeyOrder)
            for (position, key) in keys.enumerated() {
                output.append(0x0A)
                appendIndent(indent + 1, into: &output)
                appendString(key, into: &output)
                output.append(contentsOf: [0x3A, 0x20])
                if let member = members[key] { write(member, indent: indent + 1, into: &output) }
                if position < keys.count - 1 { output.append(0x2C) }
            }
            output.append(0x0A)
            appendIndent(indent, into: &output)
            output.append(0x7D)
        default:
            writeScalar(value, into: &output)
        }
    }

    private static func writeCompact(_ value: JSONValue, into output: inout [UInt8]) {
        switch value {
        case .array(let elements):
            output.append(0x5B)
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(0x2C) }
                writeCompact(element, into: &output)
            }
            output.append(0x5D)
        case .object(let members):
            output.append(0x7B)
            for (position, key) in members.keys.sorted(by: canonicalKeyOrder).enumerated() {
                if position > 0 { output.append(0x2C) }
                appendString(key, into: &output)
                output.append(0x3A)
                if let member = members[key] { writeCompact(member, into: &output) }
            }
            output.append(0x7D)
        default:
            writeScalar(value, into: &output)
        }
    }

    private static func writeScalar(_ value: JSONValue, into output: inout [UInt8]) {
        switch value {
        case .null: output.append(contentsOf: Array("null".utf8))
        case .bool(let flag): output.append(contentsOf: Array((flag ? "true" : "false").utf8))
        case .int(let number): output.append(contentsOf: Array(String(number).utf8))
        case .double(let number):
            if number.rounded() == number, abs(number) < 1e15 {
                output.append(contentsOf: Array(String(Int(number)).utf8))
            } else {
                output.append(contentsOf: Array("\(number)".utf8))
            }
        case .string(let text): appendString(text, into: &output)
        case .array, .object: break
        }
    }

    private static func appendIndent(_ level: Int, into output: inout [UInt8]) {
        for _ in 0..<(level * 2) { output.append(0x20) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func appendString(_ text: String, into output: inout [UInt8]) {
        output.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: output.append(contentsOf: [0x5C, 0x22])
            case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: output.append(contentsOf: [0x5C, 0x72])
            case 0x09: output.append(contentsOf: [0x5C, 0x74])
            case 0x08: output.append(contentsOf: [0x5C, 0x62])
            case 0x0C: output.append(contentsOf: [0x5C, 0x66])
            case 0x00..<0x20:
                output.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]])
            default: output.append(byte)
            }
        }
        output.append(0x22)
    }
}
