/// The targets at 10 000 activities, 500 processors and 1 000 versions on a 2-core machine,
/// and the check `--check` makes against them.
struct Target {
    enum Statistic: String {
        case median, p99
        /// The one value of a single-sample measurement (disk size, a ratio, peak memory).
        case value
    }

    let key: String
    let statistic: Statistic
    /// The measurement must stay below this (or at most this for ratios).
    let limit: Double
    let inclusive: Bool

    init(_ key: String, _ statistic: Statistic, below limit: Double, inclusive: Bool = false) {
        self.key = key
        self.statistic = statistic
        self.limit = limit
        self.inclusive = inclusive
    }

    static let all: [Target] = [
        Target("open.firstFrame", .median, below: 300),
        Target("keystroke.scroll", .median, below: 2), Target("keystroke.scroll", .p99, below: 16),
        Target("keystroke.filter", .median, below: 2), Target("keystroke.filter", .p99, below: 16),
        Target("keystroke.edit", .median, below: 2), Target("keystroke.edit", .p99, below: 16),
        Target("save.nofsync", .median, below: 50),
        Target("save.fsync", .median, below: 150),
        Target("disk", .value, below: 80),
        Target("diff.firstToLast", .median, below: 500),
        Target("export.csv", .median, below: 500),
        Target("export.markdown", .median, below: 500),
        Target("export.docx", .median, below: 2000),
        Target("export.xlsx", .median, below: 1000),
        Target("import.xlsx", .median, below: 3000),
        Target("memory.peak", .value, below: 300),
        // `ropa validate` takes no longer than jq takes to read the same files.
        Target("validate.jqRatio", .value, below: 1, inclusive: true),
        // A save at 10 000 versions is within 20 % of a save at 100.
        Target("save.historyRatio", .value, below: 1.2, inclusive: true),
        // A git merge of two branches of 500 saves each, with ropa's merge driver.
        Target("merge.git", .value, below: 5000),
        // The command line near the I/O floor, as ratios taken side by side (see CommandRatios).
        Target("ratio.validateToRead", .value, below: 2.0, inclusive: true),
        Target("ratio.validateToJq", .value, below: 0.5, inclusive: true),
        Target("ratio.openToRead", .value, below: 2.0, inclusive: true),
    ] + CommandRatios.saves.flatMap { save in
        // A one-change command costs what it touches: no more than validate without the stat cache, half of it with.
        [Target("ratio.\(save).cold", .value, below: 1.3, inclusive: true), Target("ratio.\(save).warm", .value, below: 0.5, inclusive: true)]
    } + CommandRatios.saves.map { save in
        // The peer to beat: git recording a one-file edit of the same folder, with the stat cache warm.
        Target("ratio.\(save).toGit", .value, below: 3.0, inclusive: true)
    }

    var text: String {
        let bound = inclusive ? "≤" : "<"
        let limitText = limit == limit.rounded() ? String(Int(limit)) : String(limit)
        return statistic == .value ? "\(bound) \(limitText)" : "\(statistic.rawValue) \(bound) \(limitText)"
    }

    func value(of measurement: Measurement) -> Double {
        switch statistic {
        case .median, .value: return measurement.summary.median
        case .p99: return measurement.summary.p99
        }
    }

    /// Nil when the measurement was skipped: a target that could not be measured is not met.
    func isMet(by measurement: Measurement) -> Bool {
        guard measurement.skipped == nil, measurement.summary.count > 0 else { return false }
        let value = value(of: measurement)
        return inclusive ? value <= limit : value < limit
    }
}

/// The verdict of `--check`: every target with its measurement, and whether all are met.
struct CheckResult {
    struct Line {
        let target: Target
        let measurement: Measurement?
        let met: Bool
    }

    let lines: [Line]

    /// A full run holds every target, and one it did not measure is missed; a run of selected groups
    /// (`--only`) holds only the targets of what it measured, so `--only ratios --check` can pass.
    init(_ measurements: [Measurement], selectedGroups: Bool = false) {
        lines = Target.all.compactMap { target in
            let measurement = measurements.first { $0.key == target.key }
            if measurement == nil && selectedGroups { return nil }
            return Line(target: target, measurement: measurement, met: measurement.map(target.isMet) ?? false)
        }
    }

    var allMet: Bool { lines.allSatisfy(\.met) }

    /// The targets a measurement is held to, for the table.
    func targets(for key: String) -> [Line] { lines.filter { $0.target.key == key } }
}
