/// What `.ropa-index` keeps of the history behind its head, so that a walk back from the head answers for a
/// file last written long before the version it looks for (a sheet exported at version 1 000 names an
/// activity written at version 1): for the newest versions along the head's first parents, each path their
/// record changed as the version's first parent had it, with the version that wrote it (the index's entries
/// name the writer of each head file, see `StatIndex.Entry.writer`). A version record says what a version
/// wrote, never what it replaced; without this the walk reads back to the version that wrote the file, which
/// on a long history is reading it whole.
///
/// Kept only beside the head it describes (`StatIndex.head`), brought forward by every save the index
/// follows, and worked out again whenever the history is read whole. Like the rest of the index it is local,
/// trusted for speed, and every object it leads to is checked against its hash.
public struct PathLineage: Equatable, Sendable {
    /// A path's object, and the version whose record wrote it: the pack to read it from.
    public struct State: Equatable, Sendable {
        public let object: String
        public let writer: String

        public init(object: String, writer: String) {
            self.object = object
            self.writer = writer
        }
    }

    /// What one version's record replaced: each path it changed or removed, as its first parent had it
    /// (nil: the parent had no such file).
    public struct Replaced: Equatable, Sendable {
        public let version: String
        public let states: [String: State?]

        public init(version: String, states: [String: State?]) {
            self.version = version
            self.states = states
        }
    }

    /// The newest versions along the head's first parents, oldest first, the head last: at most `depth`.
    public var replaced: [Replaced]

    /// As many versions as a walk through the caches reads before it reads the history whole.
    public static let depth = 64

    public init(replaced: [Replaced] = []) {
        self.replaced = replaced
    }

    /// The lineage of `version`, recorded on top of the head this lineage describes with `changes`
    /// (path → object) and `removed`; `previous` gives a path's state at that head (nil: absent). Nil when
    /// a changed path's state there is not known in full.
    public func advanced(to version: String, previous: (String) -> (object: String, writer: String?)?,
                         changes: [String: String], removed: [String]) -> PathLineage? {
        var states: [String: State?] = [:]
        for path in Array(changes.keys) + removed {
            guard let (object, writer) = previous(path) else {
                states[path] = .some(nil)
                continue
            }
            guard let writer else { return nil }
            states[path] = State(object: object, writer: writer)
        }
        var next = self
        next.replaced.append(Replaced(version: version, states: states))
        if next.replaced.count > PathLineage.depth { next.replaced.removeFirst(next.replaced.count - PathLineage.depth) }
        return next
    }

    /// What `version`'s record replaced, when it is among the versions kept.
    func replaced(by version: String) -> [String: State?]? {
        replaced.last { $0.version == version }?.states
    }
}
