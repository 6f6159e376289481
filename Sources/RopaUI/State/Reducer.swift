import RopaModel

/// The UI's one entry point: applies an event to the state and says what work the driver must do.
public func reduce(_ state: inout AppState, _ event: Event) -> [Effect] {
    state.handle(event)
}

extension AppState {
    public mutating func handle(_ event: Event) -> [Effect] {
        let effects = dispatch(event)
        // The list or form on screen is made (or found in the cache) here, so that drawing finds it ready.
        if stack.isEmpty, section != .overview { _ = visibleRows() }
        if case .form(let form)? = stack.last { _ = cachedFormRows(for: form.ref) }
        return effects
    }

    private mutating func dispatch(_ event: Event) -> [Effect] {
        switch event {
        case .resize(let newSize):
            size = newSize
            keepCursorsVisible()
            return []
        case .key(let key):
            // A message lasts until the next key: then the hints are back (unless the key says something new).
            status = nil
            let effects = handleKey(key)
            keepCursorsVisible()
            return effects
        case .saved(let versions):
            session.versions = versions
            session.versionsAreComplete = true
            return savedVersion()
        case .savedAs(let version):
            session.versions.append(version)
            return savedVersion()
        case .nothingToSave:
            markSaved()
            status = (text("Nothing to save: the register is as on disk", "Inget att spara: registret är som på disk"), false)
            return quitAfterSave ? [.quit] : []
        case .failed(let message):
            quitAfterSave = false
            noticeRequested = false
            status = (message, true)
            return []
        case .diffLoaded(let title, let lines):
            stack.append(.diff(DiffState(title: title, lines: lines, isText: noticeRequested)))
            noticeRequested = false
            return []
        case .restored(let newRegister, let versions):
            replaceRegister(newRegister)
            session.versions = versions
            session.versionsAreComplete = true
            status = (text("Restored as version \(versions.last?.label ?? "0")", "Återställd som version \(versions.last?.label ?? "0")"), false)
            return []
        case .editorFinished(let text):
            applyEditorText(text)
            keepCursorsVisible()
            return []
        case .exported(let path):
            // A Swedish CSV is written for Swedish Excel (see the driver's export): say so.
            let forExcel = language == .sv && path.lowercased().hasSuffix(".csv")
            status = (text("Wrote \(path)", "Skrev \(path)") + (forExcel ? " (för Excel: semikolon och BOM)" : ""), false)
            return []
        case .changedOnDisk(let files):
            quitAfterSave = false
            modal = .changedOnDisk(files)
            return []
        case .reloaded(let theirs, let versions):
            session.versions = versions
            session.versionsAreComplete = true
            let result = rebase(onto: theirs)
            var message = text("Reloaded from disk; \(result.reapplied) of your edits re-applied", "Inläst från disk; \(result.reapplied) av dina ändringar återinförda")
            if !result.conflicts.isEmpty {
                message += text(". Changed on both sides (yours kept): ", ". Ändrat på båda håll (din version behölls): ") + result.conflicts.joined(separator: "; ")
            }
            status = (message, !result.conflicts.isEmpty)
            keepCursorsVisible()
            return []
        case .statusExpired:
            status = nil
            return []
        case .recovered(let time, let recovered):
            modal = .recovery(time: time, register: recovered)
            return []
        case .started(let newSize):
            let effects = start(size: newSize)
            keepCursorsVisible()
            return effects
        case .versionsLoaded(let versions):
            session.versions = versions
            session.versionsAreComplete = true
            keepCursorsVisible()
            return []
        case .findingsChecked(let checked, let generation):
            let effects = takeCheckedFindings(checked, generation: generation)
            keepCursorsVisible()
            return effects
        }
    }

    private mutating func savedVersion() -> [Effect] {
        markSaved()
        let number = session.versions.last?.label ?? "0"
        status = (text("Saved version \(number)", "Sparade version \(number)"), false)
        if quitAfterSave {
            quitAfterSave = false
            return [.quit]
        }
        return []
    }

    private mutating func handleKey(_ key: Key) -> [Effect] {
        if modal != nil { return handleModalKey(key) }
        if let top = stack.last {
            // A text field or filter being typed into takes every key.
            if case .form(let form) = top, form.editor != nil { return handleFormKey(key) }
        }
        if list.filterEditor != nil && stack.isEmpty { return handleListKey(key) }
        if let effects = handleGlobalKey(key) { return effects }
        switch stack.last {
        case .detail?: return handleDetailKey(key)
        case .form?: return handleFormKey(key)
        case .diff?: return handleDiffKey(key)
        case nil: return handleListKey(key)
        }
    }

