import RopaJSON
import RopaModel

extension AppState {
    var formRows: [FormRow] {
        guard case .form(let form)? = stack.last else { return [] }
        return formRows(for: form.ref)
    }

    mutating func handleFormKey(_ key: Key) -> [Effect] {
        guard case .form(var form)? = stack.last else { return [] }
        let rows = formRows
        guard rows.indices.contains(form.cursor) else { return [] }
        let row = rows[form.cursor]

        let action: FormAction
        switch form.update(key, rowCount: rows.count, page: Layout.pageBodyHeight(size)) {
        case .handled, .ignored:
            stack[stack.count - 1] = .form(form)
            return []
        case .cancelEdit:
            if form.isDraft {
                discardDraft()
                return []
            }
            form.editor = nil
            form.error = nil
            stack[stack.count - 1] = .form(form)
            return []
        case .commit(let text):
            do {
                if row.path == ["id"] {
                    try commitID(text, form: &form)
                } else if try !commitName(text, row: row, form: &form) {
                    try applyText(text, to: row, ref: form.ref)
                }
                form.editor = nil
                form.error = nil
            } catch {
                // The typed text stays in the field, the reason beside it.
                form.error = (row.path, describe(error))
                status = (describe(error), true)
            }
            stack[stack.count - 1] = .form(form)
            return []
        case .action(let chosen):
            action = chosen
        }
        switch action {
        case .nextField, .previousField:
            break
        case .back:
            stack.removeLast()
            selectInList(form.ref)
        case .activate:
            activate(row, ref: form.ref)
        case .externalEditor:
            guard row.kind == .field || row.kind == .textItem, canEdit() else { return [] }
            if case .text? = row.spec { return [.openEditor(text: currentText(row, ref: form.ref))] }
            if row.kind == .textItem { return [.openEditor(text: currentText(row, ref: form.ref))] }
        case .remove, .clear:
            removeOrClear(row, ref: form.ref, isDeleteKey: action == .remove)
        case .moveUp:
            moveElement(row, ref: form.ref, by: -1)
        case .moveDown:
            moveElement(row, ref: form.ref, by: 1)
        }
        return []
    }

    func currentText(_ row: FormRow, ref: EntityRef) -> String {
        guard let value = RegisterEditing.json(of: ref, in: register) else { return "" }
        switch JSONPath.value(at: row.path, in: value) {
        case .string(let text)?: return text
        case .int(let number)?: return String(number)
        default: return ""
        }
    }

