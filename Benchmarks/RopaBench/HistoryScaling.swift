import Foundation
import RopaStore
import RopaUI
import RopaUIDriver

/// "Costs grow with what changed, not with history length": the same one-field save on the same register
/// with 100 versions of history and with 10 000.
struct HistoryScaling {
    let cache: String
    let work: String
    let activities: Int
    let processors: Int
    let seed: UInt64
    let runs: Int
    let log: (String) -> Void

    static let shortHistory = 100
    static let longHistory = 10_000

    /// A folder in memory (tmpfs) for the copies, when there is one. This comparison is about the work a
    /// save does as history grows; on this machine's ext4 (no journal) creating a file right after many
    /// were deleted or created costs milliseconds that vary from save to save and would drown it. The
    /// save figures of the main table are taken on the disk.
    static var memoryFolder: String? {
        let shm = "/dev/shm"
        return FileIO.kind(shm) == .folder && access(shm, W_OK) == 0 ? shm : nil
    }

    func measure() throws -> [Measurement] {
        let options = GenerationOptions(activities: activities, processors: processors, versions: Self.shortHistory, seed: seed)
        let short = "\(cache)/\(options.cacheName)"
        if FileIO.kind(short) == .missing {
            log("generating \(activities) activities with \(Self.shortHistory) versions for the history-length comparison")
            try RegisterFolder.generate(options, into: short, log: log)
        }
        let long = "\(cache)/\(options.cacheName)-extended-\(Self.longHistory)"
        if FileIO.kind(long) == .missing {
            log("extending it to \(Self.longHistory) versions (cached in \(long))")
            let partial = long + ".partial"
            if FileIO.kind(partial) != .missing { try FileManager.default.removeItem(atPath: partial) }
            try FileManager.default.copyItem(atPath: short, toPath: partial)
            try RegisterFolder.extend(partial, toVersions: Self.longHistory, seed: seed, log: log)
            try FileManager.default.moveItem(atPath: partial, toPath: long)
        }
        let (atShort, atLong) = try interleavedSaves(short: short, long: long)
        let ratio = Summary(atLong).median / max(0.0001, Summary(atShort).median)
        return [
            Measurement("save.history\(Self.shortHistory)", "save at \(Self.shortHistory) versions (\(activities) activities, no fsync)", samples: atShort),
            Measurement("save.history\(Self.longHistory)", "save at \(Self.longHistory) versions (\(activities) activities, no fsync)", samples: atLong),
            Measurement("save.historyRatio", "save at \(Self.longHistory) ÷ at \(Self.shortHistory) versions (medians)", unit: .ratio, samples: [ratio],
                        note: "history length: one-field saves alternating between copies of one register with \(Self.shortHistory) and \(Self.longHistory) versions"
                            + (Self.memoryFolder.map { ", in \($0) (tmpfs)" } ?? "")),
        ]
    }

    /// One-field saves on fresh copies of both registers, one on each in turn, so that both see the same
    /// machine and file system (creating files on ext4 is slow for a while after many were deleted, so
    /// both copies are made before and removed after all the saves). Without fsync, so the disk's noise
    /// does not hide the work.
    private func interleavedSaves(short: String, long: String) throws -> ([Double], [Double]) {
        let base = Self.memoryFolder ?? work
        let folders = ["\(base)/ropa-bench-\(getpid())-short", "\(base)/ropa-bench-\(getpid())-long"]
        for (source, folder) in zip([short, long], folders) {
            if FileIO.kind(folder) != .missing { try FileManager.default.removeItem(atPath: folder) }
            try FileManager.default.copyItem(atPath: source, toPath: folder)
        }
        defer { for folder in folders { try? FileManager.default.removeItem(atPath: folder) } }
        var sessions = try folders.map { try OpeningSession.withFindings($0) }
        defer { for session in sessions { session.1.close() } }
        return try FileIO.$writing.withValue(.unsynced) {
            var random = SeededRandom(seed: 11)
            var samples: [[Double]] = [[], []]
            for run in 0..<runs {
                let index = random.int(below: sessions[0].0.register.activities.count)
                for which in sessions.indices {
                    sessions[which].0.register.activities[index].notes = "Ändrad i mätning \(run)."
                    let start = Clock.now()
                    guard let event = sessions[which].1.perform(.save(message: "Mätning \(run)"), state: sessions[which].0) else {
                        throw BenchError("save returned nothing")
                    }
                    _ = reduce(&sessions[which].0, event)
                    samples[which].append(Clock.milliseconds(since: start))
                    if case .failed(let message) = event { throw BenchError("save failed: \(message)") }
                }
            }
            return (samples[0], samples[1])
        }
    }
}
