import RopaModel

/// The register being edited, as a model of its own: the register now, the one on disk (`base`), and the
/// undo and redo steps between them. It knows nothing of screens; `AppState` keeps its findings and
/// caches in step with it.
public struct RegisterEdits: Sendable {
    public internal(set) var register: Register
    /// The register as it is on disk (last loaded or saved): unsaved edits are the difference to it.
    public private(set) var base: Register
    /// Undo and redo stacks of whole registers (values share storage, so a step is cheap).
    public private(set) var undoStack: [(register: Register, revision: Int)] = []
    public private(set) var redoStack: [(register: Register, revision: Int)] = []
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

    /// A change as one undoable step.
    mutating func commit(_ newRegister: Register) {
        undoStack.append((register, revision))
        if undoStack.count > RegisterEdits.undoLimit { undoStack.removeFirst() }
        redoStack.removeAll()
        register = newRegister
        revision = nextRevision
        nextRevision += 1
    }

    mutating func undo() -> Bool {
        guard let previous = undoStack.popLast() else { return false }
        redoStack.append((register, revision))
        register = previous.register
        revision = previous.revision
        return true
    }

    mutating func redo() -> Bool {
        guard let next = redoStack.popLast() else { return false }
        undoStack.append((register, revision))
        register = next.register
        revision = next.revision
        return true
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
