/// A JSON document kept as its bytes and a flat index of its values (a "tape"), for reading an entity
/// straight from its file with `JSONObjectReader`.
///
/// It exists for the register's bulk (ten thousand activity files): parsing each into a `JSONValue` tree
/// made a dictionary and a string per member only to read them once, and freeing that tree cost two
/// thirds of making it. Here a string is made only when a field is read, and the tape is two arrays.
/// Parsing is the same parser as `JSONParser`, with the same errors and the same canonical-form check.
public final class JSONDocument: Sendable {
    @usableFromInline let bytes: [UInt8]
    /// The values in document order, each container before its contents, each member's key before its value.
    @usableFromInline let entries: [JSONTapeEntry]
    /// Each array's elements (their entries), and each object's keys as pairs of its entry (the value is the
    /// next) and its `signature`, in document order; a container's run starts at its `second`.
    @usableFromInline let children: [Int]
    /// The strings that had escapes, as they read.
    @usableFromInline let unescaped: [String]
    /// Every key is ASCII without escapes (as ropa writes them), so keys can be compared as bytes.
    @usableFromInline let keysAreASCII: Bool
    /// Whether the bytes are exactly what `CanonicalJSON.bytes` writes for the value (as
    /// `JSONParser.parseNotingCanonicalForm` says).
    public let isCanonical: Bool

    /// Parses `bytes`; throws the `JSONSyntaxError` `JSONParser.parse` throws for them.
    public init(parsing bytes: [UInt8]) throws {
        let parsed = try bytes.withUnsafeBufferPointer { buffer in
            try JSONParser.parse(buffer, into: JSONTapeBuilder(bytes: buffer), checkingCanonicalForm: true)
        }
        self.bytes = bytes
        entries = parsed.builder.entries
        children = parsed.builder.children
        unescaped = parsed.builder.unescaped
        keysAreASCII = parsed.builder.keysAreASCII
        isCanonical = parsed.isCanonical
    }

    /// The entry of the `position`th element of the array at `container`.
    @inlinable
    func element(_ position: Int, of array: Int) -> Int {
        children[entries[array].second + position]
    }

    /// The entry of the `position`th key of the object at `object` (its value is the next entry).
    @inlinable
    func key(_ position: Int, of object: Int) -> Int {
        children[entries[object].second + 2 * position]
    }

    /// The value of the member `key` of the object at `object`, if it has one. Keys match as a dictionary
    /// of `String`s matches them (by canonical equivalence); when all are ASCII, that is by their bytes.
    @inlinable
    func member(_ key: String, of object: Int) -> Int? {
        let entry = entries[object]
        guard keysAreASCII else {
            for position in 0..<entry.first where string(at: self.key(position, of: object)) == key {
                return self.key(position, of: object) + 1
            }
            return nil
        }
        var key = key
        return key.withUTF8 { wanted in
            let signature = JSONDocument.signature(wanted)
            return children.withUnsafeBufferPointer { children in
                let pairs = UnsafeBufferPointer(rebasing: children[entry.second..<entry.second + 2 * entry.first])
                func matches(_ pair: Int) -> Bool {
                    pairs[2 * pair + 1] == signature && (wanted.count <= 7 || hasBytes(pairs[2 * pair], wanted))
                }
                guard entry.keysAscend else {
                    for pair in 0..<entry.first where matches(pair) { return pairs[2 * pair] + 1 }
                    return nil
                }
                // Keys in byte order have their signatures' prefixes in order: the first with the wanted
                // prefix is found by halving, then the few sharing it are compared.
                let prefix = UInt(bitPattern: signature) >> 8
                var low = 0, high = entry.first
                while low < high {
                    let middle = (low + high) / 2
                    if UInt(bitPattern: pairs[2 * middle + 1]) >> 8 < prefix { low = middle + 1 } else { high = middle }
                }
                while low < entry.first, UInt(bitPattern: pairs[2 * low + 1]) >> 8 == prefix {
                    if matches(low) { return pairs[2 * low] + 1 }
                    low += 1
                }
                return nil
            }
        }
    }

    /// A key's first seven bytes, first byte highest, above its length (at most 255): one comparison a
    /// member finds a key, its bytes compared only when longer; and keys in byte order have their
    /// signatures' upper seven bytes in order (a plain key has no byte below 0x20 to sort under padding).
    @inlinable
    static func signature(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var word: UInt = 0
        for position in 0..<7 { word = word << 8 | (position < key.count ? UInt(key[position]) : 0) }
        return Int(bitPattern: word << 8 | UInt(min(key.count, 255)))
    }

