import RopaJSON
import RopaModel

/// Everything the UI shows, in one value: `reduce` changes it, `render` draws it. It is made of the
/// register being edited (`edits`), each screen's own model (`lists`, `stack`, `modal`), and, apart, the
/// caches that only make it fast (`caches`).
public struct AppState: Sendable {
    /// The register, what is on disk, and the undo and redo steps between them.
    public private(set) var edits: RegisterEdits

    public var register: Register {
        get { edits.register }
        set {
            edits.register = newValue
            registerReplaced()
            findingsAreCurrent = false
        }
    }
    /// The register as it is on disk (last loaded or saved): unsaved edits are the difference to it.
    public var baseRegister: Register { edits.base }
    public var session: SessionInfo { didSet { caches.historyToken = ChangeToken() } }
    public var language: Language {
        didSet {
            caches.contentToken = ChangeToken()
            caches.historyToken = ChangeToken()
        }
    }
    /// The day findings and reviews are measured against.
    public var asOf: CalendarDate {
        didSet {
            caches.contentToken = ChangeToken()
            findingsAreCurrent = false
            findingsGeneration &+= 1
        }
    }
    public var size: Size

    /// What is kept between keys only to be fast (lists, form rows, earlier validations): apart from
    /// what the user sees, and made again whenever missing or stale.
    var caches = ViewCaches()

    public var section: Section = .overview
    public var lists: [Section: ListState] = [:]
    public var stack: [Screen] = []
    public var modal: Modal?
    public var status: (text: String, isError: Bool)?

    public internal(set) var findings: [Finding] = []
    /// Whether `findings` are those of the register as it is now, on `asOf`: not after the register or
    /// the day was set directly (a draft is shown that way) until they are worked out again.
    var findingsAreCurrent = false
    /// The findings when they are current: an export can take them instead of validating again.
    public var currentFindings: [Finding]? { findingsAreCurrent && !findingsPending ? findings : nil }
    /// Whether the findings are still being checked on another thread (a register opened with
    /// `deferringFindings`): the screens say so instead of showing none, and edits do not validate.
    public internal(set) var findingsPending = false
    /// Counts the changes of what findings are made of (the register, the day): a check's result is
    /// shown only for the generation it was made from (see `FindingsCheck`).
    public internal(set) var findingsGeneration = 0
    /// The version marked in History for comparing two versions.
    public var historyMark: String? { didSet { caches.historyToken = ChangeToken() } }
    /// Set while the privacy notice is being made: the text that arrives is shown as a text to read.
    var noticeRequested = false
    /// Set when the user chose "save" in the quit dialog: quit once the save is done.
    public var quitAfterSave = false

    /// `deferringFindings` leaves the findings to be checked on another thread (`findingsCheck`), so that
    /// the first frame of a large register is drawn without waiting for them.
    public init(register: Register, session: SessionInfo, language: Language = .en, asOf: CalendarDate = .today(),
                size: Size = Size(columns: 100, rows: 30), deferringFindings: Bool = false) {
        self.edits = RegisterEdits(register)
        self.session = session
        self.language = language
        self.asOf = asOf
        self.size = size
        for section in Section.allCases { lists[section] = ListState() }
        findingsPending = deferringFindings
        refreshFindings()
    }

    public var isDirty: Bool { edits.isDirty }

    /// What lists and forms are made of changed: the caches made from the old register are stale.
    private mutating func registerReplaced() {
        caches.contentToken = ChangeToken()
        caches.idsToken = ChangeToken()
        findingsGeneration &+= 1
    }
    public var isReadOnly: Bool { session.readOnlyReason != nil }

    public func text(_ en: String, _ sv: String) -> String { language == .sv ? sv : en }

    /// An error in the UI's language: store, export and JSON errors say it in Swedish too.
    public func describe(_ error: Error) -> String {
        (error as? LocalizedDescription)?.description(language) ?? "\(error)"
    }

