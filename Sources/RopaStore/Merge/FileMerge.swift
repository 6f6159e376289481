import RopaJSON

/// The three-way merge of one register file's bytes, as the git merge driver and `ropa verify` do it.
/// A side equal to the ancestor gives the other side's bytes unchanged; otherwise the JSON values are
/// merged field by field and written canonically.
public enum FileMerge {
    public struct Result: Equatable {
        /// The merged file; nil when the merge removes it.
        public let bytes: [UInt8]?
        public let conflicts: [MergeConflict]
    }

    /// `nil` (or empty) for a side where the file does not exist. Throws `StoreError.syntax` when a side is
    /// not JSON: such a file cannot be merged by field.
    public static func merge(base: [UInt8]?, mine: [UInt8]?, theirs: [UInt8]?, path: String) throws -> Result {
        let base = base.flatMap { $0.isEmpty ? nil : $0 }, mine = mine.flatMap { $0.isEmpty ? nil : $0 }
        let theirs = theirs.flatMap { $0.isEmpty ? nil : $0 }
        if mine == theirs { return Result(bytes: mine, conflicts: []) }
        if base == mine { return Result(bytes: theirs, conflicts: []) }
        if base == theirs { return Result(bytes: mine, conflicts: []) }
        func parse(_ bytes: [UInt8]?) throws -> JSONValue? {
            try bytes.map { try RegisterCodec.parse($0, path: path) }
        }
        let merged = ThreeWayMerge.merge(base: try parse(base), mine: try parse(mine), theirs: try parse(theirs))
        return Result(bytes: merged.value.map(CanonicalJSON.bytes), conflicts: merged.conflicts)
    }
}
