/// One line of the report: what was measured, its samples, and the target it is held to (if any).
struct Measurement {
    enum Unit: String {
        case milliseconds = "ms"
        case megabytes = "MB"
        case ratio = "×"
    }

    /// A stable name for `--json` and `--check`, e.g. `keystroke.filter`.
    let key: String
    /// What the table says.
    let title: String
    let unit: Unit
    let summary: Summary
    /// Set when the measurement could not be taken, with the reason (e.g. jq is not installed).
    var skipped: String?
    /// A line of context printed under the table (what was compared, sizes).
    var note: String?

    init(_ key: String, _ title: String, unit: Unit = .milliseconds, samples: [Double], note: String? = nil) {
        self.key = key
        self.title = title
        self.unit = unit
        summary = Summary(samples)
        self.note = note
    }

    static func skipped(_ key: String, _ title: String, unit: Unit = .milliseconds, reason: String) -> Measurement {
        var measurement = Measurement(key, title, unit: unit, samples: [])
        measurement.skipped = reason
        return measurement
    }
}
