/// A JSON syntax error with the place it was found.
public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, as a case, so that a caller can word it in another language.
    public enum Reason: Equatable, Sendable {
        case textAfterValue
        case invalidUTF8Byte(UInt8)
        case truncatedUTF8
        case invalidUTF8
        case endWhereValueExpected
        case characterWhereValueExpected
        case tooDeep(Int)
        case endInObject
        case expectedKey
        case duplicateKey(String)
        case expectedColon
        case expectedCommaOrBrace
        case endInArray
        case expectedCommaOrBracket
        case unterminatedString
        case controlCharacter
        case unpairedSurrogate
        case invalidUnicodeEscape
        case invalidEscape
        case truncatedUnicodeEscape
        case invalidHexDigit
        case invalidNumber
        case leadingZero
        case digitsAfterPoint
        case digitsInExponent
        case numberOutOfRange

        /// The reason in English.
        public var message: String {
            switch self {
            case .textAfterValue: return "unexpected text after the JSON value"
            case .invalidUTF8Byte(let byte): return "invalid UTF-8 byte 0x\(String(byte, radix: 16, uppercase: true))"
            case .truncatedUTF8: return "truncated UTF-8 sequence"
            case .invalidUTF8: return "invalid UTF-8 sequence"
            case .endWhereValueExpected: return "unexpected end of file: a value was expected"
            case .characterWhereValueExpected: return "unexpected character: a value was expected"
            case .tooDeep(let levels): return "nesting deeper than \(levels) levels"
            case .endInObject: return "unexpected end of file inside an object"
            case .expectedKey: return "expected a quoted key"
            case .duplicateKey(let key): return "duplicate key \"\(key)\""
            case .expectedColon: return "expected ':' after the key"
            case .expectedCommaOrBrace: return "expected ',' or '}' in an object"
            case .endInArray: return "unexpected end of file inside an array"
            case .expectedCommaOrBracket: return "expected ',' or ']' in an array"
            case .unterminatedString: return "unterminated string"
            case .controlCharacter: return "control character inside a string: it must be escaped"
            case .unpairedSurrogate: return "unpaired surrogate in \\u escape"
            case .invalidUnicodeEscape: return "invalid \\u escape"
            case .invalidEscape: return "invalid escape sequence"
            case .truncatedUnicodeEscape: return "truncated \\u escape"
            case .invalidHexDigit: return "invalid hexadecimal digit in \\u escape"
            case .invalidNumber: return "invalid number"
            case .leadingZero: return "invalid number: leading zero"
            case .digitsAfterPoint: return "invalid number: digits expected after '.'"
            case .digitsInExponent: return "invalid number: digits expected in the exponent"
            case .numberOutOfRange: return "number out of range"
            }
        }
    }

    public let reason: Reason
    /// 1-based line and column (columns count characters, not bytes).
    public let line: Int
    public let column: Int

    public init(_ reason: Reason, line: Int, column: Int) {
        self.reason = reason
        self.line = line
        self.column = column
    }

    /// What is wrong, in English.
    public var message: String { reason.message }

    public var description: String { "line \(line), column \(column): \(message)" }
}

