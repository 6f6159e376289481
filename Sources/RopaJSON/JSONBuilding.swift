/// What the parser makes of the values it reads: a tree of `JSONValue`s (`JSONTreeBuilder`) or the flat
/// index of a `JSONDocument` (`JSONTapeBuilder`). The grammar, its errors and the canonical-form check
/// live once, in the parser; a builder only stores.
protocol JSONBuilding {
    associatedtype Value
    /// An array being read.
    associatedtype ArrayInProgress
    /// An object being read.
    associatedtype ObjectInProgress
    /// A member's key, between reading it and reading its value.
    associatedtype Key

    mutating func null() -> Value
    mutating func bool(_ flag: Bool) -> Value
    mutating func number(_ number: JSONNumber) -> Value
    mutating func string(_ text: JSONStringToken) -> Value

    mutating func beginArray() -> ArrayInProgress
    mutating func append(_ element: Value, to array: inout ArrayInProgress)
    mutating func endArray(_ array: ArrayInProgress) -> Value

    mutating func beginObject() -> ObjectInProgress
    /// A key; `offset` is its opening quote, where a repeated key is reported.
    mutating func key(_ text: JSONStringToken, at offset: Int) -> Key
    mutating func add(_ key: Key, _ value: Value, to object: inout ObjectInProgress)
    /// The finished object, or the first key that repeats an earlier one (as `String`s compare: "K" and
    /// the Kelvin sign are the same key). `keysAscend`: each key came after the one before in byte order;
    /// `keysAreASCII`: every key is ASCII without escapes. Both true, no key can repeat.
    mutating func endObject(_ object: ObjectInProgress, keysAscend: Bool, keysAreASCII: Bool) throws(JSONRepeatedKey) -> Value
}

/// A number as read: whole when it has no fraction or exponent and fits an `Int`.
enum JSONNumber {
    case int(Int)
    case double(Double)
}

/// A string as read: its bytes in the document when it has no escapes, else the bytes it stands for.
enum JSONStringToken {
    case plain(Range<Int>)
    case unescaped([UInt8])
}

/// A key that repeats an earlier key of the same object.
struct JSONRepeatedKey: Error {
    let key: String
    /// The opening quote of the repeat.
    let offset: Int
}

/// Builds the `JSONValue` tree.
struct JSONTreeBuilder: JSONBuilding {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Members of the objects being read, innermost last: an object's dictionary is made when it ends, at
    /// its final size (growing it member by member hashed every key again at each doubling).
    var pending: [(key: String, offset: Int, value: JSONValue)] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    func null() -> JSONValue { .null }
    func bool(_ flag: Bool) -> JSONValue { .bool(flag) }

    func number(_ number: JSONNumber) -> JSONValue {
        switch number {
        case .int(let integer): return .int(integer)
        case .double(let double): return .double(double)
        }
    }

    func string(_ token: JSONStringToken) -> JSONValue { .string(text(token)) }

    func text(_ token: JSONStringToken) -> String {
        switch token {
        case .plain(let range): return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        case .unescaped(let scalars): return String(decoding: scalars, as: UTF8.self)
        }
    }

    func beginArray() -> [JSONValue] { [] }
    func append(_ element: JSONValue, to array: inout [JSONValue]) { array.append(element) }
    func endArray(_ array: [JSONValue]) -> JSONValue { .array(array) }

    func beginObject() -> Int { pending.count }
    func key(_ text: JSONStringToken, at offset: Int) -> (String, Int) { (self.text(text), offset) }

    mutating func add(_ key: (String, Int), _ value: JSONValue, to object: inout Int) {
        pending.append((key.0, key.1, value))
    }

    mutating func endObject(_ firstPending: Int, keysAscend: Bool, keysAreASCII: Bool) throws(JSONRepeatedKey) -> JSONValue {
        var members = [String: JSONValue](minimumCapacity: pending.count - firstPending)
        for (key, offset, value) in pending[firstPending...] {
            if members.updateValue(value, forKey: key) != nil { throw JSONRepeatedKey(key: key, offset: offset) }
        }
        pending.removeSubrange(firstPending...)
        return .object(members)
    }
}