    /// Enter on a row: edit text in place, open a picker, toggle a flag, or add to a list.
    mutating func activate(_ row: FormRow, ref: EntityRef) {
        guard case .form(var form)? = stack.last else { return }
        switch row.kind {
        case .header where row.path == ["id"]:
            editID(&form)
            stack[stack.count - 1] = .form(form)
            return
        case .header where isEmptyList(row, ref: ref):
            // Enter on an empty list's heading adds the first element, as its "+ add" row does.
            if let add = formRows.firstIndex(where: { $0.kind == .add && $0.path == row.path }) {
                form.cursor = add
                stack[stack.count - 1] = .form(form)
                activate(formRows[add], ref: ref)
            }
            return
        case .header, .item:
            if form.cursor + 1 < formRows.count { form.cursor += 1 }
            stack[stack.count - 1] = .form(form)
            return
        case .add:
            guard canEdit() else { return }
            if case .list(_, _, let item, let fields, let template)? = row.spec {
                let existing = JSONPath.value(at: row.path, in: RegisterEditing.json(of: ref, in: register) ?? .null)?.arrayValue ?? []
                let taken = Set(existing.compactMap { $0["id"]?.stringValue })
                let id = EntityID.unique(from: item.text(language), taken: taken)
                perform(ref) { entity in
                    try JSONPath.setting(.array(existing + [template(id)]), at: row.path, in: entity)
                }
                let target = row.path + [id] + [fields.first?.key ?? "name"]
                if let index = formRows.firstIndex(where: { $0.path == target }) {
                    form.cursor = index
                    form.editor = TextEditor()
                }
                stack[stack.count - 1] = .form(form)
                return
            }
            form.editor = TextEditor()
            stack[stack.count - 1] = .form(form)
            return
        case .textItem:
            guard canEdit() else { return }
            form.editor = TextEditor(currentText(row, ref: ref))
            stack[stack.count - 1] = .form(form)
            return
        case .field:
            break
        }
        guard canEdit(), let spec = row.spec else { return }
        switch spec {
        case .text where offerAdequacyDecisions(row, ref: ref):
            break
        case .text, .date, .number:
            form.editor = TextEditor(currentText(row, ref: ref))
            stack[stack.count - 1] = .form(form)
        case .flag:
            let current = JSONPath.value(at: row.path, in: RegisterEditing.json(of: ref, in: register) ?? .null)
            let next: JSONValue = current == .bool(true) ? .bool(false) : current == .bool(false) ? .null : .bool(true)
            perform(ref) { try JSONPath.setting(next, at: row.path, in: $0) }
        case .choice(_, let label, let options, let required):
            var choices = options.map { Picker.Option(value: $0.raw, label: $0.label.text(language), detail: Citation.text($0.detail ?? "", language)) }
            if !required { choices.insert(Picker.Option(value: nil, label: text("(not set)", "(ej angivet)"), detail: ""), at: 0) }
            openPicker(label.text(language), choices, multiple: false, ref: ref, path: row.path)
        case .choices(_, let label, let options):
            let choices = options.map { Picker.Option(value: $0.raw, label: $0.label.text(language), detail: Citation.text($0.detail ?? "", language)) }
            let current = JSONPath.value(at: row.path, in: RegisterEditing.json(of: ref, in: register) ?? .null)?.arrayValue?.compactMap(\.stringValue) ?? []
            openPicker(label.text(language), choices, multiple: true, ref: ref, path: row.path, chosen: Set(current))
        case .country(_, let label):
            var choices = register.countries.countries.map { country in
                Picker.Option(value: country.code, label: "\(country.code) \(country.name(language))", detail: country.transferStatus.text(language))
            }
            choices.insert(Picker.Option(value: nil, label: text("(not set)", "(ej angivet)"), detail: ""), at: 0)
            openPicker(label.text(language), choices, multiple: false, ref: ref, path: row.path)
        case .reference(_, let label, let kind):
            var targetKind = kind
            if row.path == ["recipient", "id"], case .transfer = ref.kind, let transfer = register.transfer(ref.id) {
                targetKind = transfer.recipient.kind == .jointController ? .jointController : .processor
            }
            var choices = register.entityIndex.filter { $0.kind == targetKind && $0.id != ref.id }
                .map { Picker.Option(value: $0.id, label: $0.name, detail: $0.id) }
            choices.insert(Picker.Option(value: nil, label: text("(none)", "(ingen)"), detail: ""), at: 0)
            openPicker(label.text(language), choices, multiple: false, ref: ref, path: row.path)
        case .legalEntities(_, let label):
            let choices = register.organisation.legalEntities.map { Picker.Option(value: $0.id, label: $0.name, detail: $0.organisationNumber ?? "") }
            let current = JSONPath.value(at: row.path, in: RegisterEditing.json(of: ref, in: register) ?? .null)?.arrayValue?.compactMap(\.stringValue) ?? []
            openPicker(label.text(language), choices, multiple: true, ref: ref, path: row.path, chosen: Set(current))
        case .references(_, let label, let kind):
            let choices = register.entityIndex.filter { $0.kind == kind && $0.id != ref.id }
                .map { Picker.Option(value: $0.id, label: $0.name, detail: $0.id) }
            let current = JSONPath.value(at: row.path, in: RegisterEditing.json(of: ref, in: register) ?? .null)?.arrayValue?.compactMap(\.stringValue) ?? []
            openPicker(label.text(language), choices, multiple: true, ref: ref, path: row.path, chosen: Set(current))
        default:
            break
        }
    }

    /// A list, list of texts or map heading with nothing in it yet.
    private func isEmptyList(_ row: FormRow, ref: EntityRef) -> Bool {
        switch row.spec {
        case .list?, .textList?, .textMap?:
            let value = JSONPath.value(at: row.path, in: RegisterEditing.json(of: ref, in: register) ?? .null)
            return (value?.arrayValue?.isEmpty ?? true) && (value?.objectValue?.isEmpty ?? true)
        default:
            return false
        }
    }

    private mutating func openPicker(_ title: String, _ options: [Picker.Option], multiple: Bool, ref: EntityRef, path: [String], chosen: Set<String> = []) {
        let current = JSONPath.value(at: path, in: RegisterEditing.json(of: ref, in: register) ?? .null)?.stringValue
        let cursor = options.firstIndex { $0.value == current && current != nil } ?? 0
        var picker = Picker(title: title, options: options, multiple: multiple, chosen: chosen, ref: ref, path: path)
        picker.cursor = cursor
        modal = .picker(picker)
    }

