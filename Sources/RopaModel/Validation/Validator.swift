import Foundation
import RopaConcurrency
import Synchronization

/// Checks a register against Article 30 and the rules around it. Pure: the same register and date give
/// the same findings, in a stable order (severity, then entity, then field).
public struct Validator {
    public let register: Register
    /// The day review and due dates are measured against.
    public let asOf: CalendarDate

    public init(register: Register, asOf: CalendarDate = .today()) {
        self.register = register
        self.asOf = asOf
    }

    public func findings() -> [Finding] {
        findings(memo: nil)
    }

    /// The same findings, reusing what `memo` kept from the last validation: the terminal UI validates
    /// after every change, and checking all of 10 000 activities took 70 ms. `editedActivity` says that
    /// the register differs from the one `memo` last saw only in the activity at that position (an edit
    /// in a form): then nothing else is looked at. Debug builds check the answer against `findings()`.
    public func findings(memo: ValidationMemo?, editedActivity: Int? = nil) -> [Finding] {
        // Accepted findings (in force on `asOf`) are left out; `acceptedFindings()` lists them.
        let accepted = register.settings.acceptedFindings
        guard let memo else {
            let parts = Parts(self, reusing: nil)
            let sorted = parts.sorted()
            // The rule sets' own lists are released on another thread: freeing their 15 000 findings string
            // by string was done by the thread waiting for the result, the other core idle.
            DispatchQueue.global().async { withExtendedLifetime(parts) {} }
            return FindingAcceptance.open(sorted, accepted, on: asOf)
        }
        let result = FindingAcceptance.open(memo.findings(self, editedActivity: editedActivity), accepted, on: asOf)
        #if DEBUG
        assert(result == findings(), "the findings kept from earlier validations differ from validating again")
        #endif
        return result
    }

    /// The findings of each rule set, kept apart so that one activity's can be replaced.
    struct Parts {
        typealias Found = (identity: [Finding], rules: [Finding], dates: [Finding])
        let identity: IdentityRules
        var perActivity: [Found]
        let identityOthers: [Finding]
        let organisation: [Finding]
        var processors: [Finding]
        let transfers: [Finding]
        let jointControllers: [Finding]
        let datesOthers: [Finding]
        /// Each activity's findings through its processor chain, by position: never reused from a memo.
        var chains: [[Finding]]

        /// Validates, taking each activity's findings from `reusing` where it has them.
        init(_ validator: Validator, reusing earlier: (@Sendable (Int, Activity) -> Found?)?) {
            let register = validator.register
            let identity = IdentityRules(register: register)
            let activityRules = ActivityRules(register: register)
            self.identity = identity
            let chainRules = ActivityChainRules(register: register), asOf = validator.asOf
            // The rules over the other entities run beside the activities' (on one core they were a tail of
            // the validation, the other core idle): started first, awaited after.
            let others = OthersInProgress.start {
                Others(identity: identity.checkOthers(), organisation: OrganisationRules(register: register).check(),
                       processors: ProcessorRules(register: register, asOf: asOf).check(),
                       transfers: TransferRules(register: register, asOf: asOf).check(),
                       jointControllers: JointControllerRules(register: register).check(), dates: DateRules(register: register).checkOthers())
            }
            // On every core: each activity's findings depend on it and the ids alone. Its chain's findings are
            // found in the same visit (a second map handed every activity over again), kept by position.
            var chains = [[Finding]](repeating: [], count: register.activities.count)
            perActivity = chains.withUnsafeMutableBufferPointer { slots in
                nonisolated(unsafe) let slots = slots
                return OrderedConcurrentMap.mapIndexed(register.activities) { index, activity in
                    slots[index] = chainRules.check(activity)
                    return earlier?(index, activity) ?? Parts.check(activity, identity, activityRules)
                }
            }
            self.chains = chains
            let found = others.wait()
            identityOthers = found.identity
            organisation = found.organisation
            processors = found.processors
            transfers = found.transfers
            jointControllers = found.jointControllers
            datesOthers = found.dates
        }

        /// The findings of the rules over the entities other than activities.
        struct Others: Sendable {
            var identity: [Finding], organisation: [Finding], processors: [Finding], transfers: [Finding]
            var jointControllers: [Finding], dates: [Finding]
        }

        /// `Others` being found on another thread.
        final class OthersInProgress: @unchecked Sendable {
            // Written once by the task before it leaves the group, read after waiting for the group: the
            // group's wait orders the two.
            private var result: Others?
            private let group = DispatchGroup()

            static func start(_ work: @escaping @Sendable () -> Others) -> OthersInProgress {
                let task = OthersInProgress()
                DispatchQueue.global().async(group: task.group) { task.result = work() }
                return task
            }

            func wait() -> Others {
                group.wait()
                return result ?? Others(identity: [], organisation: [], processors: [], transfers: [], jointControllers: [], dates: [])
            }
        }

