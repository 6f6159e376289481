/// Reads a JSON object field by field, by hand, with exactly the rules, errors and report of
/// `JSONValueDecoder` on a synthesised `Decodable` type: absent or null optionals are nil, absent lists are
/// empty, vocabularies say which words are allowed, and an error names the field's path.
///
/// It exists for the register's bulk (ten thousand activities): going through `Decodable` cost a generic
/// container, a coding path and dynamic casts per field, twice the time of parsing the file. Paths are
/// built only when something is wrong, as the error travels out through the nested reads.
///
/// Inlinable, so that the reading code of each type (in RopaModel) is specialised for it: called across
/// modules, every generic read looked up type metadata at run time, a tenth of reading the register.
public struct JSONObjectReader {
    @usableFromInline let members: [String: JSONValue]
    @usableFromInline let notes: JSONReadNotes
    /// Declared keys found in the object (null or not): fewer than its members means an undeclared key.
    @usableFromInline var found = 0
    /// The keys asked for, kept only when reading again to name undeclared keys.
    @usableFromInline var asked: Set<String>?

    /// Reads `value` as an object; the report says what `JSONValueDecoder.decodeWithReport` would.
    @inlinable
    public static func read<T>(_ value: JSONValue, _ body: (inout JSONObjectReader) throws -> T) throws -> (value: T, report: JSONValueDecoder.Report) {
        let notes = JSONReadNotes()
        do {
            let result = try JSONObjectReader.nested(value, notes: notes, body)
            return (result, notes.report)
        } catch let problem as ReadProblem {
            throw problem.decodingProblem
        }
    }

    @usableFromInline
    init(members: [String: JSONValue], notes: JSONReadNotes) {
        self.members = members
        self.notes = notes
    }

    @inlinable
    static func nested<T>(_ value: JSONValue, notes: JSONReadNotes, _ body: (inout JSONObjectReader) throws -> T) throws -> T {
        guard case .object(let members) = value else { throw ReadProblem(.mismatch(expected: .object, found: value.typeName)) }
        var reader = JSONObjectReader(members: members, notes: notes)
        let result = try body(&reader)
        if reader.found < members.count, !notes.report.sawUndeclaredKey {
            // Some member was never asked for. Which, and whether it holds more than null, is found by
            // reading again while noting the keys asked: rare (a hand-edited or newer file), so the
            // common case never keeps a set of keys.
            notes.report.roundTrips = false
            var recorder = JSONObjectReader(members: members, notes: JSONReadNotes())
            recorder.asked = []
            _ = try? body(&recorder)
            let asked = recorder.asked ?? []
            let undeclared = members.contains { key, member in
                if case .null = member { return false }
                return !asked.contains(key)
            }
            if undeclared { notes.report.sawUndeclaredKey = true }
        }
        return result
    }

    /// The member for a key, or nil when absent or null (as the decoder treats both).
    @inlinable
    mutating func member(_ key: String) -> JSONValue? {
        guard let value = members[key] else { return nil }
        found += 1
        asked?.insert(key)
        if case .null = value {
            notes.report.roundTrips = false
            return nil
        }
        return value
    }

    /// Runs a read of one field, adding the field to the path of an error it throws.
    @inlinable
    func within<T>(_ key: String, _ read: () throws -> T) throws -> T {
        do {
            return try read()
        } catch var problem as ReadProblem {
            problem.path.append(.key(key))
            throw problem
        }
    }

    // MARK: Scalars

    @inlinable
    public mutating func string(_ key: String) throws -> String {
        guard let value = member(key) else { throw ReadProblem(.requiredFieldMissing, key: key) }
        return try within(key) { try JSONObjectReader.string(value) }
    }

    @inlinable
    public mutating func optionalString(_ key: String) throws -> String? {
        guard let value = member(key) else { return nil }
        return try within(key) { try JSONObjectReader.string(value) }
    }

    @inlinable
    public mutating func int(_ key: String) throws -> Int {
        guard let value = member(key) else { throw ReadProblem(.requiredFieldMissing, key: key) }
        let notes = self.notes
        return try within(key) {
            switch value {
            case .int(let integer): return integer
            case .double(let double) where double.rounded() == double && abs(double) < 9e15:
                notes.report.roundTrips = false
                return Int(double)
            default: throw ReadProblem(.mismatch(expected: .wholeNumber, found: value.typeName))
            }
        }
    }

    @inlinable
    public mutating func optionalBool(_ key: String) throws -> Bool? {
        guard let value = member(key) else { return nil }
        return try within(key) {
            guard case .bool(let flag) = value else { throw ReadProblem(.mismatch(expected: .bool, found: value.typeName)) }
            return flag
        }
    }

    @inlinable
    static func string(_ value: JSONValue) throws -> String {
        guard case .string(let text) = value else { throw ReadProblem(.mismatch(expected: .string, found: value.typeName)) }
        return text
    }

    // MARK: Vocabulary words

    @inlinable
    public mutating func word<Word: RawRepresentable & JSONEnumerated>(_ key: String) throws -> Word where Word.RawValue == String {
        guard let value = member(key) else { throw ReadProblem(.requiredFieldMissing, key: key) }
        return try within(key) { try JSONObjectReader.word(value) }
    }

