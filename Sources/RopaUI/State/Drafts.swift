import Foundation
import RopaJSON
import RopaModel

/// `a` opens a draft: a form with an empty name in edit mode. Nothing is in the register until the name
/// is committed; Esc on the untouched draft leaves no trace (no `[+]`, nothing to undo). The id is made
/// from the name (diacritics folded, unique in the register) and can be changed until the entity is
/// first saved; after that it is fixed, because documents, other registers and the CLI refer to it.
extension AppState {
    /// Opens a draft of a new entity of `kind`.
    mutating func startDraft(_ kind: EntityKind) {
        guard let added = RegisterEditing.adding(kind, in: register) else { return }
        let before = register
        // Not an edit yet: the draft is shown through the register, but leaves no undo step and no `[+]`.
        register = added.0
        openForm(added.1, focus: "name")
        guard case .form(var form)? = stack.last else { return }
        form.draft = before
        form.editor = TextEditor()
        stack[stack.count - 1] = .form(form)
    }

    /// Esc on a draft: as if `a` had never been pressed.
    mutating func discardDraft() {
        guard case .form(let form)? = stack.last, let before = form.draft else { return }
        register = before
        refreshFindings()
        stack.removeLast()
        status = (text("Discarded the new entry", "Den nya posten kastades"), false)
    }

    /// Whether the entity has been saved at least once (its id is then fixed).
    func hasBeenSaved(_ ref: EntityRef) -> Bool {
        ref.kind == .organisation || baseRegister.entity(withID: ref.id, kind: ref.kind) != nil
    }

    /// Commits a typed name. A draft becomes an entity, with an id made from the name; an entity never
    /// saved whose id was made from its old name gets one made from the new name. Returns false when the
    /// row is not an entity's name, for the ordinary path to store it.
    mutating func commitName(_ typed: String, row: FormRow, form: inout FormState) throws -> Bool {
        guard row.path == ["name"], form.ref.kind != .organisation, !hasBeenSaved(form.ref) else { return false }
        let name = typed.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else {
            // Emptying the name of an entity is the ordinary edit (validation reports it); a draft needs one.
            guard form.isDraft else { return false }
            throw EditError.invalid(LocalizedText(BilingualText(en: "a name is needed (Esc discards the new entry)",
                                                                      sv: "ett namn behövs (Esc kastar den nya posten)")))
        }
        guard var value = RegisterEditing.json(of: form.ref, in: register) else { return false }
        let oldName = value["name"]?.stringValue ?? ""
        let taken = RegisterEditing.takenIDs(form.draft ?? register).subtracting([form.ref.id])
        // The id follows the name while it is the one made from the name (not typed by hand).
        let derived = form.draft != nil || form.ref.id == EntityID.unique(from: oldName, taken: taken)
        value = try JSONPath.setting(.string(name), at: ["name"], in: value)
        var named = try RegisterEditing.replacing(form.ref, with: value, in: register)
        var ref = form.ref
        if derived { (named, ref) = try RegisterEditing.renaming(form.ref, to: EntityID.unique(from: name, taken: taken), in: named) }
        if let before = form.draft {
            // The step undo takes back is from the register without the draft.
            register = before
            form.draft = nil
        }
        applyUndoableEdit(named, edited: ref == form.ref ? ref : nil)
        form.ref = ref
        return true
    }

    /// Commits a typed id of an entity never saved; every reference follows it.
    mutating func commitID(_ typed: String, form: inout FormState) throws {
        let id = typed.trimmingCharacters(in: .whitespaces)
        let (renamed, ref) = try RegisterEditing.renaming(form.ref, to: id, in: register)
        applyUndoableEdit(renamed)
        form.ref = ref
    }

    /// Enter on the id row: editable until the entity is first saved.
    mutating func editID(_ form: inout FormState) {
        guard canEdit() else { return }
        guard !hasBeenSaved(form.ref) else {
            status = (text("The id is fixed once saved: documents and the command line refer to it",
                           "Id:t är fast när posten har sparats: dokument och kommandoraden hänvisar till det"), true)
            return
        }
        form.editor = TextEditor(form.ref.id)
    }
}
