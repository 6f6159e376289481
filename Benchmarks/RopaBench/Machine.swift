import Foundation

/// The machine the figures were taken on, for the report and the README.
struct Machine {
    let cores: Int
    let cpu: String
    let memoryGiB: Double
    let system: String

    static func current() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        let release = (try? String(contentsOfFile: "/etc/os-release", encoding: .utf8)) ?? ""
        let system = release.split(separator: "\n").first { $0.hasPrefix("PRETTY_NAME=") }
            .map { String($0.dropFirst("PRETTY_NAME=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) } ?? "unknown system"
        return Machine(cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model,
                       memoryGiB: Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824, system: system)
    }

    var description: String {
        String(format: "%d cores (nproc) · %@ · %.1f GiB memory · %@", cores, cpu, memoryGiB, system)
    }
}