    @inlinable
    public mutating func optionalWord<Word: RawRepresentable & JSONEnumerated>(_ key: String) throws -> Word? where Word.RawValue == String {
        guard let value = member(key) else { return nil }
        return try within(key) { try JSONObjectReader.word(value) }
    }

    @inlinable
    static func word<Word: RawRepresentable & JSONEnumerated>(_ value: JSONValue) throws -> Word where Word.RawValue == String {
        let text = try string(value)
        guard let word = Word(rawValue: text) else { throw ReadProblem(.notOneOf(value: text, allowed: Word.allowedRawValues)) }
        return word
    }

    // MARK: Lists, maps and nested objects

    /// A list of strings; absent means empty, as the decoder reads `EmptyWhenAbsent` lists.
    @inlinable
    public mutating func strings(_ key: String) throws -> [String] {
        try list(key) { element in try JSONObjectReader.string(element) }
    }

    /// A list of strings that may be absent (nil), for lists added after the format was first written.
    @inlinable
    public mutating func optionalStrings(_ key: String) throws -> [String]? {
        guard let value = member(key) else { return nil }
        return try within(key) { try JSONObjectReader.elements(value) { element in try JSONObjectReader.string(element) } }
    }

    /// A list of vocabulary words that may be absent (nil).
    @inlinable
    public mutating func optionalWords<Word: RawRepresentable & JSONEnumerated>(_ key: String) throws -> [Word]? where Word.RawValue == String {
        guard let value = member(key) else { return nil }
        return try within(key) { try JSONObjectReader.elements(value) { element in try JSONObjectReader.word(element) } }
    }

    /// A list of objects, each read by `read`; absent means empty.
    @inlinable
    public mutating func objects<T>(_ key: String, _ read: (inout JSONObjectReader) throws -> T) throws -> [T] {
        let notes = self.notes
        return try list(key) { element in try JSONObjectReader.nested(element, notes: notes, read) }
    }

    @inlinable
    mutating func list<T>(_ key: String, _ element: (JSONValue) throws -> T) throws -> [T] {
        guard let value = member(key) else {
            notes.report.roundTrips = false
            return []
        }
        return try within(key) { try JSONObjectReader.elements(value, element) }
    }

    /// The elements of an array, each read by `element`; an error names the element's index.
    @inlinable
    static func elements<T>(_ value: JSONValue, _ element: (JSONValue) throws -> T) throws -> [T] {
        guard case .array(let elements) = value else { throw ReadProblem(.mismatch(expected: .array, found: value.typeName)) }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        for (index, item) in elements.enumerated() {
            do {
                result.append(try element(item))
            } catch var problem as ReadProblem {
                problem.path.append(.index(index))
                throw problem
            }
        }
        return result
    }

    /// An object of string values (provenance); absent means empty. A null value is a missing field, as
    /// the decoder reads a dictionary.
    @inlinable
    public mutating func stringMap(_ key: String) throws -> [String: String] {
        guard let value = member(key) else {
            notes.report.roundTrips = false
            return [:]
        }
        return try within(key) {
            guard case .object(let entries) = value else { throw ReadProblem(.mismatch(expected: .object, found: value.typeName)) }
            for (name, entry) in entries {
                switch entry {
                case .string: continue
                case .null:
                    notes.report.roundTrips = false
                    throw ReadProblem(.requiredFieldMissing, key: name)
                default:
                    var problem = ReadProblem(.mismatch(expected: .string, found: entry.typeName))
                    problem.path.append(.key(name))
                    throw problem
                }
            }
            // Every value is a string now; mapping values keeps the keys without hashing them again.
            return entries.mapValues { entry in
                if case .string(let text) = entry { return text }
                return ""
            }
        }
    }

    /// A nested object read by `read`; nil when absent or null.
    @inlinable
    public mutating func optionalObject<T>(_ key: String, _ read: (inout JSONObjectReader) throws -> T) throws -> T? {
        guard let value = member(key) else { return nil }
        let notes = self.notes
        return try within(key) { try JSONObjectReader.nested(value, notes: notes, read) }
    }
}

/// What one read noticed, shared by all its nested readers.
@usableFromInline
final class JSONReadNotes {
    @usableFromInline var report = JSONValueDecoder.Report()

    @usableFromInline
    init() {}
}

/// An error on its way out of nested reads, collecting its path innermost first.
@usableFromInline
struct ReadProblem: Error {
    @usableFromInline
    enum Step: Sendable {
        case key(String)
        case index(Int)
    }

    @usableFromInline let reason: JSONDecodingProblem.Reason
    @usableFromInline var path: [Step] = []

    @usableFromInline
    init(_ reason: JSONDecodingProblem.Reason, key: String? = nil) {
        self.reason = reason
        if let key { path = [.key(key)] }
    }

    @usableFromInline
    var decodingProblem: JSONDecodingProblem {
        var text = ""
        for step in path.reversed() {
            switch step {
            case .index(let index): text += "[\(index)]"
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            }
        }
        return JSONDecodingProblem(path: text, reason)
    }
}
