/// Reads a JSON object of a `JSONDocument` field by field, by hand, with exactly the rules, errors and
/// report of `JSONValueDecoder` on a synthesised `Decodable` type: absent or null optionals are nil, absent
/// lists are empty, vocabularies say which words are allowed, and an error names the field's path.
///
/// It exists for the register's bulk (ten thousand activities): going through `Decodable` cost a generic
/// container, a coding path and dynamic casts per field, twice the time of parsing the file; and reading
/// from the document's tape, not a `JSONValue` tree, spares making and freeing a dictionary and a string
/// per member. Paths are built only when something is wrong, as the error travels out through the
/// nested reads.
///
/// One difference no caller should rely on: when several values of a string map (provenance) are wrong,
/// the decoder names whichever its dictionary holds first (an order that changes from run to run), this
/// reader the first in the file.
///
/// Inlinable, so that the reading code of each type (in RopaModel) is specialised for it: called across
/// modules, every generic read looked up type metadata at run time, a tenth of reading the register.
public struct JSONObjectReader {
    @usableFromInline let document: JSONDocument
    /// The object's entry in the document's tape.
    @usableFromInline let object: Int
    @usableFromInline let notes: JSONReadNotes
    /// Declared keys found in the object (null or not): fewer than its members means an undeclared key.
    @usableFromInline var found = 0
    /// The keys asked for, kept only when reading again to name undeclared keys.
    @usableFromInline var asked: Set<String>?

    /// Reads the document's value as an object; the report says what `JSONValueDecoder.decodeWithReport`
    /// would for the same bytes parsed into a tree.
    @inlinable
    public static func read<T>(_ document: JSONDocument, _ body: (inout JSONObjectReader) throws -> T) throws -> (value: T, report: JSONValueDecoder.Report) {
        let notes = JSONReadNotes()
        do {
            let result = try JSONObjectReader.nested(0, of: document, notes: notes, body)
            return (result, notes.report)
        } catch let problem as ReadProblem {
            throw problem.decodingProblem
        }
    }

    @usableFromInline
    init(object: Int, of document: JSONDocument, notes: JSONReadNotes) {
        self.document = document
        self.object = object
        self.notes = notes
    }

    @inlinable
    static func nested<T>(_ value: Int, of document: JSONDocument, notes: JSONReadNotes, _ body: (inout JSONObjectReader) throws -> T) throws -> T {
        guard document.entries[value].kind == .object else { throw ReadProblem(.mismatch(expected: .object, found: document.typeName(at: value))) }
        var reader = JSONObjectReader(object: value, of: document, notes: notes)
        let result = try body(&reader)
        let count = document.entries[value].first
        if reader.found < count, !notes.report.sawUndeclaredKey {
            // Some member was never asked for. Which, and whether it holds more than null, is found by
            // reading again while noting the keys asked: rare (a hand-edited or newer file), so the
            // common case never keeps a set of keys.
            notes.report.roundTrips = false
            var recorder = JSONObjectReader(object: value, of: document, notes: JSONReadNotes())
            recorder.asked = []
            _ = try? body(&recorder)
            let asked = recorder.asked ?? []
            for position in 0..<count {
                let keyIndex = document.key(position, of: value)
                if document.entries[keyIndex + 1].kind != .null, let key = document.string(at: keyIndex), !asked.contains(key) {
                    notes.report.sawUndeclaredKey = true
                    break
                }
            }
        }
        return result
    }

