import RopaModel

extension AppState {
    /// The selected row of the current section's list.
    var selectedRow: Table.Row? {
        let rows = currentVisibleRows()
        return rows.indices.contains(list.cursor) ? rows[list.cursor] : nil
    }

    var selectedEntity: EntityRef? {
        if section == .overview { return EntityRef(.organisation, register.organisation.id) }
        if case .entity(let ref)? = selectedRow?.target { return ref }
        return nil
    }

    mutating func handleListKey(_ key: Key) -> [Effect] {
        let before = list
        var current = list
        // The Overview's cursor moves over its "Needs attention" lines; a list's over its rows.
        let count = section == .overview ? OverviewScreen.cachedAttention(&self).count : visibleRows().count
        let page = section == .overview ? OverviewScreen.attentionHeight(self, headerCount: OverviewScreen.header(self).count)
                                        : Layout.listBodyHeight(size)
        let outcome = current.update(key, section: section, count: count, page: page)
        list = current
        let action: ListAction
        switch outcome {
        case .handled, .ignored:
            return []
        case .filterCleared:
            keepSelection(of: before)
            return []
        case .action(let chosen):
            action = chosen
        }
        switch action {
        case .nextSection:
            section = Section(rawValue: section.rawValue % Section.allCases.count + 1) ?? .overview
        case .previousSection:
            section = Section(rawValue: (section.rawValue + Section.allCases.count - 2) % Section.allCases.count + 1) ?? .overview
        case .filter, .clearFilter, .sortReverse:
            break
        case .sortNext:
            let columns = visibleRows().table.columns
            current.sortColumn = columns.isEmpty ? 0 : (current.sortColumn + 1) % columns.count
            current.ascending = true
            list = current
            status = (text("Sorted by ", "Sorterat på ") + (columns.indices.contains(current.sortColumn)
                ? columns[current.sortColumn].title : ""), false)
        case .open where section == .overview:
            openAttention()
        case .open:
            return openSelected()
        case .edit:
            if let ref = selectedEntity { openForm(ref, focus: nil) }
        case .add:
            addEntity()
        case .duplicate:
            duplicateSelected()
        case .delete:
            if let ref = selectedEntity, ref.kind != .organisation { askDelete(ref) }
        case .notice:
            noticeRequested = true
            return [.loadNotice(width: size.columns - 2)]
        case .export:
            let name = session.name
            modal = .prompt(Prompt(title: text("Export to (.csv, .md, .json, .docx, .html; .notice.md, .notice.html, .notice.docx: the privacy notice)",
                                               "Exportera till (.csv, .md, .json, .docx, .html; .notice.md, .notice.html, .notice.docx: integritetsinformationen)"),
                                   editor: TextEditor("\(name)-register.md"), purpose: .exportPath))
        case .mark:
            if case .version(let version)? = selectedRow?.target {
                historyMark = historyMark == version.hash ? nil : version.hash
                status = historyMark == nil ? nil : (text("Marked version \(version.label): Enter on another compares them",
                                                          "Markerade version \(version.label): Enter på en annan jämför dem"), false)
            }
        case .markReviewed:
            markReviewed()
        case .restore:
            if case .version(let version)? = selectedRow?.target, canEdit() {
                modal = .confirm(Confirmation(
                    title: text("Restore version \(version.label)?", "Återställ version \(version.label)?"),
                    lines: [version.message,
                            text("It becomes a new version; no history is lost.", "Den blir en ny version; ingen historik går förlorad."),
                            isDirty ? text("Unsaved changes will be discarded.", "Osparade ändringar kastas.") : "",
                            text("Press y to restore; any other key keeps the register as it is.",
                                 "Tryck y för att återställa; annan tangent lämnar registret som det är.")].filter { !$0.isEmpty },
                    action: .restore(version)))
            }
        }
        return []
    }

    /// After the filter was cleared: the cursor on the row it was on under the filter (not on the same
    /// position).
    private mutating func keepSelection(of filtered: ListState) {
        let rows = currentVisibleRows(filtered)
        guard rows.indices.contains(filtered.cursor) else { return }
        let selected = rows[filtered.cursor].target
        var current = list
        let all = visibleRows()
        if let position = all.indices.first(where: { all[$0].target == selected }) {
            current.cursor = position
            current.scroll = max(0, position - Layout.listBodyHeight(size) / 2)
            list = current
        }
    }

    /// Back from an entity's form to the list: the cursor on its row, wherever it sorted to (a new or
    /// renamed entity moves); left where it was when the list does not show it (a finding, a filtered row).
    mutating func selectInList(_ ref: EntityRef) {
        guard stack.isEmpty, section != .overview else { return }
        let rows = visibleRows()
        let target = Table.Target.entity(ref)
        guard let position = rows.indices.first(where: { rows[$0].target == target }) else { return }
        var current = list
        current.cursor = position
        list = current
    }

    /// Enter on the Overview: the entity at the field the selected "Needs attention" line is about (the
    /// organisation when nothing needs attention).
    private mutating func openAttention() {
        let items = OverviewScreen.attention(self)
        if items.indices.contains(list.cursor) {
            let item = items[list.cursor]
            if RegisterEditing.json(of: item.ref, in: register) != nil { openForm(item.ref, focus: item.field) }
        } else {
            openDetail(EntityRef(.organisation, register.organisation.id))
        }
    }

