/// Samples of one measurement and what the report says about them.
struct Summary {
    let samples: [Double]

    init(_ samples: [Double]) {
        self.samples = samples.sorted()
    }

    var count: Int { samples.count }
    var median: Double { percentile(50) }
    var p99: Double { percentile(99) }
    var minimum: Double { samples.first ?? 0 }
    var maximum: Double { samples.last ?? 0 }

    /// Nearest-rank percentile: the smallest sample with at least `percent` % of the samples at or below
    /// it. With fewer than 100 samples p99 is the maximum, which is the honest reading.
    func percentile(_ percent: Double) -> Double {
        guard !samples.isEmpty else { return 0 }
        let rank = Int((percent / 100 * Double(samples.count)).rounded(.up))
        return samples[min(samples.count - 1, max(0, rank - 1))]
    }
}
