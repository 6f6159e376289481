import RopaTestSupport

/// The benchmark's random numbers come from the tests' deterministic generator (SplitMix64): the same seed
/// gives the same register on every machine and every run, which `SystemRandomNumberGenerator` would not.
typealias SeededRandom = SeededGenerator

extension SeededGenerator {
    /// A whole number in `range`.
    /// Computed here rather than with `Int.random(in:using:)`, whose algorithm the standard library may change.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.upperBound - range.lowerBound + 1)
    }

    mutating func int(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        return Int(next() % UInt64(bound))
    }

    /// True with the given probability (0…1).
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    mutating func pick<T>(_ values: [T]) -> T {
        values[int(below: values.count)]
    }

    /// `count` distinct elements in their original order (fewer when the list is shorter).
    mutating func sample<T>(_ values: [T], count: Int) -> [T] {
        guard count < values.count else { return values }
        var indices = Array(values.indices)
        for position in 0..<count {
            indices.swapAt(position, position + int(below: indices.count - position))
        }
        return indices.prefix(count).sorted().map { values[$0] }
    }
}
