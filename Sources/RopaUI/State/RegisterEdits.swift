import RopaModel

/// The register being edited, as a model of its own: the register now, the one on disk (`base`), and the
/// undo and redo steps between them. It knows nothing of screens; `AppState` keeps its findings and
/// caches in step with it.
public struct RegisterEdits: Sendable {
    public internal(set) var register: Register
    /// The register as it is on disk (last loaded or saved): unsaved edits are the difference to it.
    public private(set) var base: Register
    /// Undo and redo stacks of steps, each with the revision it returns to.
    private var undoStack: [(step: Step, revision: Int)] = []
    private var redoStack: [(step: Step, revision: Int)] = []
    /// Increases with every change; the register is saved when it equals `savedRevision`.
    public private(set) var revision = 0
    public private(set) var savedRevision = 0
    private var nextRevision = 1

    public static let undoLimit = 500

    init(_ register: Register) {
        self.register = register
        self.base = register
    }

    public var isDirty: Bool { revision != savedRevision }

    /// What undo or redo puts back. A register of 10 000 activities is a large array: a step that keeps
    /// the whole register before it made every edit of one activity copy all of them (the undo stack
    /// shared the array), so an edit of one activity keeps that activity alone and is made in place.
    private enum Step {
        case register(Register)
        /// The activity at `index` (found by its id should the index no longer hold it).
        case activity(index: Int, Activity)
    }

    /// A change as one undoable step.
    mutating func commit(_ newRegister: Register) {
        push(.register(register))
        register = newRegister
    }

    /// A change of the activity at `index` as one undoable step, made in place.
    mutating func commit(_ activity: Activity, at index: Int) {
        push(.activity(index: index, register.activities[index]))
        register.activities[index] = activity
    }

    private mutating func push(_ step: Step) {
        undoStack.append((step, revision))
        if undoStack.count > RegisterEdits.undoLimit { undoStack.removeFirst() }
        redoStack.removeAll()
        revision = nextRevision
        nextRevision += 1
    }

    mutating func undo() -> Bool {
        guard let previous = undoStack.popLast() else { return false }
        redoStack.append((apply(previous.step), revision))
        revision = previous.revision
        return true
    }

    mutating func redo() -> Bool {
        guard let next = redoStack.popLast() else { return false }
        undoStack.append((apply(next.step), revision))
        revision = next.revision
        return true
    }

    /// Puts a step's content in place and returns the step that takes it back.
    private mutating func apply(_ step: Step) -> Step {
        switch step {
        case .register(let other):
            defer { register = other }
            return .register(register)
        case .activity(var index, let activity):
            if !register.activities.indices.contains(index) || register.activities[index].id != activity.id {
                guard let found = Register.position(in: register.activities, id: activity.id) else { return step }
                index = found
            }
            defer { register.activities[index] = activity }
            return .activity(index: index, register.activities[index])
        }
    }

    /// The current register is what is on disk now.
    mutating func markSaved() {
        savedRevision = revision
        base = register
    }

    /// Takes the register on disk as the new base and re-applies the unsaved edits onto it.
    mutating func rebase(onto theirs: Register) -> RegisterRebase.Result {
        let result = RegisterRebase.rebase(mine: register, base: base, onto: theirs)
        base = theirs
        undoStack.removeAll()
        redoStack.removeAll()
        savedRevision = nextRevision
        nextRevision += 1
        register = result.register
        if register == theirs {
            revision = savedRevision
        } else {
            revision = nextRevision
            nextRevision += 1
        }
        return result
    }

    /// A saved register in place of this one (after a restore), with nothing to undo into.
    mutating func replace(with newRegister: Register) {
        register = newRegister
        base = newRegister
        undoStack.removeAll()
        redoStack.removeAll()
        revision = nextRevision
        nextRevision += 1
        savedRevision = revision
    }
}
