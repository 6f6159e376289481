import Foundation
import RopaExport
import RopaModel
import RopaStore
import RopaUI

/// Does the work the pure core asks for: saving, diffs, restores and exports, through the store.
/// Holds the register's write lock for as long as the UI has the register open for editing.
public final class AppDriver: EffectDriver {
    public private(set) var store: RegisterStore
    private let author: String
    /// Whether the UI may write: it holds the register's lock for the session.
    private var canWrite: Bool { store.isLockedForSession }
    /// Checks of the findings running on another thread.
    private let background = BackgroundWork()

    public init(store: RegisterStore, author: String) {
        self.store = store
        self.author = author
    }

    /// Opens a register for the UI: locked for editing, or read-only with the reason when another
    /// editor holds it.
    public static func open(path: String, environment: [String: String], language: Language) throws -> (AppState, AppDriver) {
        // The history is read when a method needs it (a save, History, a diff, a restore) and checked then:
        // the first frame needs only its head, which `.ropa-history` gives as it does to `ropa log -n 1`.
        let store = try RegisterStore(folder: path, deferringHistory: true)
        var readOnlyReason: String?
        do {
            try store.lockForSession()
        } catch let error as StoreError {
            if case .locked(_, let holder) = error {
                readOnlyReason = (language == .sv ? "redigeras av " : "being edited by ") + holder.text(language)
            } else {
                throw error
            }
        }
        let register = try store.load()
        let newest = try store.newestVersions(1)
        let session = SessionInfo(path: store.folder, versions: newest.versions.map(summary), readOnlyReason: readOnlyReason,
                                  versionsAreComplete: newest.count == newest.versions.count)
        // The findings are checked once the first frame is drawn (`Event.started`), on another thread.
        var state = AppState(register: register, session: session, language: language, deferringFindings: true)
        if let readOnlyReason {
            state.status = ((language == .sv ? "Skrivskyddat: " : "Read-only: ") + readOnlyReason, true)
        } else if let recovery = try RecoveryFile.read(from: store.folder) {
            _ = reduce(&state, .recovered(time: recovery.time, register: recovery.register))
        }
        return (state, AppDriver(store: store, author: Author.current(environment: environment, folder: store.folder)))
    }

    static func versions(of store: RegisterStore) -> [VersionSummary] {
        store.history.versions.map(summary)
    }

    static func summary(_ version: Version) -> VersionSummary {
        VersionSummary(number: version.number, hash: version.hash, time: version.record.time, author: version.record.author,
                       message: version.record.message, parents: version.record.parents, label: version.label)
    }

    /// Performs an effect and returns the event that reports its result (nil for effects the
    /// terminal handles itself: quitting and the external editor).
    public func perform(_ effect: Effect, state: AppState) -> Event? {
        do {
            switch effect {
            case .save(let message):
                guard canWrite else { return .failed(state.text("Read-only: not saved", "Skrivskyddat: inte sparat")) }
                let numbering = try store.wholeHistory().numbering
                let saved: RegisterStore.SaveResult
                do {
                    guard let result = try store.save(state.register, message: message, author: author) else { return .nothingToSave }
                    saved = result
                } catch StoreError.changedOnDisk(_, let files) {
                    return .changedOnDisk(files)
                }
                try? RecoveryFile.remove(from: store.folder)
                // When the history only added the new version after those the UI lists, the UI adds it to
                // its list; listing every version again made a save slower as the history grew.
                let history = store.history
                let listed = state.session.versions
                if state.session.versionsAreComplete, history.numbering == numbering, listed.count == history.count - 1, history.ordered.last == saved.version.hash,
                   listed.last?.hash == (history.count >= 2 ? history.ordered[history.count - 2] : nil) {
                    return .savedAs(AppDriver.summary(saved.version))
                }
                return .saved(versions: AppDriver.versions(of: store))
            case .reload:
                let register = try store.reload()
                return .reloaded(register, versions: AppDriver.versions(of: store))
            case .discardRecovery:
                try RecoveryFile.remove(from: store.folder)
                return nil
            case .loadDiff(let from, let to, let title):
                let files = try store.wholeHistory().differingFiles(from: from, to: to)
                let changes = StructuralDiff.changes(from: files.before, to: files.after)
                return .diffLoaded(title: title, lines: changes.map { AppDriver.line($0, register: state.register, language: state.language) })
            case .loadNotice(let width):
                return AppDriver.notice(width: width, state: state)
            case .restore(let hash):
                guard canWrite else { return .failed(state.text("Read-only: not restored", "Skrivskyddat: inte återställt")) }
                _ = try store.restore(hash, message: nil, author: author, language: state.language)
                return .restored(try store.load(), versions: AppDriver.versions(of: store))
            case .export(let path) where NoticeScreen.isNoticePath(path):
                return .exported(try NoticeScreen.export(state.register, language: state.language, to: path).joined(separator: ", "))
            case .export(let path):
                let request = try exportRequest(for: path, state: state)
                // From the UI a path names where the file goes: missing folders are made (owner-only).
                let folder = path.hasSuffix("/") ? path : FileIO.parentFolder(of: path)
                if !folder.isEmpty, FileIO.kind(folder) == .missing {
                    try Exporter.refuseInsideRegister(path)
                    try FileIO.makeFolder(folder)
                }
                let written = try Exporter.write(state.register, request: request, to: path)
                return .exported(written.map(AppDriver.absolute).joined(separator: ", "))
            case .loadVersions:
                return .versionsLoaded(try store.wholeHistory().versions.map(AppDriver.summary))
            case .checkFindings:
                let check = state.findingsCheck
                background.start { check.run() }
                return nil
            case .quit, .openEditor:
                return nil
            }
        } catch {
            return .failed(state.describe(error))
        }
    }

