import RopaModel

/// Checking the findings of the register on another thread: validating 10 000 activities took a fifth of
/// opening a large register, and the first frame needs none of it. The core stays pure: it asks for a
/// check with `Effect.checkFindings`, the driver runs `FindingsCheck.run()` wherever it likes, and the
/// result comes back as `Event.findingsChecked`, shown only if the register is still the one checked.
public struct FindingsCheck: Sendable {
    let register: Register
    let asOf: CalendarDate
    /// The state's memo: the next validation (after an edit, or a check made stale by one) reuses what
    /// this one found of each activity.
    let memo: ValidationMemo
    /// The `findingsGeneration` the register and day had when the check was asked for.
    public let generation: Int

    /// Validates, and says what it found as the event that shows it.
    public func run() -> Event {
        .findingsChecked(Result(findings: Validator(register: register, asOf: asOf).findings(memo: memo),
                                overdueReviews: OverviewScreen.overdueReviews(register, asOf: asOf)),
                         generation: generation)
    }

    /// What a check found: the findings, and the overdue agreement reviews the Overview lists above them.
    public struct Result: Sendable {
        public let findings: [Finding]
        let overdueReviews: [OverviewScreen.Attention]
    }
}

extension AppState {
    /// A check of the findings of the register as it is now.
    public var findingsCheck: FindingsCheck {
        FindingsCheck(register: register, asOf: asOf, memo: caches.validationMemo, generation: findingsGeneration)
    }

    /// Takes a check's findings when they are of the register as it is now; else (an edit came first)
    /// asks for a check of the register as it is now, which reuses through the memo what this one found.
    mutating func takeCheckedFindings(_ checked: FindingsCheck.Result, generation: Int) -> [Effect] {
        guard findingsPending else { return [] }
        guard generation == findingsGeneration else { return [.checkFindings] }
        findings = checked.findings
        caches.overdueReviews = (generation, checked.overdueReviews)
        findingsPending = false
        findingsAreCurrent = true
        caches.contentToken = ChangeToken()
        return []
    }

    /// The first frame of a session: the work that may wait until it is drawn.
    mutating func start(size newSize: Size) -> [Effect] {
        size = newSize
        return findingsPending ? [.checkFindings] : []
    }
}
