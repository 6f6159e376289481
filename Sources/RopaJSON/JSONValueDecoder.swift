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
        try decode(type, from: value, notes: nil)
    }

    /// What decoding a value noticed about it.
    public struct Report: Equatable, Sendable {
        /// Some object held a non-null member under a key its type does not declare (`Key(stringValue:)` is
        /// nil). For synthesised `Codable` types that is exactly when encoding again would drop a field, so
        /// a caller refusing unknown fields needs its slower check only when this is true.
        public var sawUndeclaredKey = false
        /// Encoding the decoded value again (with `JSONValueEncoder`) gives exactly the value decoded, for
        /// synthesised `Codable` types: no null members or elements, no absent list read as empty, no whole
        /// number written with a fraction, no undeclared key. Errs on the side of false.
        public var roundTrips = true
    }

    /// Decodes and reports what it noticed (see `Report`).
    public func decodeWithReport<T: Decodable>(_ type: T.Type, from value: JSONValue) throws -> (value: T, report: Report) {
        let notes = DecodingNotes()
        let decoded = try decode(type, from: value, notes: notes)
        return (decoded, notes.report)
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

/// What a decoding noticed on the way, shared by all its containers.
private final class DecodingNotes {
    var report = JSONValueDecoder.Report()
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
            throw JSONDecodingProblem(path: JSONValueDecoder.pathText(codingPath), .mismatch(expected: .object, found: value.typeName))
        }
        if let notes, !notes.report.sawUndeclaredKey {
            for (key, member) in members where Key(stringValue: key) == nil {
                // An undeclared key holding null is not refused, but encoding again leaves it out.
                notes.report.roundTrips = false
                if member != .null {
                    notes.report.sawUndeclaredKey = true
                    break
                }
            }
        }
        return KeyedDecodingContainer(KeyedContainer<Key>(members: members, codingPath: codingPath, notes: notes))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let elements) = value else {
            throw JSONDecodingProblem(path: JSONValueDecoder.pathText(codingPath), .mismatch(expected: .array, found: value.typeName))
        }
        return UnkeyedContainer(elements: elements, codingPath: codingPath, notes: notes)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer {
        SingleContainer(value: value, codingPath: codingPath, notes: notes)
    }
}

// The scalar decoders below are what synthesised Codable calls for String, Int, Bool and Double fields
// (and elements of [String]). They build the field's coding path only for an error message or a nested
// value and never pass through the generic `unbox`, whose path building and dynamic casts were half the
// time of opening a large register.

private func mismatch(_ value: JSONValue, _ expected: JSONDecodingProblem.Expected, _ path: @autoclosure () -> [CodingKey]) -> JSONDecodingProblem {
    JSONDecodingProblem(path: JSONValueDecoder.pathText(path()), .mismatch(expected: expected, found: value.typeName))
}

private func string(_ value: JSONValue, _ path: @autoclosure () -> [CodingKey]) throws -> String {
    guard case .string(let text) = value else { throw mismatch(value, .string, path()) }
    return text
}

private func int(_ value: JSONValue, _ path: @autoclosure () -> [CodingKey], _ notes: DecodingNotes? = nil) throws -> Int {
    switch value {
    case .int(let integer): return integer
    case .double(let double) where double.rounded() == double && abs(double) < 9e15:
        notes?.report.roundTrips = false
        return Int(double)
    default: throw mismatch(value, .wholeNumber, path())
    }
}

private func bool(_ value: JSONValue, _ path: @autoclosure () -> [CodingKey]) throws -> Bool {
    guard case .bool(let flag) = value else { throw mismatch(value, .bool, path()) }
    return flag
}

private func double(_ value: JSONValue, _ path: @autoclosure () -> [CodingKey], _ notes: DecodingNotes? = nil) throws -> Double {
    switch value {
    case .int(let integer):
        notes?.report.roundTrips = false
        return Double(integer)
    case .double(let double): return double
    default: throw mismatch(value, .number, path())
    }
}