    /// Keys that mean the same on every screen (`ScreenKeys.global`).
    private mutating func handleGlobalKey(_ key: Key) -> [Effect]? {
        guard let action = KeyTable.action(ScreenKeys.global, for: key) else { return nil }
        switch action {
        case .section(let target):
            section = target
            stack.removeAll()
            status = nil
            if target == .history, !session.versionsAreComplete { return [.loadVersions] }
        case .help:
            modal = .help(scroll: 0)
        case .quit:
            if isDirty {
                modal = .quit
                return []
            }
            return [.quit]
        case .undo:
            let before = register
            guard undo() else {
                status = (text("Nothing to undo", "Inget att ångra"), false)
                return []
            }
            // Say what was undone, in the form's words.
            let what = ChangeText.summary(from: before, to: register, language: language).map { ": " + $0 } ?? ""
            status = (text("Undone", "Ångrat") + what, false)
        case .redo:
            let before = register
            guard redo() else {
                status = (text("Nothing to redo", "Inget att göra om"), false)
                return []
            }
            let what = ChangeText.summary(from: before, to: register, language: language).map { ": " + $0 } ?? ""
            status = (text("Redone", "Gjort om") + what, false)
        case .save:
            return startSave(thenQuit: false)
        }
        return []
    }

    mutating func startSave(thenQuit: Bool) -> [Effect] {
        if let reason = session.readOnlyReason {
            status = (text("Read-only: ", "Skrivskyddat: ") + reason, true)
            return []
        }
        guard isDirty else {
            status = (text("Nothing to save", "Inget att spara"), false)
            return thenQuit ? [.quit] : []
        }
        modal = .prompt(Prompt(title: text("Version message (Enter saves, Esc cancels)", "Versionsmeddelande (Enter sparar, Esc avbryter)"),
                               editor: TextEditor(), purpose: .saveMessage(thenQuit: thenQuit)))
        return []
    }

    /// Refuses a change when the register is open read-only.
    mutating func canEdit() -> Bool {
        guard let reason = session.readOnlyReason else { return true }
        status = (text("Read-only: ", "Skrivskyddat: ") + reason, true)
        return false
    }

    /// Clamps cursors to their lists and scrolls them into view after any change.
    mutating func keepCursorsVisible() {
        if stack.isEmpty, section != .overview {
            var current = list
            let count = visibleRows().count
            current.cursor = max(0, min(current.cursor, count - 1))
            current.scroll = Layout.scroll(current.scroll, cursor: current.cursor, height: Layout.listBodyHeight(size), count: count)
            list = current
        }
        if stack.isEmpty, section == .overview {
            var current = list
            let count = OverviewScreen.cachedAttention(&self).count
            let height = OverviewScreen.attentionHeight(self, headerCount: OverviewScreen.header(self).count)
            current.cursor = max(0, min(current.cursor, count - 1))
            current.scroll = Layout.scroll(current.scroll, cursor: current.cursor, height: height, count: count)
            list = current
        }
        guard let top = stack.last else { return }
        let height = Layout.pageBodyHeight(size)
        switch top {
        case .detail(var detail):
            let count = DetailLines.lines(for: detail.ref, self).count
            detail.cursor = max(0, min(detail.cursor, count - 1))
            detail.scroll = Layout.scroll(detail.scroll, cursor: detail.cursor, height: height, count: count)
            stack[stack.count - 1] = .detail(detail)
        case .form(var form):
            let count = cachedFormRows(for: form.ref).count
            form.cursor = max(0, min(form.cursor, count - 1))
            // A refused value shows its reason on the line below the field: keep that line on screen too.
            let errorLine = form.error == nil ? 0 : 1
            form.scroll = Layout.scroll(form.scroll, cursor: min(form.cursor + errorLine, count), height: height, count: count + errorLine)
            stack[stack.count - 1] = .form(form)
        case .diff(var diff):
            diff.scroll = max(0, min(diff.scroll, max(0, diff.rows(width: size.columns - 2).count - height)))
            stack[stack.count - 1] = .diff(diff)
        }
    }
}
