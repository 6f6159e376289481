import Foundation

/// Maps a list on every core, keeping the order and throwing the error the sequential map would throw
/// (the one of the earliest failing element). Reading, decoding and validating a register's entities is
/// independent per entity, and on a two-core machine this halves the time to open a large register.
public enum OrderedConcurrentMap {
    /// Below this many elements the work is done on the calling thread: starting threads costs more.
    static let minimumCount = 64

    /// Typed throws: a transform that cannot fail makes a map that cannot fail.
    public static func map<Element, Result, Failure: Error>(_ elements: [Element], _ transform: (Element) throws(Failure) -> Result) throws(Failure) -> [Result] {
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
        var outcomes = [ChunkOutcome<Result, Failure>](repeating: .pending, count: chunkCount)
        outcomes.withUnsafeMutableBufferPointer { slots in
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                let range = chunk * chunkSize..<min(elements.count, (chunk + 1) * chunkSize)
                var results: [Result] = []
                results.reserveCapacity(range.count)
                do throws(Failure) {
                    for index in range { results.append(try transform(elements[index])) }
                    slots[chunk] = .done(results)
                } catch {
                    slots[chunk] = .failed(error)
                }
            }
        }
        var results: [Result] = []
        results.reserveCapacity(elements.count)
        for outcome in outcomes {
            switch outcome {
            case .done(let chunk): results += chunk
            case .failed(let error): throw error
            case .pending: break
            }
        }
        return results
    }

    private enum ChunkOutcome<Result, Failure: Error> {
        case pending
        case done([Result])
        case failed(Failure)
    }
}
