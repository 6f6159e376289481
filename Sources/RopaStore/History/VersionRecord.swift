import RopaJSON

/// One saved version: who, when, why, on top of which version(s), and which files it changed.
/// Its name is the SHA-256 of its canonical bytes, so the parent links form a chain `verify` can check.
public struct VersionRecord: Codable, Equatable, Sendable {
    /// Hashes of the versions this one builds on: none for the first, two or more for a merge.
    public var parents: [String]
    /// UTC, ISO 8601 to the second.
    public var time: String
    public var author: String
    public var message: String
    /// Files this version writes, relative to its first parent: path → object hash.
    public var changes: [String: String]
    /// Files this version deletes, relative to its first parent.
    public var removed: [String]
    public var schemaVersion: Int
    /// The schema versions a record may name: a sane range, so a planted number is refused as it is read.
    static let schemaVersions = 1...1000

    public init(parents: [String], time: String, author: String, message: String,
                changes: [String: String], removed: [String], schemaVersion: Int) {
        self.parents = parents
        self.time = time
        self.author = author
        self.message = message
        self.changes = changes
        self.removed = removed
        self.schemaVersion = schemaVersion
    }

    public func canonicalBytes() throws -> [UInt8] {
        CanonicalJSON.bytes(try JSONValueEncoder().encode(self))
    }
}

/// A version as shown to people: its place in the history with its record.
public struct Version: Equatable, Sendable {
    public let number: Int
    public let hash: String
    public let record: VersionRecord
    /// How the version is named to people: its number, with a short hash when another branch has a version
    /// of the same number (`2·a6c5`). Either form names it wherever a version is asked for.
    public let label: String

    public var shortHash: String { String(hash.prefix(12)) }
}