        static func check(_ activity: Activity, _ identity: IdentityRules, _ rules: ActivityRules) -> Found {
            (identity.check(activity), rules.check(activity), DateRules.check(activity))
        }

        /// The rule sets in their order, each over the entities in the register's order, as `check()` of
        /// each set gives them, sorted: findings of one entity keep the order in which they were found.
        func sorted() -> [Finding] {
            // Visited where they are, not gathered into one list first: that copied every finding once
            // more (retaining its strings) and released the copies after the sort.
            Validator.sortedStably { each in
                func visit(_ list: [Finding]) {
                    list.withUnsafeBufferPointer { buffer in for index in buffer.indices { each(buffer[index]) } }
                }
                visit(identity.duplicates)
                for index in perActivity.indices { visit(perActivity[index].identity) }
                visit(identityOthers)
                visit(organisation)
                for index in perActivity.indices { visit(perActivity[index].rules) }
                for index in chains.indices { visit(chains[index]) }
                visit(processors)
                visit(transfers)
                visit(jointControllers)
                for index in perActivity.indices { visit(perActivity[index].dates) }
                visit(datesOthers)
            }
        }
    }

    static let kindOrder = Dictionary(uniqueKeysWithValues: EntityKind.allCases.enumerated().map { ($1, $0) })

    /// The findings in the order `order` gives, findings it does not order keeping theirs (a stable sort).
    static func sortedStably(_ found: [Finding]) -> [Finding] {
        sortedStably { each in found.withUnsafeBufferPointer { buffer in for index in buffer.indices { each(buffer[index]) } } }
    }

    /// The same, for the findings `visit` shows in their order (it must show the same ones each time it is
    /// called). Each entity id is numbered once and findings are sorted on whole numbers: comparing ids as
    /// strings and copying findings in every comparison was a twentieth of `ropa validate`. Each finding is
    /// copied once, into its place in the result.
    static func sortedStably(_ visit: ((Finding) -> Void) -> Void) -> [Finding] {
        var numberOfID: [String: Int] = [:]
        var ids: [String] = []
        let kinds = EntityKind.allCases.count
        var keys: [(group: Int, entity: Int, position: Int)] = []
        visit { finding in
            let number: Int
            if let known = numberOfID[finding.entityID] {
                number = known
            } else {
                number = ids.count
                numberOfID[finding.entityID] = number
                ids.append(finding.entityID)
            }
            keys.append((finding.severity.rank * kinds + (kindOrder[finding.kind] ?? 0), number, keys.count))
        }
        // Ids ranked in string order (equal ids, as `String` compares them, share one number).
        var rank = [Int](repeating: 0, count: ids.count)
        for (position, number) in ids.indices.sorted(by: { ids[$0] < ids[$1] }).enumerated() { rank[number] = position }
        for index in keys.indices { keys[index].entity = rank[keys[index].entity] }
        keys.sort { $0 < $1 }
        var place = [Int](repeating: 0, count: keys.count)
        for (destination, key) in keys.enumerated() { place[key.position] = destination }
        return [Finding](unsafeUninitializedCapacity: keys.count) { buffer, initialised in
            initialised = 0
            guard let base = buffer.baseAddress else { return }
            var position = 0
            visit { finding in
                guard position < place.count else { return }
                (base + place[position]).initialize(to: finding)
                position += 1
            }
            // `visit` showed the same findings again, so every place is filled.
            precondition(position == place.count, "the findings visited twice differ")
            initialised = position
        }
    }

    /// Whether `a` comes before `b` by severity, kind and entity; nil when those are the same.
    static func order(_ a: Finding, _ b: Finding) -> Bool? {
        if a.severity != b.severity { return a.severity < b.severity }
        if a.kind != b.kind { return (kindOrder[a.kind] ?? 0) < (kindOrder[b.kind] ?? 0) }
        if a.entityID != b.entityID { return a.entityID < b.entityID }
        return nil
    }
}

/// What the last validation found, part by part, for `Validator.findings(memo:editedActivity:)`. Safe
/// to share between threads.
public final class ValidationMemo: Sendable {
    private struct State {
        var activities: [Activity]
        var asOf: CalendarDate
        var parts: Validator.Parts
        /// How many activities that are not retired use each processor.
        var uses: [String: Int]
        var result: [Finding]
    }

    private struct Kept {
        var state: State?
        var lastWasEdit = false
    }

    private let kept = Mutex(Kept())

    public init() {}

    /// Whether the last validation followed an edit of one activity, so that only that activity's
    /// findings can have changed (else it validated the register as a whole).
    public var lastValidationFollowedEdit: Bool {
        kept.withLock { $0.lastWasEdit }
    }

