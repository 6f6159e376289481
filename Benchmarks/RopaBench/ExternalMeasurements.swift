import Foundation
import RopaStore

/// Measurements of separate processes: `ropa validate` (the release binary) against `jq -c .` reading the
/// same files, and the register folder's size on disk.
struct ExternalMeasurements {
    let folder: String
    let runs: Int
    let log: (String) -> Void

    /// The register folder on disk, as `du` counts it (blocks), with the bytes and files in a note.
    func diskSize() -> Measurement {
        let size = FolderSize.of(folder)
        let mebibyte = 1024.0 * 1024
        return Measurement("disk", "register folder on disk (du)", unit: .megabytes, samples: [Double(size.allocatedBytes) / mebibyte],
                           note: String(format: "on disk: %.1f MB in %d files (%.1f MB of content)",
                                        Double(size.allocatedBytes) / mebibyte, size.files, Double(size.apparentBytes) / mebibyte))
    }

    /// `ropa validate PATH` against `jq -c . FILE…` over the register's files (what validate checks; the
    /// history is left out for jq, which makes the comparison stricter for ropa).
    func validateAgainstJq() throws -> [Measurement] {
        let files = try trackedFiles()
        let ropa = ExternalMeasurements.ropaCommand()
        log("ropa validate (\(ropa.description)) and jq over \(files.count) files")
        var validate: [Double] = []
        for _ in 0..<runs {
            let result = try Subprocess.run(ropa.executable, ropa.prefix + ["validate", folder], in: nil)
            guard result.status == 0 || result.status == 1 else {
                throw BenchError("ropa validate failed with exit code \(result.status): \(result.errors)")
            }
            validate.append(result.milliseconds)
        }
        let validateMeasurement = Measurement("validate", "ropa validate (subprocess)", samples: validate, note: "ropa validate ran as \(ropa.description)")
        guard let jq = Subprocess.find("jq") else {
            return [validateMeasurement,
                    .skipped("jq", "jq -c . over the same files", reason: "jq is not installed (apt-get install jq): validate cannot be compared"),
                    .skipped("validate.jqRatio", "ropa validate ÷ jq", unit: .ratio, reason: "jq is not installed")]
        }
        var jqSamples: [Double] = []
        for _ in 0..<runs {
            let result = try Subprocess.run(jq, ["-c", "."] + files, in: folder)
            guard result.status == 0 else { throw BenchError("jq failed with exit code \(result.status): \(result.errors)") }
            jqSamples.append(result.milliseconds)
        }
        let jqMeasurement = Measurement("jq", "jq -c . over the same files (subprocess)", samples: jqSamples,
                                        note: "jq read \(files.count) files: \(jq)")
        let ratio = validateMeasurement.summary.median / max(0.001, jqMeasurement.summary.median)
        return [validateMeasurement, jqMeasurement,
                Measurement("validate.jqRatio", "ropa validate ÷ jq (medians)", unit: .ratio, samples: [ratio])]
    }

    /// The files `ropa validate` reads and checks: settings, organisation, reference data, every entity.
    private func trackedFiles() throws -> [String] {
        let store = try RegisterStore(folder: folder)
        return try store.readFiles().keys.sorted()
    }

    /// The release `ropa` next to this executable; without it, this executable running the same
    /// command-line code (`ropa-bench ropa validate PATH`).
    static func ropaCommand() -> (executable: String, prefix: [String], description: String) {
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let sibling = me.deletingLastPathComponent().appendingPathComponent("ropa").path
        if FileManager.default.isExecutableFile(atPath: sibling) { return (sibling, [], sibling) }
        return (me.path, ["ropa"], "\(me.path) ropa (no ropa binary beside ropa-bench: build it with swift build -c release)")
    }
}