/// A strict RFC 8259 parser: rejects invalid UTF-8, duplicate keys, trailing garbage and nesting deeper
/// than `maximumDepth`, and says where.
public struct JSONParser {
    public static let maximumDepth = 256

    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        try parse(bytes, checkingCanonicalForm: false).value
    }

    /// Parses and says whether the bytes are exactly what `CanonicalJSON.bytes` writes for the value, so a
    /// caller can keep the bytes instead of writing the value again. The check costs little: the parser
    /// looks at every byte anyway. It errs on the side of "no" (a number with a fraction is never
    /// taken as canonical).
    public static func parseNotingCanonicalForm(_ bytes: [UInt8]) throws -> (value: JSONValue, isCanonical: Bool) {
        try parse(bytes, checkingCanonicalForm: true)
    }

    private static func parse(_ bytes: [UInt8], checkingCanonicalForm: Bool) throws -> (value: JSONValue, isCanonical: Bool) {
        try bytes.withUnsafeBufferPointer { buffer in
            let parsed = try parse(buffer, into: JSONTreeBuilder(bytes: buffer), checkingCanonicalForm: checkingCanonicalForm)
            return (parsed.value, parsed.isCanonical)
        }
    }

    /// Parses `buffer` into what `builder` makes of it, and says whether the bytes are canonical (when asked).
    static func parse<Builder: JSONBuilding>(_ buffer: UnsafeBufferPointer<UInt8>, into builder: Builder, checkingCanonicalForm: Bool)
        throws -> (value: Builder.Value, isCanonical: Bool, builder: Builder) {
        var parser = Cursor(bytes: buffer, builder: builder, checksCanonicalForm: checkingCanonicalForm)
        try parser.validateUTF8()
        if parser.skipWhitespace() != 0 { parser.isCanonical = false }
        let value = try parser.parseValue(depth: 0)
        let trailing = parser.index
        parser.skipWhitespace()
        if !parser.atEnd { throw parser.error(.textAfterValue) }
        if parser.index - trailing != 1 || buffer[trailing] != 0x0A { parser.isCanonical = false }
        return (value, checkingCanonicalForm && parser.isCanonical, parser.builder)
    }

    public static func parse(_ text: String) throws -> JSONValue {
        try parse(Array(text.utf8))
    }
}

private struct Cursor<Builder: JSONBuilding> {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var builder: Builder
    /// Whether to track `isCanonical`; it stays true until something `CanonicalJSON` would not write is seen.
    let checksCanonicalForm: Bool
    var isCanonical = true

    init(bytes: UnsafeBufferPointer<UInt8>, builder: Builder, checksCanonicalForm: Bool) {
        self.bytes = bytes
        self.builder = builder
        self.checksCanonicalForm = checksCanonicalForm
    }

    /// Whether `bytes[start..<index]` (skipped whitespace) is a line break and `spaces` spaces.
    func isLineBreak(from start: Int, indent spaces: Int) -> Bool {
        guard index - start == spaces + 1, bytes[start] == 0x0A else { return false }
        var position = start + 1
        while position < index {
            if bytes[position] != 0x20 { return false }
            position += 1
        }
        return true
    }

    var atEnd: Bool { index >= bytes.count }

