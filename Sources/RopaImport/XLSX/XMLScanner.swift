import RopaModel
/// A small, strict-enough XML tokenizer for the parts of a workbook: start and end tags with their attributes,
/// and text with the five entities and character references decoded.
///
/// Workbooks come from elsewhere: a document type declaration (the way to entity expansion attacks) is refused,
/// names keep only their local part (`x:row` is `row`), and every malformed construct is an error with no
/// read beyond the input.
struct XMLScanner {
    enum Event: Equatable {
        case start(name: String, attributes: XMLAttributes, selfClosing: Bool)
        case end(name: String)
        case text(String)
    }

    struct Failure: Error, Equatable {
        let reason: LocalizedText

        init(_ message: ImportMessage, _ arguments: String...) {
            reason = LocalizedText(message, arguments: arguments.map(LocalizedText.verbatim))
        }
    }

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    mutating func next() throws -> Event? {
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
                return .text(try Self.decode(bytes[start..<position]))
            }
            // "<"
            guard position + 1 < bytes.count else { throw Failure(.xmlTagCutOff) }
            switch bytes[position + 1] {
            case UInt8(ascii: "?"):
                try skip(past: Array("?>".utf8))
            case UInt8(ascii: "!"):
                if matches("<!--") {
                    try skip(past: Array("-->".utf8))
                } else if matches("<![CDATA[") {
                    let start = position + 9
                    try skip(past: Array("]]>".utf8))
                    return .text(String(decoding: bytes[start..<position - 3], as: UTF8.self))
                } else {
                    throw Failure(.xmlDocumentType)
                }
            case UInt8(ascii: "/"):
                position += 2
                let name = try readName()
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ">") else { throw Failure(.xmlEndTagNotClosed) }
                position += 1
                return .end(name: name)
            default:
                position += 1
                let name = try readName()
                var attributes = XMLAttributes()
                while true {
                    skipSpace()
                    guard position < bytes.count else { throw Failure(.xmlTagCutOff) }
                    if bytes[position] == UInt8(ascii: ">") {
                        position += 1
                        return .start(name: name, attributes: attributes, selfClosing: false)
                    }
                    if bytes[position] == UInt8(ascii: "/") {
                        guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else { throw Failure(.xmlTagNotClosed) }
                        position += 2
                        return .start(name: name, attributes: attributes, selfClosing: true)
                    }
                    let attribute = try readName(keepPrefix: true)
                    skipSpace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else { throw Failure(.xmlAttributeWithoutValue) }
                    position += 1
                    skipSpace()
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                        throw Failure(.xmlAttributeWithoutQuotes)
                    }
                    let quote = bytes[position]
                    position += 1
                    let start = position
                    while position < bytes.count, bytes[position] != quote { position += 1 }
                    guard position < bytes.count else { throw Failure(.xmlAttributeNotClosed) }
                    attributes.append(attribute, try Self.decode(bytes[start..<position]))
                    position += 1
                }
            }
        }
        return nil
    }

    private func matches(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        return position + utf8.count <= bytes.count && bytes[position..<position + utf8.count].elementsEqual(utf8)
    }

    private mutating func skip(past terminator: [UInt8]) throws {
        var index = position
        while index + terminator.count <= bytes.count {
            if bytes[index] == terminator[0], bytes[index..<index + terminator.count].elementsEqual(terminator) {
                position = index + terminator.count
                return
            }
            index += 1
        }
        throw Failure(.xmlCommentNotClosed)
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    /// A name up to space, `=`, `/` or `>`; without its namespace prefix unless `keepPrefix`.
    private mutating func readName(keepPrefix: Bool = false) throws -> String {
        let start = position
        var localStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "/")
                || byte == UInt8(ascii: ">") { break }
            if byte == UInt8(ascii: ":") { localStart = position + 1 }
            position += 1
        }
        guard position > start else { throw Failure(.xmlTagWithoutName) }
        return String(decoding: bytes[(keepPrefix ? start : localStart)..<position], as: UTF8.self)
    }

    /// Text with `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` and `&#…;` decoded; any other entity is an error.
    static func decode(_ slice: ArraySlice<UInt8>) throws -> String {
        guard slice.contains(UInt8(ascii: "&")) else { return String(decoding: slice, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(slice.count)
        var index = slice.startIndex
        while index < slice.endIndex {
            let byte = slice[index]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            guard let semicolon = slice[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { throw Failure(.xmlEntityNotClosed) }
            let name = String(decoding: slice[(index + 1)..<semicolon], as: UTF8.self)
            switch name {
            case "amp": output.append(UInt8(ascii: "&"))
            case "lt": output.append(UInt8(ascii: "<"))
            case "gt": output.append(UInt8(ascii: ">"))
            case "quot": output.append(UInt8(ascii: "\""))
            case "apos": output.append(UInt8(ascii: "'"))
            default:
                let value: UInt32?
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    value = UInt32(name.dropFirst(2), radix: 16)
                } else if name.hasPrefix("#") {
                    value = UInt32(name.dropFirst())
                } else {
                    throw Failure(.xmlEntityUnknown, String(name.prefix(10)))
                }
                guard let value, let scalar = Unicode.Scalar(value) else { throw Failure(.xmlCharacterReferenceInvalid) }
                UTF8.encode(scalar) { output.append($0) }
            }
            index = semicolon + 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}

/// A tag's attributes in document order. A tag has a few, and the cells of a large workbook are a million
/// tags: a list searched by name costs less than a dictionary built for each. A name given twice (which XML
/// forbids) reads as its last value, as a dictionary would keep it.
struct XMLAttributes: Equatable {
    private(set) var pairs: [(key: String, value: String)] = []

    subscript(name: String) -> String? {
        pairs.last { $0.key == name }?.value
    }

    func first(where predicate: ((key: String, value: String)) -> Bool) -> (key: String, value: String)? {
        pairs.first(where: predicate)
    }

    mutating func append(_ name: String, _ value: String) {
        pairs.append((name, value))
    }

    static func == (left: XMLAttributes, right: XMLAttributes) -> Bool {
        Dictionary(left.pairs, uniquingKeysWith: { $1 }) == Dictionary(right.pairs, uniquingKeysWith: { $1 })
    }
}