    /// Keeps unsaved edits when the session is stopped, for the next `ropa PATH` to offer back.
    public func writeRecovery(_ state: AppState) {
        guard canWrite, state.isDirty else { return }
        try? RecoveryFile(time: Timestamp.now(), head: state.session.head?.hash, register: state.register).write(to: store.folder)
    }

    public func finishedEvents() -> [Event] {
        background.take()
    }

    public var isWorking: Bool { background.isRunning }

    /// Waits for the background work under way, and returns its events (for measuring how long it takes).
    public func waitForFinishedEvents() -> [Event] {
        background.take(waiting: true)
    }

    public func close() {
        store.unlock()
    }
}

extension AppDriver {
    /// The export a path asks for: .csv (a folder ending in / gets every table), .md, .json, .docx or .html.
    func exportRequest(for path: String, state: AppState) throws -> ExportRequest {
        let lower = path.lowercased()
        let format: ExportFormat
        var tables: [CSVTable] = [.activities]
        if lower.hasSuffix(".csv") {
            format = .csv
        } else if lower.hasSuffix("/") {
            format = .csv
            tables = CSVTable.allCases
        } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            format = .markdown
        } else if lower.hasSuffix(".json") {
            format = .json
        } else if lower.hasSuffix(".docx") {
            format = .docx
        } else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") {
            format = .html
        } else {
            throw EditError.invalid(LocalizedText(BilingualText(
                en: "name a .csv, .md, .json, .docx or .html file, or a folder ending in / for every CSV table",
                sv: "ange en .csv-, .md-, .json-, .docx- eller .html-fil, eller en mapp som slutar på / för alla CSV-tabeller")))
        }
        let version = state.session.head.map { ExportVersion(number: $0.number, hash: $0.hash, hasUnrecordedChanges: state.isDirty) }
        var request = ExportRequest.simple(format, language: state.language, date: state.asOf, version: version)
        request.tables = tables
        // The findings the UI shows are the register's on this day: the document's appendix takes them.
        request.markdown.findings = state.currentFindings
        // A Swedish user's CSV opens in Swedish Excel as it is: `;` between fields and a byte order mark.
        if format == .csv && state.language == .sv { request.csv = CSVOptions.excel(language: .sv) }
        return request
    }

    /// The Notice view (`N`): the privacy notice of the register as it is now, in lines for the screen.
    public static func notice(width: Int, state: AppState) -> Event {
        .diffLoaded(title: NoticeScreen.title(state.language), lines: NoticeScreen.lines(state.register, language: state.language, width: width))
    }

    /// A change of the store's diff as History shows it: in the form's labels (see `ChangeText`).
    static func line(_ change: Change, register: Register, language: Language) -> String {
        guard let kind = change.kind, let field = change.field else { return change.describe(language) }
        let action: ChangeText.Action
        switch change.action {
        case .added: action = .added
        case .removed: action = .removed
        case .modified: action = .modified
        case .reordered: action = .reordered
        }
        return ChangeText.line(kind: kind, entityName: change.entityName, field: field, action: action, old: change.old, new: change.new,
                               register: register, language: language)
    }

    /// The full path of a written file, so the user knows where to find it.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
