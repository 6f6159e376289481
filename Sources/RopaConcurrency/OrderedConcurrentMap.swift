import Foundation
import Synchronization

/// Maps a list on every core, keeping the order and throwing the error the sequential map would throw
/// (the one of the earliest failing element). Reading, decoding and validating a register's entities is
/// independent per entity, and on a two-core machine this halves the time to open a large register.
public enum OrderedConcurrentMap {
    /// Below this many elements the work is done on the calling thread: starting threads costs more.
    static let minimumCount = 64

    /// Typed throws: a transform that cannot fail makes a map that cannot fail.
    public static func map<Element: Sendable, Result: Sendable, Failure: Error>(
        _ elements: [Element], _ transform: @Sendable (Element) throws(Failure) -> Result
    ) throws(Failure) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, elements.count >= minimumCount else {
            var results: [Result] = []
            results.reserveCapacity(elements.count)
            for element in elements { results.append(try transform(element)) }
            return results
        }
        // Several chunks per core so that a core that finishes early takes more work.
        let chunkCount = min(elements.count, cores * 4)
        let chunkSize = (elements.count + chunkCount - 1) / chunkCount
        // Each chunk writes its own slot once; the lock is taken once per chunk, not per element.
        let outcomes = Mutex([ChunkOutcome<Result, Failure>](repeating: .pending, count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let range = chunk * chunkSize..<min(elements.count, (chunk + 1) * chunkSize)
            var results: [Result] = []
            results.reserveCapacity(range.count)
            let outcome: ChunkOutcome<Result, Failure>
            do throws(Failure) {
                for index in range { results.append(try transform(elements[index])) }
                outcome = .done(results)
            } catch {
                outcome = .failed(error)
            }
            outcomes.withLock { $0[chunk] = outcome }
        }
        var results: [Result] = []
        results.reserveCapacity(elements.count)
        for outcome in outcomes.withLock({ $0 }) {
            switch outcome {
            case .done(let chunk): results += chunk
            case .failed(let error): throw error
            case .pending: break
            }
        }
        return results
    }

    private enum ChunkOutcome<Result: Sendable, Failure: Error>: Sendable {
        case pending
        case done([Result])
        case failed(Failure)
    }
}