/// Turns one JSON value into a Swift value of the asked type, with a clear message when it does not fit.
private func unbox<T: Decodable>(_ value: JSONValue, as type: T.Type, path: [CodingKey], notes: DecodingNotes?) throws -> T {
    if type == String.self, let result = try string(value, path) as? T { return result }
    if type == Int.self, let result = try int(value, path, notes) as? T { return result }
    if type == Bool.self, let result = try bool(value, path) as? T { return result }
    if type == Double.self, let result = try double(value, path, notes) as? T { return result }
    do {
        return try T(from: TreeDecoder(value: value, codingPath: path, notes: notes))
    } catch {
        // A vocabulary word that is not one of the list says which words are allowed. (A value that is
        // not a string at all already failed with "expected a string" at this path.)
        if let enumerated = type as? JSONEnumerated.Type, case .string(let text) = value {
            throw JSONDecodingProblem(
                path: JSONValueDecoder.pathText(path),
                .notOneOf(value: text, allowed: enumerated.allowedRawValues))
        }
        throw error
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let members: [String: JSONValue]
    let codingPath: [CodingKey]
    let notes: DecodingNotes?

    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { members[key.stringValue] != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let value = members[key.stringValue] else { return true }
        if value == .null { notes?.report.roundTrips = false }
        return value == .null
    }

    /// The member for a key, or nil when it is absent or null.
    private func member(_ key: Key) -> JSONValue? {
        guard let value = members[key.stringValue] else { return nil }
        if value == .null {
            notes?.report.roundTrips = false
            return nil
        }
        return value
    }

    private func missing(_ key: Key) -> JSONDecodingProblem {
        JSONDecodingProblem(path: JSONValueDecoder.pathText(codingPath + [key]), .requiredFieldMissing)
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        guard let value = member(key) else { throw missing(key) }
        return try string(value, codingPath + [key])
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        guard let value = member(key) else { throw missing(key) }
        return try int(value, codingPath + [key], notes)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        guard let value = member(key) else { throw missing(key) }
        return try bool(value, codingPath + [key])
    }

    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        guard let value = member(key) else { throw missing(key) }
        return try double(value, codingPath + [key], notes)
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try member(key).map { try string($0, codingPath + [key]) }
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try member(key).map { try int($0, codingPath + [key], notes) }
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try member(key).map { try bool($0, codingPath + [key]) }
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try member(key).map { try double($0, codingPath + [key], notes) }
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let value = member(key) else {
            if let empty = type as? EmptyWhenAbsent.Type, let result = empty.emptyValue as? T {
                // Encoding again writes the empty list that the file left out.
                notes?.report.roundTrips = false
                return result
            }
            throw missing(key)
        }
        return try unbox(value, as: type, path: codingPath + [key], notes: notes)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = member(key) else { return nil }
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

    /// The next element and its index; its coding path is `path(index)`, built only when needed.
    mutating func next() throws -> (JSONValue, Int) {
        guard !isAtEnd else {
            throw JSONDecodingProblem(path: JSONValueDecoder.pathText(codingPath), .fewerElements)
        }
        defer { currentIndex += 1 }
        return (elements[currentIndex], currentIndex)
    }

    private func path(_ index: Int) -> [CodingKey] { codingPath + [IndexKey(index)] }

    mutating func decodeNil() throws -> Bool {
        if !isAtEnd, elements[currentIndex] == .null {
            notes?.report.roundTrips = false
            currentIndex += 1
            return true
        }
        return false
    }

    mutating func decode(_ type: String.Type) throws -> String {
        let (value, index) = try next()
        return try string(value, path(index))
    }

    mutating func decode(_ type: Int.Type) throws -> Int {
        let (value, index) = try next()
        return try int(value, path(index), notes)
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool {
        let (value, index) = try next()
        return try bool(value, path(index))
    }

    mutating func decode(_ type: Double.Type) throws -> Double {
        let (value, index) = try next()
        return try double(value, path(index), notes)
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (value, index) = try next()
        return try unbox(value, as: type, path: path(index), notes: notes)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (value, index) = try next()
        return try TreeDecoder(value: value, codingPath: path(index), notes: notes).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        let (value, index) = try next()
        return try TreeDecoder(value: value, codingPath: path(index), notes: notes).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        let (value, index) = try next()
        return TreeDecoder(value: value, codingPath: path(index), notes: notes)
    }
}

private struct SingleContainer: SingleValueDecodingContainer {
    let value: JSONValue
    let codingPath: [CodingKey]
    let notes: DecodingNotes?

    func decodeNil() -> Bool {
        if value == .null { notes?.report.roundTrips = false }
        return value == .null
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type == String.self || type == Int.self || type == Bool.self || type == Double.self {
            return try unbox(value, as: type, path: codingPath, notes: notes)
        }
        return try T(from: TreeDecoder(value: value, codingPath: codingPath, notes: notes))
    }

    func decode(_ type: String.Type) throws -> String { try string(value, codingPath) }
    func decode(_ type: Bool.Type) throws -> Bool { try bool(value, codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try int(value, codingPath, notes) }
    func decode(_ type: Double.Type) throws -> Double { try double(value, codingPath, notes) }
}
