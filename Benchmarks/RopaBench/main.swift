import Foundation
import RopaCLI
import RopaStore
import RopaUI

// ropa-bench: generates a large synthetic register and measures ropa on it (see BenchOptions.usage and
// the README's Performance section). Run it in a release build: swift run -c release ropa-bench

func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

func generate(_ options: GenerationOptions, into folder: String) throws {
    log("Generating \(options.activities) activities, \(options.processors) processors, \(options.versions) versions (seed \(options.seed)) into \(folder)")
    let (_, milliseconds) = try Clock.time { try RegisterFolder.generate(options, into: folder, log: log) }
    log(String(format: "Generated in %.1f s", milliseconds / 1000))
}

func measure(_ options: BenchOptions) throws -> Int32 {
    var generation = options.generation
    let source: String
    if let register = options.register {
        source = register
        let store = try RegisterStore(folder: register)
        let loaded = try store.load()
        generation = GenerationOptions(activities: loaded.activities.count, processors: loaded.processors.count,
                                       versions: store.history.count, seed: options.generation.seed)
    } else {
        source = "\(options.cache)/\(generation.cacheName)"
        if FileIO.kind(source) == .missing {
            try FileIO.makeFolder(options.cache)
            try generate(generation, into: source)
        } else {
            log("Using the generated register in \(source)")
        }
    }
    // The copy the session changes. The previous run's copy is moved aside and removed only after the
    // measurements: on ext4 without a journal (this machine), creating a file scans past every inode
    // freed in the last minutes, so removing 23 000 files just before measuring saves made each save
    // tens of milliseconds slower than it is for anyone who did not just delete a register.
    let work = "\(options.cache)/work"
    let stale = "\(options.cache)/work-stale-\(getpid())"
    if FileIO.kind(work) != .missing { try FileManager.default.moveItem(atPath: work, toPath: stale) }
    try FileIO.makeFolder(work)
    defer {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: options.cache)) ?? [] where name.hasPrefix("work-stale-") {
            try? FileManager.default.removeItem(atPath: "\(options.cache)/\(name)")
        }
    }
    let copy = "\(work)/register"
    try FileManager.default.copyItem(atPath: source, toPath: copy)

    var measurements: [Measurement] = []
    let external = ExternalMeasurements(folder: source, runs: max(3, options.runs / 4), log: log)
    if options.runs("disk") { measurements.append(external.diskSize()) }
    let session = SessionMeasurements(folder: copy, runs: options.runs, keystrokeRounds: options.keystrokeRounds, log: log)
    measurements += try session.run(options.only)
    if options.runs("memory") {
        measurements.append(Measurement("memory.peak", "peak memory of this process (ru_maxrss)", unit: .megabytes,
                                        samples: [PeakMemory.ofSelf()],
                                        note: "peak memory: the whole benchmark session above in one process (open, keys, saves, log, diff, restore, exports)"))
    }
    if options.runs("validate") {
        measurements += try external.validateAgainstJq()
        measurements.append(Measurement("memory.validate", "peak memory of ropa validate (ru_maxrss)", unit: .megabytes,
                                        samples: [PeakMemory.ofChildren()]))
    }
    if options.runs("merge") {
        measurements += try GitMergeMeasurement(source: source, work: work, seed: generation.seed, log: log).measure()
    }
    if options.runs("ratios") {
        // Last but scaling: it copies the register twice and records versions in its own copy.
        measurements += try CommandRatios(source: source, work: work, rounds: max(3, options.runs / 4), log: log).measure()
    }
    if options.scaling && options.runs("scaling") {
        let scaling = HistoryScaling(cache: options.cache, work: work, activities: options.scalingActivities,
                                     processors: options.scalingProcessors, seed: generation.seed, runs: max(30, options.runs), log: log)
        measurements += try scaling.measure()
    }
    let report = Report(options: generation, machine: .current(), measurements: measurements, check: CheckResult(measurements, selectedGroups: options.only != nil))
    print(options.json ? report.json() : report.table(), terminator: "")
    if options.check && !report.check.allMet { return 1 }
    return 0
}

do {
    let options = try BenchOptions(Array(CommandLine.arguments.dropFirst()))
    switch options.mode {
    case .help:
        print(BenchOptions.usage)
    case .ropa(let arguments):
        let context = CommandContext(stdout: StandardOutput(FileHandle.standardOutput), stderr: StandardOutput(FileHandle.standardError),
                                     environment: ProcessInfo.processInfo.environment)
        exit(RopaCommandLine.run(arguments, context: context))
    case .generate(let out):
        try generate(options.generation, into: out)
    case .measure:
        exit(try measure(options))
    case .firstFrame:
        guard let register = options.register else { throw BenchError("first-frame needs --register DIR") }
        let session = try OpeningSession(register, size: Size(columns: 120, rows: 40), environment: ["ROPA_AUTHOR": "ropa-bench"],
                                         waitingForFindings: false)
        print(String(format: "open → first frame %.1f ms", session.firstFrame))
        session.driver.close()
    }
} catch {
    log("ropa-bench: \(error)")
    exit(2)
}
