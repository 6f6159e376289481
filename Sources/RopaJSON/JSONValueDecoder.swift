/// A type whose raw values form a closed list, so a decoding error can say what is allowed.
public protocol JSONEnumerated {
    static var allowedRawValues: [String] { get }
}

/// A collection that reads as empty when its key is absent, so hand-written files may leave out empty lists.
public protocol EmptyWhenAbsent {
    static var emptyValue: Self { get }
}

extension Array: EmptyWhenAbsent {
    public static var emptyValue: Array { [] }
}

extension Dictionary: EmptyWhenAbsent {
    public static var emptyValue: Dictionary { [:] }
}

/// A decoding failure with the field path where it happened, in words a DPO can act on.
public struct JSONDecodingProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Decodes `Decodable` types straight from a `JSONValue`, without going through bytes again.
public struct JSONValueDecoder {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        try decode(type, from: value, notes: nil)
    }

    /// Decodes and says whether any object held a non-null member under a key its type does not declare
    /// (`Key(stringValue:)` is nil). For synthesised `Codable` types that is exactly when re-encoding would
    /// drop a field, so a caller refusing unknown fields needs its slower check only when this is true.
    public func decodeNoticingUndeclaredKeys<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> (value: T, sawUndeclaredKey: Bool) {
        let notes = DecodingNotes()
        let decoded = try decode(type, from: value, notes: notes)
        return (decoded, notes.sawUndeclaredKey)
    }

    private func decode<T: Decodable>(_ type: T.Type, from value: JSONValue, notes: DecodingNotes?) throws -> T {
        do {
            return try T(from: TreeDecoder(value: value, codingPath: [], notes: notes))
        } catch let problem as JSONDecodingProblem {
            throw problem
        } catch let error as DecodingError {
            throw JSONValueDecoder.problem(from: error)
        }
    }

    static func problem(from error: DecodingError) -> JSONDecodingProblem {
        switch error {
        case .keyNotFound(let key, let context):
            return JSONDecodingProblem(path: pathText(context.codingPath + [key]), message: "required field is missing")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return JSONDecodingProblem(path: pathText(context.codingPath), message: context.debugDescription)
        @unknown default:
            return JSONDecodingProblem(path: "", message: "\(error)")
        }
    }

    public static func pathText(_ path: [CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }
}

struct IndexKey: CodingKey {
    let index: Int
    init(_ index: Int) { self.index = index }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.index = intValue }
    var stringValue: String { "\(index)" }
    var intValue: Int? { index }
}

/// What a decoding noticed on the way, shared by all its containers.
private final class DecodingNotes {
    var sawUndeclaredKey = false
}

private struct TreeDecoder: Decoder {
    let value: JSONValue
    let codingPath: [CodingKey]
    var notes: DecodingNotes?
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(value: JSONValue, codingPath: [CodingKey], notes: DecodingNotes? = nil) {
        self.value = value
        self.codingPath = codingPath
        self.notes = notes
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else {
            throw JSONDecodingProblem(path: JSONValueDecoder.pathText(codingPath), message: "expected an object, found \(value.typeName)")
        }
        if let notes, !notes.sawUndeclaredKey {
            for (key, member) in members where member != .null && Key(stringValue: key) == nil {
                notes.sawUndeclaredKey = true
                break
            }
        }
        return KeyedDecodingContainer(KeyedContainer<Key>(members: members, codingPath: codingPath, notes: notes))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let elements) = value else {
            throw JSONDecodingProblem(path: JSONValueDecoder.pathText(codingPath), message: "expected an array, found \(value.typeName)")
        }
        return UnkeyedContainer(elements: elements, codingPath: codingPath, notes: notes)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        SingleContainer(value: value, codingPath: codingPath, notes: notes)
    }
}