    /// Whether the string without escapes at `index` is `wanted`, byte for byte.
    @inlinable
    func hasBytes(_ index: Int, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        let entry = entries[index]
        guard entry.second - entry.first == wanted.count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            var position = 0
            while position < wanted.count {
                if buffer[entry.first + position] != wanted[position] { return false }
                position += 1
            }
            return true
        }
    }

    /// The text of the string at `index`, or nil when the value there is not a string.
    @inlinable
    func string(at index: Int) -> String? {
        let entry = entries[index]
        switch entry.kind {
        case .string:
            return bytes.withUnsafeBufferPointer { buffer in
                String(decoding: UnsafeBufferPointer(rebasing: buffer[entry.first..<entry.second]), as: UTF8.self)
            }
        case .unescapedString: return unescaped[entry.first]
        default: return nil
        }
    }

    /// The JSON type of the value at `index`, as `JSONValue.typeName` names it.
    @usableFromInline
    func typeName(at index: Int) -> String {
        switch entries[index].kind {
        case .null: return "null"
        case .false, .true: return "boolean"
        case .int, .double: return "number"
        case .string, .unescapedString: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

/// One value of a document's tape.
@usableFromInline
struct JSONTapeEntry: Sendable {
    @usableFromInline
    enum Kind: UInt8, Sendable {
        case null, `false`, `true`, int, double, string, unescapedString, array, object
    }

    @usableFromInline var kind: Kind
    /// An object whose keys are plain ASCII, each after the one before in byte order.
    @usableFromInline var keysAscend = false
    /// A string: its first byte after the quote; an unescaped string: its index in `unescaped`; a whole
    /// number: the number; a double: its bit pattern; an array or object: how many elements or members.
    @usableFromInline var first: Int
    /// A string: its closing quote; an unescaped string: its opening quote; an array or object: where its
    /// run of elements or keys starts in `children`.
    @usableFromInline var second: Int

    @usableFromInline
    init(_ kind: Kind, _ first: Int = 0, _ second: Int = 0) {
        self.kind = kind
        self.first = first
        self.second = second
    }
}

/// Builds a document's tape. A value is the index of its entry, already appended when the parser hands it over.
struct JSONTapeBuilder: JSONBuilding {
    typealias Value = Int
    typealias Key = Int
    /// The container's entry and where its children start in `pending`.
    typealias ArrayInProgress = (entry: Int, firstPending: Int)
    typealias ObjectInProgress = (entry: Int, firstPending: Int)

    let bytes: UnsafeBufferPointer<UInt8>
    var entries: [JSONTapeEntry] = []
    var children: [Int] = []
    var unescaped: [String] = []
    var keysAreASCII = true
    /// Children of the containers being read, innermost last, until each ends and takes its run.
    var pending: [Int] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        // About one value per 25 bytes in an entity file: one allocation for most.
        entries.reserveCapacity(bytes.count / 16 + 4)
        children.reserveCapacity(bytes.count / 12 + 4)
    }

    mutating func appending(_ entry: JSONTapeEntry) -> Int {
        entries.append(entry)
        return entries.count - 1
    }

    mutating func null() -> Int { appending(JSONTapeEntry(.null)) }
    mutating func bool(_ flag: Bool) -> Int { appending(JSONTapeEntry(flag ? .true : .false)) }

    mutating func number(_ number: JSONNumber) -> Int {
        switch number {
        case .int(let integer): return appending(JSONTapeEntry(.int, integer))
        case .double(let double): return appending(JSONTapeEntry(.double, Int(truncatingIfNeeded: double.bitPattern)))
        }
    }

    mutating func string(_ text: JSONStringToken) -> Int { append(text, quoteAt: -1) }

    mutating func append(_ text: JSONStringToken, quoteAt offset: Int) -> Int {
        switch text {
        case .plain(let range):
            return appending(JSONTapeEntry(.string, range.lowerBound, range.upperBound))
        case .unescaped(let scalars):
            unescaped.append(String(decoding: scalars, as: UTF8.self))
            return appending(JSONTapeEntry(.unescapedString, unescaped.count - 1, offset))
        }
    }

    mutating func beginArray() -> (entry: Int, firstPending: Int) { (appending(JSONTapeEntry(.array)), pending.count) }
    mutating func append(_ element: Int, to array: inout (entry: Int, firstPending: Int)) { pending.append(element) }
    mutating func endArray(_ array: (entry: Int, firstPending: Int)) -> Int { end(array) }

    mutating func beginObject() -> (entry: Int, firstPending: Int) { (appending(JSONTapeEntry(.object)), pending.count) }
    mutating func key(_ text: JSONStringToken, at offset: Int) -> Int { append(text, quoteAt: offset) }

    mutating func add(_ key: Int, _ value: Int, to object: inout (entry: Int, firstPending: Int)) {
        pending.append(key)
        let entry = entries[key]
        pending.append(entry.kind == .string ? JSONDocument.signature(UnsafeBufferPointer(rebasing: bytes[entry.first..<entry.second])) : 0)
    }

    mutating func endObject(_ object: (entry: Int, firstPending: Int), keysAscend: Bool, keysAreASCII: Bool) throws(JSONRepeatedKey) -> Int {
        if !keysAreASCII { self.keysAreASCII = false }
        entries[object.entry].keysAscend = keysAscend && keysAreASCII
        if !(keysAscend && keysAreASCII) {
            // Keys out of order or not plain ASCII (a hand-edited file): looked for repeats as the tree's
            // dictionary does, member by member.
            var seen = Set<String>(minimumCapacity: pending.count - object.firstPending)
            for key in stride(from: object.firstPending, to: pending.count, by: 2).map({ pending[$0] }) {
                let entry = entries[key]
                let text: String
                let offset: Int
                if entry.kind == .string {
                    text = String(decoding: UnsafeBufferPointer(rebasing: bytes[entry.first..<entry.second]), as: UTF8.self)
                    offset = entry.first - 1
                } else {
                    text = unescaped[entry.first]
                    offset = entry.second
                }
                if !seen.insert(text).inserted { throw JSONRepeatedKey(key: text, offset: offset) }
            }
        }
        return end(object, stride: 2)
    }

    /// Moves a container's children from `pending` to their run in `children`.
    mutating func end(_ container: (entry: Int, firstPending: Int), stride: Int = 1) -> Int {
        entries[container.entry].first = (pending.count - container.firstPending) / stride
        entries[container.entry].second = children.count
        pending.withUnsafeBufferPointer { pending in
            children.append(contentsOf: UnsafeBufferPointer(rebasing: pending[container.firstPending...]))
        }
        pending.removeLast(pending.count - container.firstPending)
        return container.entry
    }
}
