import Foundation
import Synchronization

/// Maps a list on every core, keeping the order and throwing the error the sequential map would throw
/// (the one of the earliest failing element). Reading, decoding and validating a register's entities is
/// independent per entity, and on a two-core machine this halves the time to open a large register.
public enum OrderedConcurrentMap {
    /// Below this many elements the work is done on the calling thread: starting threads costs more.
    @usableFromInline static let minimumCount = 64

    /// Typed throws: a transform that cannot fail makes a map that cannot fail.
    /// Inlinable so that callers get it specialised for their types, with their transform inlined.
    @inlinable
    public static func map<Element: Sendable, Result: Sendable, Failure: Error>(
        _ elements: [Element], _ transform: @Sendable (Element) throws(Failure) -> Result
    ) throws(Failure) -> [Result] {
        try mapIndexed(elements) { (_, element) throws(Failure) in try transform(element) }
    }

    /// The same, the transform told each element's index too.
    @inlinable
    public static func mapIndexed<Element: Sendable, Result: Sendable, Failure: Error>(
        _ elements: [Element], _ transform: @Sendable (Int, Element) throws(Failure) -> Result
    ) throws(Failure) -> [Result] {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores > 1, elements.count >= minimumCount else {
            var results: [Result] = []
            results.reserveCapacity(elements.count)
            try elements.withUnsafeBufferPointer { (source) throws(Failure) in
                for index in source.indices { results.append(try transform(index, source[index])) }
            }
            return results
        }
        // Many chunks per core, so that a core that finishes early (or that another process held up) takes
        // more work: with four a core, one core ran the last chunk of a phase alone for up to an eighth of it.
        // A chunk costs a lock and an index range.
        let count = elements.count
        let chunkSize = (count + cores * 16 - 1) / (cores * 16)
        // Rounding the size up can leave fewer chunks than asked for: none may start past the end.
        let chunkCount = (count + chunkSize - 1) / chunkSize
        // Each chunk notes once how it ended; the lock is taken once per chunk, not per element.
        let ends = Mutex([ChunkEnd<Failure>](repeating: .pending, count: chunkCount))
        var failure: Failure?
        // Each result is made in its place in the array: gathering per-chunk arrays and appending them copied
        // every result once more (retaining each of its strings) and released the chunks, on one core.
        let results = elements.withUnsafeBufferPointer { source in
            [Result](unsafeUninitializedCapacity: count) { buffer, initialised in
                initialised = 0
                guard let input = source.baseAddress, let output = buffer.baseAddress else { return }
                nonisolated(unsafe) let from = input, to = output
                DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                    let range = chunk * chunkSize..<min(count, (chunk + 1) * chunkSize)
                    var index = range.lowerBound
                    let end: ChunkEnd<Failure>
                    do throws(Failure) {
                        while index < range.upperBound {
                            (to + index).initialize(to: try transform(index, from[index]))
                            index += 1
                        }
                        end = .done
                    } catch {
                        end = .failed(error, madeUpTo: index)
                    }
                    ends.withLock { $0[chunk] = end }
                }
                let outcome = ends.withLock { $0 }
                guard let first = outcome.firstIndex(where: \.failed) else {
                    initialised = count
                    return
                }
                // The earliest failing chunk holds the earliest failing element. Every result made is
                // released, in every chunk, and the array is left empty.
                for (chunk, end) in outcome.enumerated() {
                    let start = chunk * chunkSize
                    switch end {
                    case .done: (to + start).deinitialize(count: min(count, start + chunkSize) - start)
                    case .failed(let error, let madeUpTo):
                        (to + start).deinitialize(count: madeUpTo - start)
                        if chunk == first { failure = error }
                    case .pending: break
                    }
                }
            }
        }
        if let failure { throw failure }
        return results
    }

    @usableFromInline
    enum ChunkEnd<Failure: Error>: Sendable {
        case pending
        case done
        /// The chunk's error and the index of the element that threw: results before it were made.
        case failed(Failure, madeUpTo: Int)

        @usableFromInline var failed: Bool {
            if case .failed = self { return true }
            return false
        }
    }
}