    func findings(_ validator: Validator, editedActivity: Int?) -> [Finding] {
        kept.withLock { kept in
            kept.lastWasEdit = false
            if let index = editedActivity, var state = kept.state {
                // Taken out while it changes, so that its arrays have one owner and change in place.
                kept.state = nil
                let result = Self.edit(&state, validator, index)
                kept.state = state
                if let result {
                    kept.lastWasEdit = true
                    return result
                }
            }
            let register = validator.register
            // An activity's findings can be reused while the ids it may refer to are the same.
            let identity = IdentityRules(register: register)
            let earlier = kept.state.flatMap { $0.parts.identity.ids == identity.ids && $0.parts.identity.legalEntityIDs == identity.legalEntityIDs ? $0 : nil }
            let parts = Validator.Parts(validator) { index, activity in
                // The same activity at the same place (the usual case), else not reused.
                guard let earlier, index < earlier.activities.count, earlier.activities[index] == activity else { return nil }
                return earlier.parts.perActivity[index]
            }
            var uses: [String: Int] = [:]
            for activity in register.activities where activity.status != .retired {
                for id in activity.processorIds { uses[id, default: 0] += 1 }
            }
            let result = parts.sorted()
            // A copy of the activities of its own (`map` makes one; assigning the array would share it): the
            // register's array is then not shared with the memo, and edits change both in place.
            kept.state = State(activities: register.activities.map { $0 }, asOf: validator.asOf, parts: parts, uses: uses, result: result)
            return result
        }
    }

    /// The findings after one activity changed in place, or nil (with `state` unchanged) when more than
    /// its own findings could change (another entity shares its id, ids or the day changed).
    private static func edit(_ state: inout State, _ validator: Validator, _ index: Int) -> [Finding]? {
        let register = validator.register
        guard state.asOf == validator.asOf, state.activities.count == register.activities.count,
              register.activities.indices.contains(index) else { return nil }
        let before = state.activities[index], after = register.activities[index]
        let id = after.id
        guard before.id == id, !state.parts.identity.duplicates.contains(where: { $0.entityID == id }) else { return nil }
        let old = state.parts.perActivity[index], oldChain = state.parts.chains[index]
        let found = Validator.Parts.check(after, state.parts.identity, ActivityRules(register: register))
        state.parts.perActivity[index] = found
        let chain = ActivityChainRules(register: register).check(after)
        state.parts.chains[index] = chain
        let sameFindings = found.identity == old.identity && found.rules == old.rules && found.dates == old.dates && chain == oldChain
        // Its own copy, changed in place: taking the register's array would share it, and the next edit
        // of the register would copy all of it.
        state.activities[index] = after

        // Processors in use, counted, so that an edit of one activity updates them.
        func count(_ activity: Activity, _ step: Int) {
            guard activity.status != .retired else { return }
            for processor in activity.processorIds {
                let new = (state.uses[processor] ?? 0) + step
                state.uses[processor] = new == 0 ? nil : new
            }
        }
        let affected = Set(before.processorIds + after.processorIds)
        let usedBefore = affected.filter { state.uses[$0] != nil }
        count(before, -1)
        count(after, 1)
        if affected.filter({ state.uses[$0] != nil }) != usedBefore {
            let inUse = Set(state.uses.keys)
            let processors = ProcessorRules(register: register, asOf: validator.asOf, inUse: inUse).check()
            if processors != state.parts.processors {
                state.parts.processors = processors
                state.result = state.parts.sorted()
                return state.result
            }
        }

        // Typing into a field seldom changes what is found: then the list is the one returned last.
        if sameFindings { return state.result }
        // Only this activity's findings change: take them out of the sorted list and put the new ones in
        // their place, which in each severity is after the findings that sort before the activity.
        // In place (the caller let go of the list returned last, so it has one owner), and by position:
        // `removeAll(where:)` copied each of the 16 000 findings of a large register.
        let stale = state.result.withUnsafeBufferPointer { findings in
            findings.indices.filter { findings[$0].kind == .activity && findings[$0].entityID == id }
        }
        for position in stale.reversed() { state.result.remove(at: position) }
        let new = found.identity + found.rules + chain + found.dates
        for severity in Severity.allCases {
            let ofSeverity = new.filter { $0.severity == severity }
            guard let probe = ofSeverity.first else { continue }
            var low = 0, high = state.result.count
            while low < high {
                let middle = (low + high) / 2
                if Validator.order(state.result[middle], probe) ?? true { low = middle + 1 } else { high = middle }
            }
            state.result.insert(contentsOf: ofSeverity, at: low)
        }
        return state.result
    }
}

/// Shared helpers for the rule sets.
extension Register {
    func isBlank(_ text: String?) -> Bool {
        guard let text else { return true }
        // Most text starts with a printable ASCII character, which begins a character that is not white space.
        if let first = text.utf8.first, first > 0x20 && first < 0x7F { return false }
        return text.allSatisfy { $0.isWhitespace }
    }
}