    /// The member's entry for a key, or nil when absent or null (as the decoder treats both).
    @inlinable
    mutating func member(_ key: String) -> Int? {
        guard let value = document.member(key, of: object) else { return nil }
        found += 1
        asked?.insert(key)
        if document.entries[value].kind == .null {
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
        return try within(key) { try JSONObjectReader.string(value, of: document) }
    }

    @inlinable
    public mutating func optionalString(_ key: String) throws -> String? {
        guard let value = member(key) else { return nil }
        return try within(key) { try JSONObjectReader.string(value, of: document) }
    }

    @inlinable
    public mutating func int(_ key: String) throws -> Int {
        guard let value = member(key) else { throw ReadProblem(.requiredFieldMissing, key: key) }
        let notes = self.notes
        let document = self.document
        return try within(key) { try JSONObjectReader.int(value, of: document, notes: notes) }
    }

    @inlinable
    public mutating func optionalInt(_ key: String) throws -> Int? {
        guard let value = member(key) else { return nil }
        let notes = self.notes
        let document = self.document
        return try within(key) { try JSONObjectReader.int(value, of: document, notes: notes) }
    }

    /// A whole number; a double with no fraction reads as one, as the decoder reads it, but is not canonical.
    @inlinable
    static func int(_ value: Int, of document: JSONDocument, notes: JSONReadNotes) throws -> Int {
        let entry = document.entries[value]
        switch entry.kind {
        case .int: return entry.first
        case .double:
            let double = Double(bitPattern: UInt64(truncatingIfNeeded: entry.first))
            if double.rounded() == double && abs(double) < 9e15 {
                notes.report.roundTrips = false
                return Int(double)
            }
        default: break
        }
        throw ReadProblem(.mismatch(expected: .wholeNumber, found: document.typeName(at: value)))
    }

    @inlinable
    public mutating func optionalBool(_ key: String) throws -> Bool? {
        guard let value = member(key) else { return nil }
        let document = self.document
        return try within(key) {
            switch document.entries[value].kind {
            case .true: return true
            case .false: return false
            default: throw ReadProblem(.mismatch(expected: .bool, found: document.typeName(at: value)))
            }
        }
    }

    @inlinable
    static func string(_ value: Int, of document: JSONDocument) throws -> String {
        guard let text = document.string(at: value) else { throw ReadProblem(.mismatch(expected: .string, found: document.typeName(at: value))) }
        return text
    }

    // MARK: Vocabulary words

    @inlinable
    public mutating func word<Word: RawRepresentable & JSONEnumerated>(_ key: String) throws -> Word where Word.RawValue == String {
        guard let value = member(key) else { throw ReadProblem(.requiredFieldMissing, key: key) }
        return try within(key) { try JSONObjectReader.word(value, of: document) }
    }

    @inlinable
    public mutating func optionalWord<Word: RawRepresentable & JSONEnumerated>(_ key: String) throws -> Word? where Word.RawValue == String {
        guard let value = member(key) else { return nil }
        return try within(key) { try JSONObjectReader.word(value, of: document) }
    }

    @inlinable
    static func word<Word: RawRepresentable & JSONEnumerated>(_ value: Int, of document: JSONDocument) throws -> Word where Word.RawValue == String {
        let text = try string(value, of: document)
        guard let word = Word(rawValue: text) else { throw ReadProblem(.notOneOf(value: text, allowed: Word.allowedRawValues)) }
        return word
    }

    // MARK: Lists, maps and nested objects

    /// A list of strings; absent means empty, as the decoder reads `EmptyWhenAbsent` lists.
    @inlinable
    public mutating func strings(_ key: String) throws -> [String] {
        let document = self.document
        return try list(key) { element in try JSONObjectReader.string(element, of: document) }
    }

    /// A list of strings that may be absent (nil), for lists added after the format was first written.
    @inlinable
    public mutating func optionalStrings(_ key: String) throws -> [String]? {
        guard let value = member(key) else { return nil }
        let document = self.document
        return try within(key) { try JSONObjectReader.elements(value, of: document) { element in try JSONObjectReader.string(element, of: document) } }
    }

    /// A list of vocabulary words that may be absent (nil).
    @inlinable
    public mutating func optionalWords<Word: RawRepresentable & JSONEnumerated>(_ key: String) throws -> [Word]? where Word.RawValue == String {
        guard let value = member(key) else { return nil }
        let document = self.document
        return try within(key) { try JSONObjectReader.elements(value, of: document) { element in try JSONObjectReader.word(element, of: document) } }
    }

    /// A list of objects, each read by `read`; absent means empty.
    @inlinable
    public mutating func objects<T>(_ key: String, _ read: (inout JSONObjectReader) throws -> T) throws -> [T] {
        let notes = self.notes
        let document = self.document
        return try list(key) { element in try JSONObjectReader.nested(element, of: document, notes: notes, read) }
    }

    @inlinable
    mutating func list<T>(_ key: String, _ element: (Int) throws -> T) throws -> [T] {
        guard let value = member(key) else {
            notes.report.roundTrips = false
            return []
        }
        let document = self.document
        return try within(key) { try JSONObjectReader.elements(value, of: document, element) }
    }

    /// The elements of an array, each read by `element`; an error names the element's index.
    @inlinable
    static func elements<T>(_ value: Int, of document: JSONDocument, _ element: (Int) throws -> T) throws -> [T] {
        let entry = document.entries[value]
        guard entry.kind == .array else { throw ReadProblem(.mismatch(expected: .array, found: document.typeName(at: value))) }
        var result: [T] = []
        result.reserveCapacity(entry.first)
        for index in 0..<entry.first {
            do {
                result.append(try element(document.element(index, of: value)))
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
        try keyedMembers(key) { name, value, document in
            switch document.entries[value].kind {
            case .string, .unescapedString:
                return document.string(at: value) ?? ""
            default:
                var problem = ReadProblem(.mismatch(expected: .string, found: document.typeName(at: value)))
                problem.path.append(.key(name))
                throw problem
            }
        }
    }

    /// An object of objects keyed by name (the clauses of an agreement), each read by `read`; absent means
    /// empty. A null value is a missing field, as the decoder reads a dictionary.
    @inlinable
    public mutating func objectMap<T>(_ key: String, _ read: (inout JSONObjectReader) throws -> T) throws -> [String: T] {
        let notes = self.notes
        return try keyedMembers(key) { name, value, document in
            do {
                return try JSONObjectReader.nested(value, of: document, notes: notes, read)
            } catch var problem as ReadProblem {
                problem.path.append(.key(name))
                throw problem
            }
        }
    }

    /// The members of the object at `key`, each value made by `make` from its name and index: absent means
    /// empty, anything but an object is a mismatch, and a null member is a missing field.
    @inlinable
    mutating func keyedMembers<T>(_ key: String, _ make: (_ name: String, _ value: Int, JSONDocument) throws -> T) throws -> [String: T] {
        guard let value = member(key) else {
            notes.report.roundTrips = false
            return [:]
        }
        let notes = self.notes
        let document = self.document
        return try within(key) {
            let entry = document.entries[value]
            guard entry.kind == .object else { throw ReadProblem(.mismatch(expected: .object, found: document.typeName(at: value))) }
            var map = [String: T](minimumCapacity: entry.first)
            for position in 0..<entry.first {
                let keyIndex = document.key(position, of: value)
                let name = document.string(at: keyIndex) ?? ""
                if document.entries[keyIndex + 1].kind == .null {
                    notes.report.roundTrips = false
                    throw ReadProblem(.requiredFieldMissing, key: name)
                }
                map[name] = try make(name, keyIndex + 1, document)
            }
            return map
        }
    }

    /// A nested object read by `read` that must be there.
    @inlinable
    public mutating func object<T>(_ key: String, _ read: (inout JSONObjectReader) throws -> T) throws -> T {
        guard let value = member(key) else { throw ReadProblem(.requiredFieldMissing, key: key) }
        let notes = self.notes
        let document = self.document
        return try within(key) { try JSONObjectReader.nested(value, of: document, notes: notes, read) }
    }

    /// A nested object read by `read`; nil when absent or null.
    @inlinable
    public mutating func optionalObject<T>(_ key: String, _ read: (inout JSONObjectReader) throws -> T) throws -> T? {
        guard let value = member(key) else { return nil }
        let notes = self.notes
        let document = self.document
        return try within(key) { try JSONObjectReader.nested(value, of: document, notes: notes, read) }
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
