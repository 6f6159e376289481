import RopaConcurrency
import Synchronization
import XCTest

/// The map on every core gives what the sequential map gives: the results in order, or the error of the
/// earliest failing element, and every result it made released once (none leaked, none released twice).
final class OrderedConcurrentMapTests: XCTestCase {
    /// Counts its instances alive, so that a result made and not released (or released twice) shows.
    final class Counted: Sendable {
        static let alive = Atomic<Int>(0)
        let value: Int
        init(_ value: Int) {
            self.value = value
            Counted.alive.add(1, ordering: .relaxed)
        }
        deinit { Counted.alive.subtract(1, ordering: .relaxed) }
    }

    struct Failure: Error, Equatable { let index: Int }

    func testResultsComeInTheOrderOfTheElementsOnEveryCore() {
        for count in [0, 1, 63, 64, 65, 1_000, 4_099] {
            let elements = (0..<count).map { "element \($0)" }
            XCTAssertEqual(OrderedConcurrentMap.map(elements) { $0.uppercased() }, elements.map { $0.uppercased() }, "\(count) elements")
        }
    }

    func testElementsOfReferencesAreLentAndResultsKeptWhole() {
        let before = Counted.alive.load(ordering: .relaxed)
        do {
            let elements = (0..<5_000).map { Counted($0) }
            let results = OrderedConcurrentMap.map(elements) { element in [Counted(element.value * 2), Counted(element.value * 2 + 1)] }
            XCTAssertEqual(results.flatMap { $0.map(\.value) }, Array(0..<10_000))
            XCTAssertEqual(Counted.alive.load(ordering: .relaxed) - before, 15_000)
        }
        XCTAssertEqual(Counted.alive.load(ordering: .relaxed), before, "a result or element was leaked or released twice")
    }

    func testTheEarliestFailingElementsErrorIsThrownAndEveryResultMadeIsReleased() {
        let before = Counted.alive.load(ordering: .relaxed)
        // Failures in several chunks, the earliest not in the first chunk.
        for failing in [[0], [4_999], [1_700, 1_701, 3_900], [2_600, 100_000], [1_250, 4_000, 10]] {
            let elements = Array(0..<5_000)
            do {
                let results = try OrderedConcurrentMap.map(elements) { (index: Int) throws(Failure) -> Counted in
                    if failing.contains(index) { throw Failure(index: index) }
                    return Counted(index)
                }
                XCTFail("no error for failures at \(failing): \(results.count) results")
            } catch {
                XCTAssertEqual(error, Failure(index: failing.filter { $0 < elements.count }.min() ?? -1))
            }
            XCTAssertEqual(Counted.alive.load(ordering: .relaxed), before, "results made before failures at \(failing) were leaked")
        }
    }

    func testAMapThatCannotFailNeedsNoTry() {
        let doubled: [Int] = OrderedConcurrentMap.map(Array(0..<200)) { $0 * 2 }
        XCTAssertEqual(doubled, (0..<200).map { $0 * 2 })
    }
}
