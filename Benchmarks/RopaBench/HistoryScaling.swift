import Foundation
import RopaStore
import RopaUI

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
        let atShort = try saves(copying: short, name: "short")
        let atLong = try saves(copying: long, name: "long")
        let ratio = Summary(atLong).median / max(0.0001, Summary(atShort).median)
        return [
            Measurement("save.history\(Self.shortHistory)", "save at \(Self.shortHistory) versions (\(activities) activities, no fsync)", samples: atShort),
            Measurement("save.history\(Self.longHistory)", "save at \(Self.longHistory) versions (\(activities) activities, no fsync)", samples: atLong),
            Measurement("save.historyRatio", "save at \(Self.longHistory) ÷ at \(Self.shortHistory) versions (medians)", unit: .ratio, samples: [ratio]),
        ]
    }

    /// One-field saves on a fresh copy, without fsync so the disk's noise does not hide the CPU's work.
    private func saves(copying source: String, name: String) throws -> [Double] {
        let folder = "\(work)/scaling-\(name)"
        if FileIO.kind(folder) != .missing { try FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(atPath: source, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var (state, driver) = try AppDriver.open(path: folder, environment: ["ROPA_AUTHOR": "ropa-bench"], language: .en)
        defer { driver.close() }
        let previous = FileIO.syncsToDisk
        FileIO.syncsToDisk = false
        defer { FileIO.syncsToDisk = previous }
        var random = SeededRandom(seed: 11)
        var samples: [Double] = []
        for run in 0..<runs {
            let index = random.int(below: state.register.activities.count)
            state.register.activities[index].notes = "Ändrad i mätning \(run)."
            let start = Clock.now()
            guard let event = driver.perform(.save(message: "Mätning \(run)"), state: state) else { throw BenchError("save returned nothing") }
            _ = reduce(&state, event)
            samples.append(Clock.milliseconds(since: start))
            if case .failed(let message) = event { throw BenchError("save failed: \(message)") }
        }
        return samples
    }
}