    /// Stores typed text into the field, list or map the row stands for; throws when the model refuses it.
    mutating func applyText(_ text: String, to row: FormRow, ref: EntityRef) throws {
        guard let entity = RegisterEditing.json(of: ref, in: register) else { return }
        let value: JSONValue
        var path = row.path
        switch (row.kind, row.spec) {
        case (.add, .textList?):
            guard !text.isEmpty else { return }
            let existing = JSONPath.value(at: row.path, in: entity)?.arrayValue ?? []
            value = .array(existing + [.string(text)])
        case (.add, .textMap?):
            guard let equals = text.firstIndex(of: "="), !text[..<equals].isEmpty else {
                throw EditError.invalid(LocalizedText(BilingualText(en: "write field=source", sv: "skriv fält=källa")))
            }
            path = row.path + [String(text[..<equals])]
            value = .string(String(text[text.index(after: equals)...]))
        case (.textItem, _):
            value = text.isEmpty ? .null : .string(text)
        case (.field, .date?):
            guard text.isEmpty || CalendarDate(text) != nil else {
                throw EditError.invalid(LocalizedText(BilingualText(en: "not a date: write YYYY-MM-DD", sv: "inget datum: skriv ÅÅÅÅ-MM-DD")))
            }
            value = text.isEmpty ? .null : .string(text)
        case (.field, .number?):
            if text.isEmpty {
                value = .null
            } else {
                guard let number = Int(text), number >= 0 else {
                    throw EditError.invalid(LocalizedText(BilingualText(en: "not a whole number", sv: "inget heltal")))
                }
                value = .int(number)
            }
        case (.field, .text(_, _, let required)?):
            value = text.isEmpty && !required ? .null : .string(text)
        default:
            value = .string(text)
        }
        try store(value, at: path, of: ref)
    }

    /// Writes a value, creating the nested objects on its path with cautious defaults, as one undoable step.
    mutating func store(_ value: JSONValue, at path: [String], of ref: EntityRef) throws {
        guard canEdit(), var entity = RegisterEditing.json(of: ref, in: register) else { return }
        for container in FormDefaults.containers(along: path, in: EntityForms.fields(for: ref.kind))
        where container.path.count < path.count && JSONPath.value(at: container.path, in: entity) == nil {
            entity = try JSONPath.setting(FormDefaults.object(for: container.fields), at: container.path, in: entity)
        }
        entity = try JSONPath.setting(value, at: path, in: entity)
        try applyUndoableEdit(replacing: ref, with: entity)
    }

    /// Runs an edit of the entity's JSON and commits it, or shows why it was refused.
    mutating func perform(_ ref: EntityRef, _ edit: (JSONValue) throws -> JSONValue) {
        guard canEdit(), let entity = RegisterEditing.json(of: ref, in: register) else { return }
        do {
            try applyUndoableEdit(replacing: ref, with: try edit(entity))
        } catch {
            status = (describe(error), true)
        }
    }

    private mutating func removeOrClear(_ row: FormRow, ref: EntityRef, isDeleteKey: Bool) {
        switch row.kind {
        case .item, .textItem:
            perform(ref) { try JSONPath.setting(.null, at: row.path, in: $0) }
        case .field where !isDeleteKey:
            if case .text(_, _, true)? = row.spec { return }
            if case .choice(_, _, _, true)? = row.spec { return }
            perform(ref) { try JSONPath.setting(.null, at: row.path, in: $0) }
        case .header where isDeleteKey && row.path.count == 1 && row.spec.map({ if case .group = $0 { return true } else { return false } }) == true:
            perform(ref) { try JSONPath.setting(.null, at: row.path, in: $0) }
        default:
            break
        }
    }

    private mutating func moveElement(_ row: FormRow, ref: EntityRef, by offset: Int) {
        guard row.kind == .item || row.kind == .textItem, let key = row.path.last else { return }
        let listPath = Array(row.path.dropLast())
        guard let entity = RegisterEditing.json(of: ref, in: register),
              var elements = JSONPath.value(at: listPath, in: entity)?.arrayValue else { return }
        let index = elements.firstIndex { $0["id"]?.stringValue == key } ?? Int(key) ?? -1
        let target = index + offset
        guard elements.indices.contains(index), elements.indices.contains(target) else { return }
        elements.swapAt(index, target)
        perform(ref) { try JSONPath.setting(.array(elements), at: listPath, in: $0) }
        // Follow the moved element with the cursor.
        guard case .form(var form)? = stack.last else { return }
        let movedPath = row.kind == .textItem ? listPath + ["\(target)"] : row.path
        if let position = formRows.firstIndex(where: { $0.path == movedPath && $0.kind == row.kind }) { form.cursor = position }
        stack[stack.count - 1] = .form(form)
    }

    /// Text from `$EDITOR` goes into the field under the form's cursor.
    mutating func applyEditorText(_ text: String) {
        guard case .form(var form)? = stack.last else { return }
        let rows = formRows
        guard rows.indices.contains(form.cursor) else { return }
        // Editors add a final newline; a field keeps the text without it.
        let value = text.hasSuffix("\n") ? String(text.dropLast()) : text
        do {
            try applyText(value, to: rows[form.cursor], ref: form.ref)
            form.error = nil
        } catch {
            form.error = (rows[form.cursor].path, describe(error))
        }
        stack[stack.count - 1] = .form(form)
    }

    mutating func startEditingCurrentField() {
        guard case .form(var form)? = stack.last else { return }
        let rows = formRows
        guard rows.indices.contains(form.cursor) else { return }
        form.editor = TextEditor(currentText(rows[form.cursor], ref: form.ref))
        stack[stack.count - 1] = .form(form)
    }
}
