import Foundation
import RopaModel
import RopaStore

/// What `ropa-bench generate` makes: sizes and seed.
struct GenerationOptions: Equatable {
    var activities = 10_000
    var processors = 500
    var versions = 1_000
    var seed: UInt64 = 1

    /// A folder name that says what is in it, for the benchmark's cache of generated registers. The
    /// suffix names the history's storage format, so that a register cached by an older ropa (loose
    /// objects) is not measured as if this one had written it.
    var cacheName: String { "a\(activities)-p\(processors)-v\(versions)-s\(seed)-\(Self.storageFormat)" }

    static let storageFormat = "packs1"
}

/// Writes a synthetic register with its history into a folder, through ropa's own store.
enum RegisterFolder {
    /// Generates into `folder`, which must not exist yet. The register is built in `folder.partial` and
    /// renamed when complete, so an interrupted run never leaves a folder that looks finished.
    static func generate(_ options: GenerationOptions, into folder: String, log: (String) -> Void) throws {
        guard FileIO.kind(folder) == .missing else { throw BenchError("\(folder) already exists: give a new folder") }
        let partial = folder + ".partial"
        if FileIO.kind(partial) != .missing { try FileManager.default.removeItem(atPath: partial) }
        let started = Clock.now()
        let plan = HistoryGenerator.plan(versions: options.versions, seed: options.seed)
        let adds = plan.joined().filter { $0 == .addActivity }.count
        let deletes = plan.joined().filter { $0 == .deleteActivity }.count

        var generator = RegisterGenerator(activities: options.activities + deletes, processors: options.processors, seed: options.seed)
        var register = generator.make()
        // Later versions add `adds` activities: keep them out of the first version (never ones a joint
        // controller lists, so that no version has a broken reference), and make `deletes` extra so the
        // head has exactly the asked-for count.
        var heldBack: [Activity] = []
        var index = register.activities.count - 1
        while heldBack.count < adds, index >= 0 {
            if register.activities[index].jointControllerIds.isEmpty {
                heldBack.insert(register.activities.remove(at: index), at: 0)
            }
            index -= 1
        }

        try FileIO.$writing.withValue(.unsynced) {
            try FileIO.makeFolder(partial)
            try FileIO.writeAtomically(try RegisterCodec.canonicalBytes(register.settings), to: "\(partial)/\(RegisterLayout.settingsFile)")
            let store = try RegisterStore(folder: partial)
            try store.lockForSession()
            defer { store.unlock() }
            _ = try store.readFiles()

            var history = HistoryGenerator(seed: options.seed &+ 1, versions: options.versions, heldBack: heldBack)
            try store.save(register, message: "Registret upprättat efter inventering av koncernens behandlingar",
                           author: HistoryGenerator.authors[2], time: history.time)
            for (number, edits) in plan.enumerated() {
                try saveVersion(edits, register: &register, history: &history, store: store)
                if (number + 2) % 100 == 0 {
                    log("  version \(number + 2)/\(options.versions) · \(Int(Clock.milliseconds(since: started) / 1000)) s")
                }
            }
            store.unlock()
            guard rename(partial, folder) == 0 else { throw BenchError("could not rename \(partial) to \(folder): \(FileIO.lastError())") }
        }
    }

    /// Adds versions to an existing register until it has `versions` (for the history-length comparison).
    /// These edits change fields only, never the number of entities.
    static func extend(_ folder: String, toVersions versions: Int, seed: UInt64, log: (String) -> Void) throws {
        try FileIO.$writing.withValue(.unsynced) {
            let store = try RegisterStore(folder: folder)
            try store.lockForSession()
            defer { store.unlock() }
            var register = try store.load()
            let existing = store.history.count
            guard versions > existing else { return }
            let plan = HistoryGenerator.plan(versions: versions - existing + 1, seed: seed &+ UInt64(existing))
                .map { $0.map { $0 == .addActivity || $0 == .deleteActivity ? .activityReviewed : $0 } }
            var history = HistoryGenerator(seed: seed &+ UInt64(existing) &+ 1, versions: versions,
                                           start: Date(timeIntervalSince1970: 1_735_689_600))
            let started = Clock.now()
            for (number, edits) in plan.enumerated() {
                try saveVersion(edits, register: &register, history: &history, store: store)
                if (existing + number + 1) % 1000 == 0 {
                    log("  version \(existing + number + 1)/\(versions) · \(Int(Clock.milliseconds(since: started) / 1000)) s")
                }
            }
        }
    }

    /// Applies a version's edits and saves them; an edit that happened to change nothing is retried
    /// with an annual review so that every planned version exists.
    private static func saveVersion(_ edits: [HistoryGenerator.Edit], register: inout Register, history: inout HistoryGenerator,
                                    store: RegisterStore) throws {
        let time = history.tick()
        let author = history.author()
        var messages = edits.map { history.apply($0, to: &register) }
        for _ in 0..<10 {
            let message = messages.count > 1 ? "\(messages[0]) (och \(messages.count - 1) till)" : messages[0]
            if try store.save(register, message: message, author: author, time: time) != nil { return }
            messages = [history.apply(.describe, to: &register)]
        }
        throw BenchError("could not make a change for a version")
    }
}

/// A failure of the benchmark itself, with a message for the person running it.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
