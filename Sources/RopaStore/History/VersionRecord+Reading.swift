import RopaJSON

extension VersionRecord {
    /// Reads a version record from its file's bytes: straight from the parsed document (no tree of
    /// `JSONValue`s, a dictionary and two strings per changed file) when it has exactly a record's fields,
    /// each of its type; anything else is parsed again into a tree and goes through `decode`, which gives
    /// the exact error. The first version's record names every file of the register.
    static func read(_ bytes: [UInt8], path: String) throws -> VersionRecord {
        if let document = try? JSONDocument(parsing: bytes),
           let (record, report) = try? JSONObjectReader.read(document, VersionRecord.init(reading:)),
           report.roundTrips, !report.sawUndeclaredKey {
            // Every field present, of its type, and no other (else encoding again would differ): what
            // `readExactly` accepts.
            return record
        }
        return try decode(try RegisterCodec.parse(bytes, path: path), path: path)
    }

    init(reading json: inout JSONObjectReader) throws {
        self.init(parents: try json.strings("parents"), time: try json.string("time"), author: try json.string("author"),
                  message: try json.string("message"), changes: try json.stringMap("changes"), removed: try json.strings("removed"),
                  schemaVersion: try json.int("schemaVersion"))
    }

    /// Reads a version record from parsed JSON: by hand when it has exactly a record's fields, each of its
    /// type, else through `Decodable`, which gives the exact error. Decoding a thousand records through
    /// `Decodable` was a fifth of a one-field `ropa set`.
    static func decode(_ value: JSONValue, path: String) throws -> VersionRecord {
        if let record = readExactly(value) { return record }
        return try RegisterCodec.decodeValue(value, path: path)
    }

    /// The record when `value` is an object with exactly the seven fields of a record, of their types; nil
    /// for anything else (including what `Decodable` would accept in another form).
    static func readExactly(_ value: JSONValue) -> VersionRecord? {
        guard case .object(let members) = value, members.count == 7,
              case .array(let parentValues) = members["parents"] ?? .null,
              case .string(let time) = members["time"] ?? .null,
              case .string(let author) = members["author"] ?? .null,
              case .string(let message) = members["message"] ?? .null,
              case .object(let changeValues) = members["changes"] ?? .null,
              case .array(let removedValues) = members["removed"] ?? .null,
              case .int(let schemaVersion) = members["schemaVersion"] ?? .null else { return nil }
        var parents: [String] = []
        parents.reserveCapacity(parentValues.count)
        for parent in parentValues {
            guard case .string(let hash) = parent else { return nil }
            parents.append(hash)
        }
        var changes: [String: String] = [:]
        changes.reserveCapacity(changeValues.count)
        for (path, object) in changeValues {
            guard case .string(let hash) = object else { return nil }
            changes[path] = hash
        }
        var removed: [String] = []
        removed.reserveCapacity(removedValues.count)
        for path in removedValues {
            guard case .string(let text) = path else { return nil }
            removed.append(text)
        }
        return VersionRecord(parents: parents, time: time, author: author, message: message,
                             changes: changes, removed: removed, schemaVersion: schemaVersion)
    }
}