    private mutating func openSelected() -> [Effect] {
        switch section {
        case .overview:
            openDetail(EntityRef(.organisation, register.organisation.id))
        case .review:
            // Opening an agreement shows its Art 28(3) checklist as a form.
            if let ref = selectedEntity { openForm(ref, focus: "agreement.clauses") }
        case .findings:
            if case .finding(let index)? = selectedRow?.target, findings.indices.contains(index) {
                let finding = findings[index]
                openForm(EntityRef(finding.kind, finding.entityID), focus: finding.field)
            }
        case .history:
            if case .version(let version)? = selectedRow?.target {
                if let mark = historyMark, mark != version.hash,
                   let marked = session.versions.first(where: { $0.hash == mark }) {
                    let (from, to) = marked.number < version.number ? (marked, version) : (version, marked)
                    return [.loadDiff(from: from.hash, to: to.hash, title: text("Version \(from.label) → \(to.label)", "Version \(from.label) → \(to.label)"))]
                }
                return [.loadDiff(from: version.parents.first, to: version.hash,
                                  title: text("Version \(version.label): \(version.message)", "Version \(version.label): \(version.message)"))]
            }
        default:
            if let ref = selectedEntity { openDetail(ref) }
        }
        return []
    }

    /// "Mark reviewed": last reviewed today, next review after the register's interval, saved as one
    /// version of that processor's change alone. With other edits unsaved it asks first, since a save
    /// takes every unsaved edit; an agreement recorded as missing cannot have been reviewed.
    private mutating func markReviewed() {
        guard canEdit(), let ref = selectedEntity, ref.kind == .processor, let processor = register.processor(ref.id) else { return }
        guard processor.agreement.status != .missing else {
            status = (text("No agreement to review: '\(processor.name)' has none recorded (Enter opens it)",
                           "Inget avtal att granska: '\(processor.name)' saknar registrerat avtal (Enter öppnar det)"), true)
            return
        }
        if isDirty {
            modal = .confirm(Confirmation(
                title: text("Mark '\(processor.name)' reviewed?", "Markera '\(processor.name)' granskat?"),
                lines: [text("Other edits are unsaved: the version would hold them too.", "Andra ändringar är osparade: versionen skulle innehålla dem också."),
                        text("Press y to save them together; any other key cancels (s saves them first).",
                             "Tryck y för att spara dem tillsammans; annan tangent avbryter (s sparar dem först).")],
                action: .markReviewed(ref)))
            return
        }
        confirmMarkReviewed(ref)
    }

    mutating func confirmMarkReviewed(_ ref: EntityRef) {
        do {
            let marked = try MarkReviewed(register: register, processorID: ref.id, asOf: asOf)
            applyUndoableEdit(marked.register)
            modal = .prompt(Prompt(title: text("Version message (Enter saves, Esc keeps it unsaved)", "Versionsmeddelande (Enter sparar, Esc sparar inte)"),
                                   editor: TextEditor(marked.message(language)), purpose: .saveMessage(thenQuit: false)))
        } catch {
            status = (describe(error), true)
        }
    }

    mutating func openDetail(_ ref: EntityRef) {
        stack.append(.detail(DetailState(ref: ref)))
    }

    /// Opens the edit form on an entity, with the cursor on the named field (or the name).
    mutating func openForm(_ ref: EntityRef, focus field: String?) {
        let rows = cachedFormRows(for: ref)
        var cursor = rows.firstIndex { $0.path == ["name"] } ?? 0
        if let field {
            let wanted = FieldPath(field).dotted
            var best = -1
            for (index, row) in rows.enumerated() where row.kind != .add && row.path != ["id"] {
                let path = row.pathText
                if (wanted == path || wanted.hasPrefix(path + ".")) && path.count > best {
                    best = path.count
                    cursor = index
                }
            }
        }
        stack.append(.form(FormState(ref: ref, cursor: cursor)))
    }

    private mutating func addEntity() {
        guard canEdit() else { return }
        let kind = section.entityKind ?? (section == .overview ? nil : .activity)
        guard let kind, kind != .organisation else {
            status = (text("Choose a list (2–6) to add to", "Välj en lista (2–6) att lägga till i"), true)
            return
        }
        startDraft(kind)
    }

    private mutating func duplicateSelected() {
        guard canEdit(), let ref = selectedEntity else { return }
        do {
            let (newRegister, newRef) = try RegisterEditing.duplicating(ref, in: register, language: language)
            applyUndoableEdit(newRegister)
            openForm(newRef, focus: "name")
        } catch {
            status = (describe(error), true)
        }
    }

    mutating func askDelete(_ ref: EntityRef) {
        guard canEdit() else { return }
        let name = RegisterEditing.name(of: ref, in: register) ?? ref.id
        let references = register.references(to: ref.id)
        var lines = references.isEmpty
            ? [text("Nothing refers to it.", "Inget hänvisar till den.")]
            : [text("It will also be removed from:", "Den tas också bort från:")]
                + references.map { "  \($0.kind.label.text(language)) '\($0.name)' (\(ChangeText.fieldPlace($0.field, kind: $0.kind, language: language).0))" }
        lines.append(text("Press y to delete; any other key keeps it. Undo with u.", "Tryck y för att ta bort; annan tangent behåller. Ångra med u."))
        modal = .confirm(Confirmation(title: text("Delete \(ref.kind.label.en.lowercased()) '\(name)'?", "Ta bort \(ref.kind.label.sv.lowercased()) '\(name)'?"),
                                      lines: lines, action: .delete(ref)))
    }
}
