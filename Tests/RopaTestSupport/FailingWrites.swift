import Foundation
import RopaStore
import Synchronization

/// Write policies that make the store's writes fail as a full disk or a refused permission would, bound
/// for one scope with `FileIO.$writing.withValue(policy) { … }`.
public enum FailingWrites {
    /// Every write to a path that `matches` fails with `code` (an errno such as `ENOSPC`).
    public static func failing(with code: Int32, where matches: @escaping @Sendable (String) -> Bool) -> FileIO.WritePolicy {
        FileIO.WritePolicy(failure: { matches($0) ? code : nil })
    }

    /// The write numbered `number` (1 for the first) fails with `code`; the others succeed.
    public static func failing(write number: Int, with code: Int32) -> FileIO.WritePolicy {
        let count = Atomic<Int>(0)
        return FileIO.WritePolicy(failure: { _ in
            count.wrappingAdd(1, ordering: .relaxed).newValue == number ? code : nil
        })
    }
}