    mutating func refreshFindings(editedActivity: Int? = nil) {
        // While a check runs on another thread its result, or the next check's, brings them: validating
        // here would wait for that thread (the memo is shared) and hold up the key.
        guard !findingsPending else {
            caches.contentToken = ChangeToken()
            return
        }
        // Let go of the old findings first: the memo then updates the list it returned last in place
        // instead of copying 16 000 findings to change one activity's.
        findings = []
        // After a direct change of the register the edited activity may not be the only change.
        let edited = findingsAreCurrent ? editedActivity : nil
        findings = Validator(register: register, asOf: asOf).findings(memo: caches.validationMemo, editedActivity: edited)
        findingsAreCurrent = true
        caches.contentToken = ChangeToken()
    }

    /// Applies a change to the register as one undoable step. `edited` names the one entity the new
    /// register differs in (an edit in a form, through `RegisterEditing.replacing`): then only it is
    /// compared, validated again and listed again, not every entity of a large register.
    mutating func applyUndoableEdit(_ newRegister: Register, edited ref: EntityRef? = nil) {
        var editedActivity: Int?
        if let ref, ref.kind == .activity, let index = Register.position(in: newRegister.activities, id: ref.id),
           register.activities.count == newRegister.activities.count, register.activities[index].id == ref.id {
            guard register.activities[index] != newRegister.activities[index] else { return }
            editedActivity = index
        } else {
            guard newRegister != register else { return }
        }
        let before = caches.contentToken
        let ids = caches.idsToken
        edits.commit(newRegister)
        registerReplaced()
        guard let editedActivity else {
            refreshFindings()
            return
        }
        caches.idsToken = ids
        followActivityEdit(at: editedActivity, from: before)
    }

    /// Replaces an entity with a JSON value, decoded and checked as that kind of entity, as one undoable
    /// step. An activity that keeps its id is replaced in place: building a new register copied all
    /// 10 000 activities of a large one for every field stored.
    mutating func applyUndoableEdit(replacing ref: EntityRef, with value: JSONValue) throws {
        guard ref.kind == .activity, let index = Register.position(in: register.activities, id: ref.id) else {
            applyUndoableEdit(try RegisterEditing.replacing(ref, with: value, in: register), edited: ref)
            return
        }
        let activity = try RegisterEditing.activity(from: value)
        guard activity.id == ref.id else {
            applyUndoableEdit(try RegisterEditing.replacing(ref, with: value, in: register), edited: ref)
            return
        }
        guard activity != register.activities[index] else { return }
        let before = caches.contentToken
        let ids = caches.idsToken
        edits.commit(activity, at: index)
        registerReplaced()
        caches.idsToken = ids
        followActivityEdit(at: index, from: before)
    }

    /// After an edit of the activity at `index` in place: its findings are checked again, and the list
    /// follows the edit when no other activity's findings can have changed.
    private mutating func followActivityEdit(at index: Int, from before: ChangeToken) {
        refreshFindings(editedActivity: index)
        if !findingsPending, caches.validationMemo.lastValidationFollowedEdit {
            caches.activityEdits.append(ActivityEdit(before: before, after: caches.contentToken, index: index))
            if caches.activityEdits.count > 32 { caches.activityEdits.removeFirst() }
        }
    }

    mutating func undo() -> Bool {
        guard edits.undo() else { return false }
        registerReplaced()
        refreshFindings()
        return true
    }

    mutating func redo() -> Bool {
        guard edits.redo() else { return false }
        registerReplaced()
        refreshFindings()
        return true
    }

    /// Marks the current register as written to disk.
    mutating func markSaved() {
        edits.markSaved()
    }

    /// Takes the register on disk as the new base and re-applies the unsaved edits onto it.
    mutating func rebase(onto theirs: Register) -> RegisterRebase.Result {
        let result = edits.rebase(onto: theirs)
        registerReplaced()
        refreshFindings()
        return result
    }

    /// Replaces the register after a restore: a saved state, with nothing to undo into.
    mutating func replaceRegister(_ newRegister: Register) {
        edits.replace(with: newRegister)
        registerReplaced()
        refreshFindings()
    }

    var list: ListState {
        get { lists[section] ?? ListState() }
        set { lists[section] = newValue }
    }

