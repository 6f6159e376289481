import Foundation
import RopaExport
import RopaModel
import RopaStore

/// Does the work the pure core asks for: saving, diffs, restores and exports, through the store.
/// Holds the register's write lock for as long as the UI has the register open for editing.
public final class AppDriver {
    public let store: RegisterStore
    private var lock: RegisterLock?
    private let author: String

    public init(store: RegisterStore, lock: RegisterLock?, author: String) {
        self.store = store
        self.lock = lock
        self.author = author
    }

    /// Opens a register for the UI: locked for editing, or read-only with the reason when another
    /// editor holds it.
    public static func open(path: String, environment: [String: String], language: Language) throws -> (AppState, AppDriver) {
        let store = try RegisterStore(folder: path)
        var lock: RegisterLock?
        var readOnlyReason: String?
        do {
            lock = try RegisterLock.acquire(folder: store.folder)
        } catch let error as StoreError {
            if case .locked(_, let holder) = error {
                readOnlyReason = (language == .sv ? "redigeras av " : "being edited by ") + holder
            } else {
                throw error
            }
        }
        let register = try store.load()
        let session = SessionInfo(path: store.folder, versions: versions(of: store), readOnlyReason: readOnlyReason)
        let state = AppState(register: register, session: session, language: language)
        return (state, AppDriver(store: store, lock: lock, author: Author.current(environment: environment)))
    }

    static func versions(of store: RegisterStore) -> [VersionSummary] {
        store.history.versions.map { version in
            VersionSummary(number: version.number, hash: version.hash, time: version.record.time, author: version.record.author,
                           message: version.record.message, parents: version.record.parents)
        }
    }

    /// Performs an effect and returns the event that reports its result (nil for effects the
    /// terminal handles itself: quitting and the external editor).
    public func perform(_ effect: Effect, state: AppState) -> Event? {
        do {
            switch effect {
            case .save(let message):
                guard lock != nil else { return .failed(state.text("Read-only: not saved", "Skrivskyddat: inte sparat")) }
                guard try store.save(state.register, message: message, author: author) != nil else { return .nothingToSave }
                return .saved(versions: AppDriver.versions(of: store))
            case .loadDiff(let from, let to, let title):
                let old = try from.map { try store.history.files(at: $0) } ?? [:]
                let changes = StructuralDiff.changes(from: old, to: try store.history.files(at: to))
                return .diffLoaded(title: title, lines: changes.map { $0.describe(state.language) })
            case .restore(let hash):
                guard lock != nil else { return .failed(state.text("Read-only: not restored", "Skrivskyddat: inte återställt")) }
                _ = try store.restore(hash, message: nil, author: author)
                return .restored(try store.load(), versions: AppDriver.versions(of: store))
            case .export(let path):
                let bytes = try RegisterExport.bytes(state.register, path: path)
                try FileIO.writeAtomically(bytes, to: path)
                return .exported(path)
            case .quit, .openEditor:
                return nil
            }
        } catch {
            return .failed("\(error)")
        }
    }

    public func close() {
        lock?.release()
        lock = nil
    }
}

/// Chooses the export format from a file's extension.
enum RegisterExport {
    static func bytes(_ register: Register, path: String) throws -> [UInt8] {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return try JSONExporter.export(register) }
        throw StoreError.invalidEdit("export to \(path): name a .json file")
    }
}
