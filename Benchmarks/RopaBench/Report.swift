import Foundation
import RopaJSON

/// The benchmark's results as a table for people and as JSON for tools.
struct Report {
    let options: GenerationOptions
    let machine: Machine
    let measurements: [Measurement]
    let check: CheckResult

    static func number(_ value: Double) -> String {
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }

    func table() -> String {
        var lines: [String] = []
        lines.append("ropa-bench · \(options.activities) activities, \(options.processors) processors, \(options.versions) versions (seed \(options.seed))")
        lines.append("machine: \(machine.description)")
        lines.append("")
        let header = [pad("measurement", 56), pad("runs", 6, right: true), pad("median", 12, right: true), pad("p99", 12, right: true), "  target"]
        lines.append(header.joined())
        lines.append(String(repeating: "─", count: 110))
        for measurement in measurements {
            var row = pad(measurement.title, 56)
            if let reason = measurement.skipped {
                row += "  skipped: \(reason)"
            } else {
                let unit = measurement.unit.rawValue
                row += pad("\(measurement.summary.count)", 6, right: true)
                row += pad("\(Report.number(measurement.summary.median)) \(unit)", 12, right: true)
                row += pad(measurement.summary.count > 1 ? "\(Report.number(measurement.summary.p99)) \(unit)" : "", 12, right: true)
            }
            let targets = check.targets(for: measurement.key)
            if !targets.isEmpty {
                row += "  " + targets.map { "\($0.target.text) \($0.met ? "✓" : "✗")" }.joined(separator: ", ")
            }
            lines.append(row)
        }
        let notes = measurements.compactMap(\.note)
        if !notes.isEmpty {
            lines.append("")
            lines += notes.map { "· \($0)" }
        }
        lines.append("")
        let missed = check.lines.filter { !$0.met }
        lines.append(missed.isEmpty ? "Every target is met."
                     : "Targets missed: " + missed.map { "\($0.target.key) (\($0.target.text))" }.joined(separator: "; "))
        return lines.joined(separator: "\n") + "\n"
    }

    func json() -> String {
        func rounded(_ value: Double) -> JSONValue { .double((value * 1000).rounded() / 1000) }
        let results: [JSONValue] = measurements.map { measurement in
            var members: [String: JSONValue] = [
                "key": .string(measurement.key), "title": .string(measurement.title), "unit": .string(measurement.unit.rawValue),
                "runs": .int(measurement.summary.count),
            ]
            if let reason = measurement.skipped {
                members["skipped"] = .string(reason)
            } else {
                members["median"] = rounded(measurement.summary.median)
                members["p99"] = rounded(measurement.summary.p99)
                members["min"] = rounded(measurement.summary.minimum)
                members["max"] = rounded(measurement.summary.maximum)
            }
            if let note = measurement.note { members["note"] = .string(note) }
            let targets = check.targets(for: measurement.key)
            if !targets.isEmpty {
                members["targets"] = .array(targets.map { line in
                    .object(["statistic": .string(line.target.statistic.rawValue), "limit": .double(line.target.limit),
                             "inclusive": .bool(line.target.inclusive), "met": .bool(line.met)])
                })
            }
            return .object(members)
        }
        let document: JSONValue = .object([
            "register": .object(["activities": .int(options.activities), "processors": .int(options.processors),
                                 "versions": .int(options.versions), "seed": .int(Int(truncatingIfNeeded: options.seed))]),
            "machine": .object(["cores": .int(machine.cores), "cpu": .string(machine.cpu),
                                "memoryGiB": rounded(machine.memoryGiB), "system": .string(machine.system)]),
            "measurements": .array(results),
            "allTargetsMet": .bool(check.allMet),
        ])
        return CanonicalJSON.string(document)
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let count = text.count
        if count >= width { return right ? " " + text : String(text.prefix(width - 1)) + " " }
        let space = String(repeating: " ", count: width - count)
        return right ? space + text : text + space
    }
}