    /// The rows of an entity's form, from `formCache` when it is current.
    func formRows(for ref: EntityRef) -> [FormRow] {
        if let formCache = caches.formCache, formCache.ref == ref, formCache.token === caches.contentToken { return formCache.rows }
        let kinds = caches.idKinds.flatMap { $0.token === caches.idsToken ? $0.kinds : nil }
        return FormLayout.rows(for: ref, in: register, language: language, kinds: kinds)
    }

    /// The same, keeping them in `formCache` (and the kinds of ids in `idKinds`).
    mutating func cachedFormRows(for ref: EntityRef) -> [FormRow] {
        if caches.idKinds?.token !== caches.idsToken {
            var kinds: [String: EntityKind] = [:]
            kinds[register.organisation.id] = .organisation
            func add<T: RegisterEntity>(_ list: [T], _ kind: EntityKind) {
                for entity in list where kinds[entity.id] == nil { kinds[entity.id] = kind }
            }
            add(register.activities, .activity)
            add(register.processors, .processor)
            add(register.transfers, .transfer)
            add(register.jointControllers, .jointController)
            add(register.securityMeasures, .securityMeasure)
            caches.idKinds = (caches.idsToken, kinds)
        }
        let rows = formRows(for: ref)
        caches.formCache = (caches.contentToken, ref, rows)
        return rows
    }

    /// The token of what a section's table is made of.
    func listToken(for section: Section) -> ChangeToken {
        section == .history ? caches.historyToken : caches.contentToken
    }

    /// The current section's visible rows, built on first use and kept in `listCache`.
    mutating func visibleRows() -> VisibleRows {
        var cache = currentListCache()
        caches.listCache = nil
        let rows = cache.visibleRows(list)
        caches.listCache = cache
        return rows
    }

    /// The same for drawing, which keeps nothing: from the cache `reduce` left when it is current (of
    /// another state of the current list when given).
    func currentVisibleRows(_ other: ListState? = nil) -> VisibleRows {
        var cache = currentListCache()
        return cache.visibleRows(other ?? list)
    }

    private func currentListCache() -> ListCache {
        let token = listToken(for: section)
        if let listCache = caches.listCache, listCache.section == section {
            if listCache.token === token { return listCache }
            // The activity list after edits of single activities: only their rows are made again.
            if section == .activities, let edited = editedActivities(from: listCache.token, to: token),
               !findings.contains(where: { $0.code == .duplicateID && edited.map { register.activities[$0].id }.contains($0.entityID) }) {
                var updated = listCache
                let counts = Tables.gapCounts(findings, for: Set(edited.map { register.activities[$0].id }))
                updated.replaceRows(edited.map { ($0, Tables.activityRow(register.activities[$0], gaps: Tables.gapsCell(counts[register.activities[$0].id], self),
                                                                          language: language)) },
                                    token: token)
                return updated
            }
        }
        return ListCache(section: section, token: token, table: Tables.table(for: section, self))
    }

    /// The positions of the activities edited between two content tokens, when nothing else changed.
    private func editedActivities(from start: ChangeToken, to end: ChangeToken) -> [Int]? {
        var token = start
        var indices: [Int] = []
        for edit in caches.activityEdits where edit.before === token {
            indices.append(edit.index)
            token = edit.after
        }
        guard token === end, !indices.isEmpty, indices.allSatisfy(register.activities.indices.contains) else { return nil }
        return indices
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
    /// The privacy notice as the register is now, as lines of at most `width` columns; shown when it
    /// returns as `.diffLoaded`.
    case loadNotice(width: Int)
    /// Read the register again from disk (after `changedOnDisk`).
    case reload
    /// The recovered edits were taken or refused: remove the recovery file.
    case discardRecovery
    /// Check the findings of the register as it is now (`AppState.findingsCheck`), away from the keys;
    /// the result returns as `.findingsChecked`.
    case checkFindings
    /// Read every version of the history, for History (the register was opened knowing only the head);
    /// the result returns as `.versionsLoaded`.
    case loadVersions
}
