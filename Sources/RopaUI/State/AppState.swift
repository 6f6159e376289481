import RopaModel

/// Everything the UI shows, in one value: `reduce` changes it, `render` draws it.
public struct AppState: Sendable {
    public var register: Register { didSet { contentToken = ChangeToken() } }
    public var session: SessionInfo { didSet { historyToken = ChangeToken() } }
    public var language: Language {
        didSet {
            contentToken = ChangeToken()
            historyToken = ChangeToken()
        }
    }
    /// The day findings and reviews are measured against.
    public var asOf: CalendarDate { didSet { contentToken = ChangeToken() } }
    public var size: Size

    /// Replaced whenever what the entity, review and findings lists are made of changes (the register,
    /// its findings, the language, the day), and `historyToken` whenever the History list's does: the
    /// current list is kept in `listCache` between keys for as long as its token is the same.
    private(set) var contentToken = ChangeToken()
    private(set) var historyToken = ChangeToken()
    var listCache: ListCache?

    public var section: Section = .overview
    public var lists: [Section: ListState] = [:]
    public var stack: [Screen] = []
    public var modal: Modal?
    public var status: (text: String, isError: Bool)?

    public private(set) var findings: [Finding] = []
    /// Undo and redo stacks of whole registers (values share storage, so a step is cheap).
    public private(set) var undoStack: [(register: Register, revision: Int)] = []
    public private(set) var redoStack: [(register: Register, revision: Int)] = []
    /// Increases with every change; the register is saved when it equals `savedRevision`.
    public private(set) var revision = 0
    public private(set) var savedRevision = 0
    private var nextRevision = 1
    /// The version marked in History for comparing two versions.
    public var historyMark: String? { didSet { historyToken = ChangeToken() } }
    /// Set when the user chose "save" in the quit dialog: quit once the save is done.
    public var quitAfterSave = false

    public static let undoLimit = 500

    public init(register: Register, session: SessionInfo, language: Language = .en, asOf: CalendarDate = .today(),
                size: Size = Size(columns: 100, rows: 30)) {
        self.register = register
        self.session = session
        self.language = language
        self.asOf = asOf
        self.size = size
        for section in Section.allCases { lists[section] = ListState() }
        refreshFindings()
    }

    public var isDirty: Bool { revision != savedRevision }
    public var isReadOnly: Bool { session.readOnlyReason != nil }

    public func text(_ en: String, _ sv: String) -> String { language == .sv ? sv : en }

    mutating func refreshFindings() {
        findings = Validator(register: register, asOf: asOf).findings()
        contentToken = ChangeToken()
    }

    /// Applies a change to the register as one undoable step.
    mutating func commit(_ newRegister: Register) {
        guard newRegister != register else { return }
        undoStack.append((register, revision))
        if undoStack.count > AppState.undoLimit { undoStack.removeFirst() }
        redoStack.removeAll()
        register = newRegister
        revision = nextRevision
        nextRevision += 1
        refreshFindings()
    }

    mutating func undo() -> Bool {
        guard let previous = undoStack.popLast() else { return false }
        redoStack.append((register, revision))
        register = previous.register
        revision = previous.revision
        refreshFindings()
        return true
    }

    mutating func redo() -> Bool {
        guard let next = redoStack.popLast() else { return false }
        undoStack.append((register, revision))
        register = next.register
        revision = next.revision
        refreshFindings()
        return true
    }

    /// Marks the current register as written to disk.
    mutating func markSaved() {
        savedRevision = revision
    }

    /// Replaces the register after a restore: a saved state, with nothing to undo into.
    mutating func replaceRegister(_ newRegister: Register) {
        register = newRegister
        undoStack.removeAll()
        redoStack.removeAll()
        revision = nextRevision
        nextRevision += 1
        savedRevision = revision
        refreshFindings()
    }

    var list: ListState {
        get { lists[section] ?? ListState() }
        set { lists[section] = newValue }
    }

    /// The token of what a section's table is made of.
    func listToken(for section: Section) -> ChangeToken {
        section == .history ? historyToken : contentToken
    }

    /// The current section's visible rows, built on first use and kept in `listCache`.
    mutating func visibleRows() -> VisibleRows {
        var cache = currentListCache()
        listCache = nil
        let rows = cache.visibleRows(list)
        listCache = cache
        return rows
    }

    /// The same for drawing, which keeps nothing: from the cache `reduce` left when it is current.
    func currentVisibleRows() -> VisibleRows {
        var cache = currentListCache()
        return cache.visibleRows(list)
    }

    private func currentListCache() -> ListCache {
        let token = listToken(for: section)
        if let listCache, listCache.section == section, listCache.token === token { return listCache }
        return ListCache(section: section, token: token, table: Tables.table(for: section, self))
    }
}

/// Work the pure core asks its driver to do; the result comes back as an `Event`.
public enum Effect: Equatable, Sendable {
    case save(message: String)
    case quit
    case loadDiff(from: String?, to: String, title: String)
    case restore(hash: String)
    /// Long text in `$EDITOR`; the result returns as `.editorFinished`.
    case openEditor(text: String)
    case export(path: String)
}
