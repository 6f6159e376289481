import RopaJSON
import RopaModel

extension AppState {
    mutating func handleModalKey(_ key: Key) -> [Effect] {
        guard let current = modal else { return [] }
        switch current {
        case .help(let scroll):
            // The arrows and page keys scroll an overlay longer than the screen; any other key closes it.
            let count = HelpOverlay.lines(self).count
            let height = HelpOverlay.height(self)
            if HelpOverlay.isScrollable(self),
               let moved = Layout.move(scroll, key: key, count: count - height + 1, page: height, typing: true) {
                modal = .help(scroll: moved)
            } else {
                modal = nil
            }
        case .quit:
            switch KeyTable.action(ScreenKeys.dialog(current), for: key) {
            case .saveAndQuit?:
                modal = nil
                quitAfterSave = true
                let effects = startSave(thenQuit: true)
                if case .prompt? = modal { return effects }
                quitAfterSave = false
                return effects
            case .discardAndQuit?:
                modal = nil
                return [.quit]
            default:
                modal = nil
            }
        case .confirm(let confirmation):
            modal = nil
            guard case .confirm? = KeyTable.action(ScreenKeys.dialog(current), for: key) else {
                status = (text("Cancelled", "Avbrutet"), false)
                return []
            }
            switch confirmation.action {
            case .delete(let ref):
                let name = RegisterEditing.name(of: ref, in: register) ?? ref.id
                applyUndoableEdit(RegisterEditing.deleting(ref, in: register))
                stack.removeAll { screen in
                    switch screen {
                    case .detail(let detail): return detail.ref == ref
                    case .form(let form): return form.ref == ref
                    case .diff: return false
                    }
                }
                status = (text("Deleted '\(name)' (u undoes)", "Tog bort '\(name)' (u ångrar)"), false)
            case .restore(let version):
                return [.restore(hash: version.hash)]
            case .markReviewed(let ref):
                confirmMarkReviewed(ref)
            }
        case .prompt(var prompt):
            switch prompt.editor.handle(key) {
            case .editing:
                modal = .prompt(prompt)
            case .cancel:
                modal = nil
                quitAfterSave = false
            case .commit(let entered):
                modal = nil
                let trimmed = entered.trimmingCharacters(in: .whitespaces)
                switch prompt.purpose {
                case .saveMessage(let thenQuit):
                    // A version says what changed: an empty message asks again instead of saving a stock one.
                    guard !trimmed.isEmpty else {
                        modal = .prompt(prompt)
                        status = (text("Write what changed (Esc cancels the save)", "Skriv vad som ändrades (Esc avbryter sparandet)"), true)
                        return []
                    }
                    quitAfterSave = thenQuit
                    return [.save(message: trimmed)]
                case .exportPath:
                    guard !trimmed.isEmpty else { return [] }
                    return [.export(path: trimmed)]
                }
            }
        case .picker(var picker):
            return handlePickerKey(key, &picker)
        case .changedOnDisk:
            modal = nil
            if case .reload? = KeyTable.action(ScreenKeys.dialog(current), for: key) { return [.reload] }
            status = (text("Not saved: your edits are kept; s tries again, r in that dialog reloads",
                           "Inte sparat: dina ändringar finns kvar; s försöker igen, r i dialogen läser in igen"), true)
        case .recovery(_, let recovered):
            switch KeyTable.action(ScreenKeys.dialog(current), for: key) {
            case .restoreRecovered?:
                modal = nil
                applyUndoableEdit(recovered)
                status = (text("Recovered the unsaved edits: s saves them", "Osparade ändringar återställda: s sparar dem"), false)
                return [.discardRecovery]
            case .discardRecovered?:
                modal = nil
                status = (text("Discarded the recovered edits", "Kastade de återställda ändringarna"), false)
                return [.discardRecovery]
            default:
                break
            }
        }
        return []
    }

    private mutating func handlePickerKey(_ key: Key, _ picker: inout Picker) -> [Effect] {
        let height = max(1, min(picker.visibleOptions.count, size.rows - 8))
        switch picker.update(key, height: height) {
        case .handled:
            modal = .picker(picker)
        case .cancel:
            modal = nil
        case .choose:
            modal = nil
            applyPicker(picker, options: picker.visibleOptions)
        }
        return []
    }

    private mutating func applyPicker(_ picker: Picker, options: [Picker.Option]) {
        let value: JSONValue
        if picker.multiple {
            // Keep the existing order, add newly chosen ones in the order they are listed.
            let current = JSONPath.value(at: picker.path, in: RegisterEditing.json(of: picker.ref, in: register) ?? .null)?
                .arrayValue?.compactMap(\.stringValue) ?? []
            let kept = current.filter { picker.chosen.contains($0) }
            let added = picker.options.compactMap(\.value).filter { picker.chosen.contains($0) && !current.contains($0) }
            value = .array((kept + added).map(JSONValue.string))
        } else {
            guard options.indices.contains(picker.cursor) else { return }
            if options[picker.cursor].value == Picker.typeOwnValue {
                startEditingCurrentField()
                return
            }
            value = options[picker.cursor].value.map(JSONValue.string) ?? .null
        }
        do {
            try store(value, at: picker.path, of: picker.ref)
            if case .string(let chosen) = value { noteAdequacyScope(chosen, ref: picker.ref) }
        } catch {
            status = (describe(error), true)
        }
    }
}

import Foundation