    /// Line and column of a byte offset, computed only when an error is reported.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var cursor = 0
        let end = min(offset, bytes.count)
        while cursor < end {
            let byte = bytes[cursor]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            cursor += 1
        }
        return (line, column)
    }

    func error(_ reason: JSONSyntaxError.Reason, at offset: Int? = nil) -> JSONSyntaxError {
        let place = position(of: offset ?? index)
        return JSONSyntaxError(reason, line: place.line, column: place.column)
    }

    func validateUTF8() throws {
        var cursor = 0
        let count = bytes.count
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return }
        while cursor < count {
            // Eight ASCII bytes at a time: entity files are mostly ASCII.
            while cursor + 8 <= count,
                  (base + cursor).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                cursor += 8
            }
            guard cursor < count else { break }
            let lead = bytes[cursor]
            if lead < 0x80 {
                cursor += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(lead & 0x07)
            default: throw error(.invalidUTF8Byte(lead), at: cursor)
            }
            guard cursor + length <= count else { throw error(.truncatedUTF8, at: cursor) }
            for offset in 1..<length {
                let next = bytes[cursor + offset]
                guard next & 0xC0 == 0x80 else { throw error(.invalidUTF8, at: cursor) }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                throw error(.invalidUTF8, at: cursor)
            }
            cursor += length
        }
    }

    /// Skips whitespace and returns how many bytes it skipped.
    @discardableResult
    mutating func skipWhitespace() -> Int {
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return index - start
            }
        }
        return index - start
    }

    mutating func parseValue(depth: Int) throws -> Builder.Value {
        guard index < bytes.count else { throw error(.endWhereValueExpected) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return builder.string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return builder.bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return builder.bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return builder.null()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return builder.number(try parseNumber())
        default: throw error(.characterWhereValueExpected)
        }
    }

    mutating func expectWord(_ word: StaticString) throws {
        let start = index
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for byte in expected {
            guard index < bytes.count, bytes[index] == byte else {
                throw error(.characterWhereValueExpected, at: start)
            }
            index += 1
        }
    }

    mutating func parseObject(depth: Int) throws -> Builder.Value {
        if depth > JSONParser.maximumDepth { throw error(.tooDeep(JSONParser.maximumDepth)) }
        index += 1
        var object = builder.beginObject()
        // Canonical form: "{}", or each key on its own line indented two spaces a level, ": " after it,
        // "," right after each value but the last, the "}" on its own line; keys in code point order.
        // Keys compared as the bytes between the quotes: the same order as `canonicalKeyOrder` for keys
        // without escapes, and a key with one is simply not taken as canonical (nor as ascending).
        var previousKey: Range<Int>?
        var keysAscend = true
        var keysAreASCII = true
        var before = index
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            if index != before { isCanonical = false }
            index += 1
            return try endObject(object, keysAscend: true, keysAreASCII: true)
        }
        while true {
            skipWhitespace()
            if checksCanonicalForm && !isLineBreak(from: before, indent: depth * 2) { isCanonical = false }
            guard index < bytes.count else { throw error(.endInObject) }
            guard bytes[index] == UInt8(ascii: "\"") else { throw error(.expectedKey) }
            let keyStart = index
            let keyText = try parseString()
            if case .plain(let keyBytes) = keyText {
                if keysAscend, let previousKey, !bytes[previousKey].lexicographicallyPrecedes(bytes[keyBytes]) { keysAscend = false }
                previousKey = keyBytes
                if keysAreASCII, bytes[keyBytes].contains(where: { $0 >= 0x80 }) { keysAreASCII = false }
            } else {
                keysAscend = false
                keysAreASCII = false
            }
            let key = builder.key(keyText, at: keyStart)
            if skipWhitespace() != 0 { isCanonical = false }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw error(.expectedColon) }
            index += 1
            if skipWhitespace() != 1 || bytes[index - 1] != 0x20 { isCanonical = false }
            let value = try parseValue(depth: depth)
            builder.add(key, value, to: &object)
            let afterValue = index
            skipWhitespace()
            guard index < bytes.count else { throw error(.endInObject) }
            if bytes[index] == UInt8(ascii: ",") {
                if index != afterValue { isCanonical = false }
                index += 1
                before = index
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                if checksCanonicalForm && !isLineBreak(from: afterValue, indent: (depth - 1) * 2) { isCanonical = false }
                if !keysAscend { isCanonical = false }
                index += 1
                return try endObject(object, keysAscend: keysAscend, keysAreASCII: keysAreASCII)
            }
            throw error(.expectedCommaOrBrace)
        }
    }

    /// The object from the builder; a repeated key is noticed as the object ends (after any error inside it).
    mutating func endObject(_ object: Builder.ObjectInProgress, keysAscend: Bool, keysAreASCII: Bool) throws -> Builder.Value {
        do {
            return try builder.endObject(object, keysAscend: keysAscend, keysAreASCII: keysAreASCII)
        } catch {
            throw self.error(.duplicateKey(error.key), at: error.offset)
        }
    }

    mutating func parseArray(depth: Int) throws -> Builder.Value {
        if depth > JSONParser.maximumDepth { throw error(.tooDeep(JSONParser.maximumDepth)) }
        index += 1
        var elements = builder.beginArray()
        var before = index
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            if index != before { isCanonical = false }
            index += 1
            return builder.endArray(elements)
        }
        while true {
            skipWhitespace()
            if checksCanonicalForm && !isLineBreak(from: before, indent: depth * 2) { isCanonical = false }
            let element = try parseValue(depth: depth)
            builder.append(element, to: &elements)
            let afterValue = index
            skipWhitespace()
            guard index < bytes.count else { throw error(.endInArray) }
            if bytes[index] == UInt8(ascii: ",") {
                if index != afterValue { isCanonical = false }
                index += 1
                before = index
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                if checksCanonicalForm && !isLineBreak(from: afterValue, indent: (depth - 1) * 2) { isCanonical = false }
                index += 1
                return builder.endArray(elements)
            }
            throw error(.expectedCommaOrBracket)
        }
    }

    /// Moves past string bytes that need no attention (not a quote, a backslash or a control character)
    /// eight at a time: most of an entity file is text.
    mutating func skipPlainBytes() {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        while index + 8 <= bytes.count {
            let word = (base + index).loadUnaligned(as: UInt64.self)
            let hasQuote = hasZeroByte(word ^ (ones &* 0x22))
            let hasBackslash = hasZeroByte(word ^ (ones &* 0x5C))
            let hasControl = (word &- ones &* 0x20) & ~word & highs != 0
            if hasQuote || hasBackslash || hasControl { return }
            index += 8
        }
    }

    mutating func parseString() throws -> JSONStringToken {
        let start = index
        index += 1
        var runStart = index
        var scalars: [UInt8] = []
        var hasEscapes = false
        while true {
            skipPlainBytes()
            guard index < bytes.count else { throw error(.unterminatedString, at: start) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let tail = runStart..<index
                index += 1
                if !hasEscapes { return .plain(tail) }
                scalars.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[tail]))
                return .unescaped(scalars)
            }
            if byte < 0x20 { throw error(.controlCharacter) }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                scalars.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                try appendEscape(to: &scalars)
                runStart = index
                continue
            }
            index += 1
        }
    }

    mutating func appendEscape(to output: inout [UInt8]) throws {
        let escapeStart = index
        index += 1
        guard index < bytes.count else { throw error(.unterminatedString) }
        let code = bytes[index]
        index += 1
        switch code {
        case UInt8(ascii: "\""): output.append(0x22)
        case UInt8(ascii: "\\"): output.append(0x5C)
        case UInt8(ascii: "/"):
            isCanonical = false
            output.append(0x2F)
        case UInt8(ascii: "b"): output.append(0x08)
        case UInt8(ascii: "f"): output.append(0x0C)
        case UInt8(ascii: "n"): output.append(0x0A)
        case UInt8(ascii: "r"): output.append(0x0D)
        case UInt8(ascii: "t"): output.append(0x09)
        case UInt8(ascii: "u"):
            // Canonical only for a control character without a short escape, in lower-case hex.
            let hexStart = index
            var scalar = try readHex4()
            if checksCanonicalForm {
                let shortForm: Set<UInt32> = [0x08, 0x09, 0x0A, 0x0C, 0x0D]
                let lowerCase = bytes[hexStart..<index].allSatisfy { !(UInt8(ascii: "A")...UInt8(ascii: "F")).contains($0) }
                if scalar >= 0x20 || shortForm.contains(scalar) || !lowerCase { isCanonical = false }
            }
            if (0xD800...0xDBFF).contains(scalar) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error(.unpairedSurrogate, at: escapeStart)
                }
                index += 2
                let low = try readHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw error(.unpairedSurrogate, at: escapeStart) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw error(.unpairedSurrogate, at: escapeStart)
            }
            guard let unicode = Unicode.Scalar(scalar) else { throw error(.invalidUnicodeEscape, at: escapeStart) }
            output.append(contentsOf: Array(String(Character(unicode)).utf8))
        default:
            throw error(.invalidEscape, at: escapeStart)
        }
    }

    mutating func readHex4() throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw error(.truncatedUnicodeEscape) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error(.invalidHexDigit)
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    mutating func parseNumber() throws -> JSONNumber {
        let start = index
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw error(.invalidNumber, at: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw error(.leadingZero, at: start) }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw error(.digitsAfterPoint, at: start) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw error(.digitsInExponent, at: start) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        // "-0" is written "0"; a fraction or exponent is never taken as canonical (the writer's form of a
        // double is not worth reproducing here).
        if !isInteger || text == "-0" { isCanonical = false }
        if isInteger, let integer = Int(text) { return .int(integer) }
        isCanonical = false
        guard let double = Double(text), double.isFinite else { throw error(.numberOutOfRange, at: start) }
        return .double(double)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
