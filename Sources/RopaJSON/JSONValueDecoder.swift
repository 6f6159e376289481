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
    /// What a value should have been.
    public enum Expected: Equatable, Sendable {
        case string, wholeNumber, bool, number, object, array

        public var text: String {
            switch self {
            case .string: return "a string"
            case .wholeNumber: return "a whole number"
            case .bool: return "true or false"
            case .number: return "a number"
            case .object: return "an object"
            case .array: return "an array"
            }
        }
    }

    /// What is wrong, as a case, so that a caller can word it in another language.
    public enum Reason: Equatable, Sendable {
        /// `found` is the JSON type the value has (`JSONValue.typeName`).
        case mismatch(expected: Expected, found: String)
        case notOneOf(value: String, allowed: [String])
        case requiredFieldMissing
        case fewerElements
        /// A message from Swift's own decoding, in English.
        case other(String)

        public var message: String {
            switch self {
            case .mismatch(let expected, let found): return "expected \(expected.text), found \(found)"
            case .notOneOf(let value, let allowed): return "\"\(value)\" is not one of: \(allowed.joined(separator: ", "))"
            case .requiredFieldMissing: return "required field is missing"
            case .fewerElements: return "fewer elements than expected"
            case .other(let message): return message
            }
        }
    }

    public let path: String
    public let reason: Reason

    public init(path: String, _ reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// What is wrong, in English.
    public var message: String { reason.message }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}

/// Decodes `Decodable` types straight from a `JSONValue`, without going through bytes again.
public struct JSONValueDecoder {
    public init() {}

    public func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> T {
        do {
            return try T(from: TreeDecoder(value: value, codingPath: []))
        } catch let problem as JSONDecodingProblem {
            throw problem
        } catch let error as DecodingError {
            throw JSONValueDecoder.problem(from: error)
        }
    }

    static func problem(from error: DecodingError) -> JSONDecodingProblem {
        switch error {
        case .keyNotFound(let key, let context):
            return JSONDecodingProblem(path: pathText(context.codingPath + [key]), .requiredFieldMissing)
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return JSONDecodingProblem(path: pathText(context.codingPath), .other(context.debugDescription))
        @unknown default:
            return JSONDecodingProblem(path: "", .other("\(error)"))
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

private struct TreeDecoder: Decoder {
    let value: JSONValue
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = value else {
            throw JSONDecodingProblem(path: JSONValueDecoder.pathText(codingPath), .mismatch(expected: .object, found: value.typeName))
        }
        return KeyedDecodingContainer(KeyedContainer<Key>(members: members, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let elements) = value else {
            throw JSONDecodingProblem(path: JSONValueDecoder.pathText(codingPath), .mismatch(expected: .array, found: value.typeName))
        }
        return UnkeyedContainer(elements: elements, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        SingleContainer(value: value, codingPath: codingPath)
    }
}

/// Turns one JSON value into a Swift value of the asked type, with a clear message when it does not fit.
private func unbox<T: Decodable>(_ value: JSONValue, as type: T.Type, path: [CodingKey]) throws -> T {
    func mismatch(_ expected: JSONDecodingProblem.Expected) -> JSONDecodingProblem {
        JSONDecodingProblem(path: JSONValueDecoder.pathText(path), .mismatch(expected: expected, found: value.typeName))
    }
    if type == String.self {
        guard case .string(let text) = value, let result = text as? T else { throw mismatch(.string) }
        return result
    }
    if type == Int.self {
        let number: Int?
        switch value {
        case .int(let integer): number = integer
        case .double(let double) where double.rounded() == double && abs(double) < 9e15: number = Int(double)
        default: number = nil
        }
        guard let number, let result = number as? T else { throw mismatch(.wholeNumber) }
        return result
    }
    if type == Bool.self {
        guard case .bool(let flag) = value, let result = flag as? T else { throw mismatch(.bool) }
        return result
    }
    if type == Double.self {
        let number: Double?
        switch value {
        case .int(let integer): number = Double(integer)
        case .double(let double): number = double
        default: number = nil
        }
        guard let number, let result = number as? T else { throw mismatch(.number) }
        return result
    }
    if let enumerated = type as? JSONEnumerated.Type {
        guard case .string(let text) = value else { throw mismatch(.string) }
        do {
            return try T(from: TreeDecoder(value: value, codingPath: path))
        } catch {
            throw JSONDecodingProblem(
                path: JSONValueDecoder.pathText(path),
                .notOneOf(value: text, allowed: enumerated.allowedRawValues))
        }
    }
    return try T(from: TreeDecoder(value: value, codingPath: path))
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONValue]
    let codingPath: [CodingKey]

    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let value = members[key.stringValue] else { return true }
        return value == .null
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let value = members[key.stringValue], value != .null else {
            if let empty = type as? EmptyWhenAbsent.Type, let result = empty.emptyValue as? T { return result }
            throw JSONDecodingProblem(path: JSONValueDecoder.pathText(codingPath + [key]), .requiredFieldMissing)
        }
        return try unbox(value, as: type, path: codingPath + [key])
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = members[key.stringValue], value != .null else { return nil }
        return try unbox(value, as: type, path: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try TreeDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key]).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try TreeDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key]).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { TreeDecoder(value: .object(members), codingPath: codingPath) }

    func superDecoder(forKey key: Key) throws -> Decoder {
        TreeDecoder(value: members[key.stringValue] ?? .null, codingPath: codingPath + [key])
    }
}

private struct UnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONValue]
    let codingPath: [CodingKey]
    var currentIndex = 0

    init(elements: [JSONValue], codingPath: [CodingKey]) {
        self.elements = elements
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    mutating func next() throws -> (JSONValue, [CodingKey]) {
        guard !isAtEnd else {
            throw JSONDecodingProblem(path: JSONValueDecoder.pathText(codingPath), .fewerElements)
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
        return try unbox(value, as: type, path: path)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (value, path) = try next()
        return try TreeDecoder(value: value, codingPath: path).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let (value, path) = try next()
        return try TreeDecoder(value: value, codingPath: path).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        let (value, path) = try next()
        return TreeDecoder(value: value, codingPath: path)
    }
}

private struct SingleContainer: SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [CodingKey]

    func decodeNil() -> Bool { value == .null }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type == String.self || type == Int.self || type == Bool.self || type == Double.self {
            return try unbox(value, as: type, path: codingPath)
        }
        return try T(from: TreeDecoder(value: value, codingPath: codingPath))
    }

    func decode(_ type: String.Type) throws -> String { try unbox(value, as: type, path: codingPath) }
    func decode(_ type: Bool.Type) throws -> Bool { try unbox(value, as: type, path: codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try unbox(value, as: type, path: codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try unbox(value, as: type, path: codingPath) }
}