/// Turns one JSON value into a Swift value of the asked type, with a clear message when it does not fit.
private func unbox<T: Decodable>(_ value: JSONValue, as type: T.Type, path: [CodingKey], notes: DecodingNotes?) throws -> T {
    func mismatch(_ expected: String) -> JSONDecodingProblem {
        JSONDecodingProblem(path: JSONValueDecoder.pathText(path), message: "expected \(expected), found \(value.typeName)")
    }
    if type == String.self {
        guard case .string(let text) = value, let result = text as? T else { throw mismatch("a string") }
        return result
    }
    if type == Int.self {
        let number: Int?
        switch value {
        case .int(let integer): number = integer
        case .double(let double) where double.rounded() == double && abs(double) < 9e15: number = Int(double)
        default: number = nil
        }
        guard let number, let result = number as? T else { throw mismatch("a whole number") }
        return result
    }
    if type == Bool.self {
        guard case .bool(let flag) = value, let result = flag as? T else { throw mismatch("true or false") }
        return result
    }
    if type == Double.self {
        let number: Double?
        switch value {
        case .int(let integer): number = Double(integer)
        case .double(let double): number = double
        default: number = nil
        }
        guard let number, let result = number as? T else { throw mismatch("a number") }
        return result
    }
    if let enumerated = type as? JSONEnumerated.Type {
        guard case .string(let text) = value else { throw mismatch("a string") }
        do {
            return try T(from: TreeDecoder(value: value, codingPath: path, notes: notes))
        } catch {
            throw JSONDecodingProblem(
                path: JSONValueDecoder.pathText(path),
                message: "\"\(text)\" is not one of: \(enumerated.allowedRawValues.joined(separator: ", "))")
        }
    }
    return try T(from: TreeDecoder(value: value, codingPath: path, notes: notes))
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONValue]
    let codingPath: [CodingKey]
    let notes: DecodingNotes?

    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let value = members[key.stringValue] else { return true }
        return value == .null
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let value = members[key.stringValue], value != .null else {
            if let empty = type as? EmptyWhenAbsent.Type, let result = empty.emptyValue as? T { return result }
            throw JSONDecodingProblem(path: JSONValueDecoder.pathText(codingPath + [key]), message: "required field is missing")
        }
        return try unbox(value, as: type, path: codingPath + [key], notes: notes)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = members[key.stringValue], value != .null else { return nil }
        return try unbox(value, as: type, path: codingPath + [key], notes: notes)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key], notes: notes).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try TreeDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key], notes: notes).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { TreeDecoder(value: .object(members), codingPath: codingPath, notes: notes) }

    func superDecoder(forKey key: Key) throws -> Decoder {
        TreeDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key], notes: notes)
    }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let codingPath: [CodingKey]
    let notes: DecodingNotes?
    var currentIndex = 0

    init(elements: [JSONValue], codingPath: [CodingKey], notes: DecodingNotes?) {
        self.elements = elements
        self.codingPath = codingPath
        self.notes = notes
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    mutating func next() throws -> (JSONValue, [CodingKey]) {
        guard !isAtEnd else {
            throw JSONDecodingProblem(path: JSONValueDecoder.pathText(codingPath), message: "fewer elements than expected")
        }
        defer { currentIndex += 1 }
        return (elements[currentIndex], codingPath + [IndexKey(currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        if !isAtEnd, elements[currentIndex] == .null {
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (value, path) = try next()
        return try unbox(value, as: type, path: path, notes: notes)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (value, path) = try next()
        return try TreeDecoder(value: value, codingPath: path, notes: notes).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let (value, path) = try next()
        return try TreeDecoder(value: value, codingPath: path, notes: notes).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        let (value, path) = try next()
        return TreeDecoder(value: value, codingPath: path, notes: notes)
    }
}

private struct SingleContainer: SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [CodingKey]
    let notes: DecodingNotes?

    func decodeNil() -> Bool { value == .null }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type == String.self || type == Int.self || type == Bool.self || type == Double.self {
            return try unbox(value, as: type, path: codingPath, notes: notes)
        }
        return try T(from: TreeDecoder(value: value, codingPath: codingPath, notes: notes))
    }

    func decode(_ type: String.Type) throws -> String { try unbox(value, as: type, path: codingPath, notes: notes) }
    func decode(_ type: Bool.Type) throws -> Bool { try unbox(value, as: type, path: codingPath, notes: notes) }
    func decode(_ type: Int.Type) throws -> Int { try unbox(value, as: type, path: codingPath, notes: notes) }
    func decode(_ type: Double.Type) throws -> Double { try unbox(value, as: type, path: codingPath, notes: notes) }
}
