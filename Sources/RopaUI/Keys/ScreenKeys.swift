import RopaModel

/// Moving a cursor or scrolling: the same keys in every list, detail view, form, diff and picker.
enum MoveAction: Sendable { case up, down, pageUp, pageDown, first, last }

/// Keys that mean the same on every screen that is not taking text.
enum GlobalAction: Sendable { case section(Section), help, quit, undo, redo, save }

enum ListAction: Sendable {
    case open, filter, clearFilter, sortNext, sortReverse, edit, add, duplicate, delete, export, notice
    case nextSection, previousSection, mark, markReviewed, restore
}

enum DetailAction: Sendable { case follow, nextLink, previousLink, edit, delete, back }

enum FormAction: Sendable { case activate, nextField, previousField, back, externalEditor, remove, clear, moveUp, moveDown }

enum DiffAction: Sendable { case back }

enum PickerAction: Sendable { case toggle, choose, cancel, deleteLetter }

enum RegisterPickerAction: Sendable { case open, quit }

enum DialogAction: Sendable { case saveAndQuit, discardAndQuit, reload, restoreRecovered, discardRecovered, confirm, cancel }

/// The key tables of every screen. Each screen's update finds its keys here, and `?` and the hint bar
/// are made from the same tables (see `ScreenKeys.help` and `ScreenKeys.hints`).
enum ScreenKeys {
    static func move(help: UIMessage, hint: UIMessage? = nil, typing: Bool = false) -> [KeyBinding<MoveAction>] {
        // In a picker every printable key is filter text: only the arrows and page keys move.
        [KeyBinding(typing ? "↑↓" : "↑↓ j k", [(.up, .up), (.down, .down)] + (typing ? [] : [(.character("k"), .up), (.character("j"), .down)]), help: help, hint: hint),
         KeyBinding(typing ? "PgUp PgDn" : "PgUp PgDn Ctrl-B Ctrl-F", [(.pageUp, .pageUp), (.pageDown, .pageDown)]
                    + (typing ? [] : [(.control("b"), .pageUp), (.control("f"), .pageDown)]), help: .keyPage),
         KeyBinding(typing ? "Home End" : "Home End g G", [(.home, .first), (.end, .last)]
                    + (typing ? [] : [(.character("g"), .first), (.character("G"), .last)]), help: .keyFirstLast)]
    }

    static let moving = move(help: .keyMove)
    static let movingWhileTyping = move(help: .keyMove, typing: true)

    static let global: [KeyBinding<GlobalAction>] = [
        KeyBinding("1–9", Section.allCases.map { (Key.character(Character("\($0.rawValue)")), GlobalAction.section($0)) }, help: .keySections),
        KeyBinding("u Ctrl-R", [(.character("u"), .undo), (.control("r"), .redo)], help: .keyUndoRedo),
        // Saving, leaving and finding every key are what a full bar keeps.
        KeyBinding("s", [.character("s")], .save, help: .keySave, hint: .hintSave, keepsHint: true),
        KeyBinding("q", [.character("q")], .quit, help: .keyQuit, hint: .hintQuit, keepsHint: true),
        KeyBinding("?", [.character("?")], .help, help: .keyHelp, hint: .hintHelp, keepsHint: true),
    ]

    /// The list of a section: what works there, and only that (versions and findings are not entities).
    static func list(_ section: Section) -> [KeyBinding<ListAction>] {
        let entities = section.entityKind != nil
        let open: UIMessage
        switch section {
        case .overview: open = .keyOpenAttention
        case .review: open = .keyOpenChecklist
        case .findings: open = .keyOpenFinding
        case .history: open = .keyOpenVersion
        default: open = .keyOpen
        }
        var table: [KeyBinding<ListAction>] = [KeyBinding("Enter", [.enter], .open, help: open, hint: .hintOpen)]
        if section != .overview {
            table += [KeyBinding("/", [.character("/")], .filter, help: .keyFilter, hint: .hintFilter),
                      KeyBinding("Esc", [.escape], .clearFilter, help: .keyClearFilter),
                      KeyBinding("o O", [(.character("o"), .sortNext), (.character("O"), .sortReverse)], help: .keySort)]
        }
        if section == .overview {
            table.append(KeyBinding("e", [.character("e")], .edit, help: .keyEditOrganisation, hint: .hintEdit))
        }
        if entities {
            table += [KeyBinding("e", [.character("e")], .edit, help: .keyEditSelected, hint: .hintEdit),
                      KeyBinding("a", [.character("a")], .add, help: .keyAdd, hint: .hintAdd),
                      KeyBinding("c", [.character("c")], .duplicate, help: .keyDuplicate),
                      KeyBinding("d", [.character("d")], .delete, help: .keyDeleteSelected, hint: .hintDelete)]
        }
        if section == .review {
            table.append(KeyBinding("r", [.character("r")], .markReviewed, help: .keyMarkReviewed, hint: .hintMarkReviewed))
        }
        if section == .history {
            table += [KeyBinding("m", [.character("m")], .mark, help: .keyMarkVersion, hint: .hintMarkVersion),
                      KeyBinding("r", [.character("r")], .restore, help: .keyRestore, hint: .hintRestore)]
        }
        table += [KeyBinding("x", [.character("x")], .export, help: .keyExport),
                  KeyBinding("N", [.character("N")], .notice, help: .keyNotice),
                  KeyBinding("Tab Shift-Tab", [(.tab, .nextSection), (.backTab, .previousSection)], help: .keyNextSection)]
        return table
    }

    static func detail(_ ref: EntityRef) -> [KeyBinding<DetailAction>] {
        [KeyBinding("Enter → l", [.enter, .right, .character("l")], .follow, help: .keyFollowLink, hint: .hintFollowLink),
         KeyBinding("Tab Shift-Tab", [(.tab, .nextLink), (.backTab, .previousLink)], help: .keyNextLink),
         KeyBinding("e", [.character("e")], .edit, help: .keyEditThis, hint: .hintEdit)]
            + (ref.kind == .organisation ? [] : [KeyBinding("d", [.character("d")], .delete, help: .keyDeleteThis)])
            + [KeyBinding("Esc ← h", [.escape, .left, .character("h")], .back, help: .keyBack, hint: .hintBack)]
    }

    static let form: [KeyBinding<FormAction>] = [
        KeyBinding("Enter → l", [.enter, .right, .character("l")], .activate, help: .keyActivate, hint: .hintActivate),
        // Second: when the hints must give way, the way back is the last of the form's own to go.
        KeyBinding("Esc ←", [.escape, .left], .back, help: .keyLeaveForm, hint: .hintBack),
        KeyBinding("Tab Shift-Tab", [(.tab, .nextField), (.backTab, .previousField)], help: .keyNextField),
        KeyBinding("d", [.character("d")], .remove, help: .keyRemoveElement, hint: .hintRemove),
        KeyBinding("Delete Backspace", [.delete, .backspace], .clear, help: .keyClearField),
        KeyBinding("K J", [(.character("K"), .moveUp), (.character("J"), .moveDown)], help: .keyMoveElement, hint: .hintMoveElement),
        KeyBinding("E", [.character("E")], .externalEditor, help: .keyExternalEditor, hint: .hintExternalEditor),
    ]

    static let diff: [KeyBinding<DiffAction>] = [
        KeyBinding("Esc ← h", [.escape, .left, .character("h")], .back, help: .keyBack, hint: .hintBack),
    ]

    static func picker(multiple: Bool) -> [KeyBinding<PickerAction>] {
        (multiple ? [KeyBinding("Space", [.character(" ")], .toggle, help: .keyToggle, hint: .hintToggle)] : [])
            + [KeyBinding("Enter", [.enter], .choose, help: multiple ? .keyConfirmChoice : .keyChoose, hint: multiple ? .hintConfirm : .hintChoose),
               KeyBinding("Backspace", [.backspace], .deleteLetter, help: .keyTypeToFilter, hint: .hintTypeToFilter),
               KeyBinding("Esc", [.escape], .cancel, help: .keyCancel, hint: .hintCancel)]
    }

    /// The picker of a folder's registers, before any register is open.
    static let registerPicker: [KeyBinding<RegisterPickerAction>] = [
        KeyBinding("Enter → l", [.enter, .right, .character("l")], .open, help: .keyOpen, hint: .hintOpen),
        KeyBinding("q Esc", [.character("q"), .escape], .quit, help: .keyQuitPicker, hint: .hintQuit),
    ]

    /// A dialog's keys: the ones it lists, acts on and hints. A key in no table cancels a question and the
    /// quit dialog; the recovery dialog waits for its answer.
    static func dialog(_ modal: Modal) -> [KeyBinding<DialogAction>] {
        switch modal {
        case .quit:
            return [KeyBinding("s", [.character("s")], .saveAndQuit, help: .keySaveAndQuit, hint: .hintSaveAndQuit),
                    KeyBinding("d", [.character("d")], .discardAndQuit, help: .keyDiscardAndQuit, hint: .hintDiscardAndQuit),
                    KeyBinding("c Esc", [.character("c"), .escape], .cancel, help: .keyCancel, hint: .hintCancel)]
        case .changedOnDisk:
            return [KeyBinding("r", [.character("r")], .reload, help: .keyReload, hint: .hintReload),
                    KeyBinding("c Esc", [.character("c"), .escape], .cancel, help: .keyCancelKeepEditing, hint: .hintCancel)]
        case .recovery:
            return [KeyBinding("r", [.character("r")], .restoreRecovered, help: .keyRestoreRecovered, hint: .hintRestore),
                    KeyBinding("d", [.character("d")], .discardRecovered, help: .keyDiscardRecovered, hint: .hintDiscardRecovered)]
        case .confirm(let confirmation):
            return [KeyBinding(String(confirmation.confirmKey), [.character(confirmation.confirmKey)], .confirm,
                               help: .keyConfirmDialog, hint: .hintConfirmDialog)]
        case .help, .prompt, .picker:
            return []
        }
    }

    /// A text field, a filter or a prompt: every printable key is text; these keys edit the line.
    static func textField(commit: UIMessage, commitHint: UIMessage, cancel: UIMessage, cancelHint: UIMessage) -> [KeyBinding<TextEditor.Action>] {
        [KeyBinding("Enter", [.enter], .commit, help: commit, hint: commitHint),
         KeyBinding("Esc", [.escape], .cancel, help: cancel, hint: cancelHint),
         KeyBinding("← → Ctrl-B Ctrl-F", [(.left, .left), (.control("b"), .left), (.right, .right), (.control("f"), .right)], help: .keyCursor),
         KeyBinding("Home End Ctrl-A Ctrl-E", [(.home, .start), (.control("a"), .start), (.end, .end), (.control("e"), .end)], help: .keyStartEnd),
         KeyBinding("Backspace Delete", [(.backspace, .deleteBackward), (.control("h"), .deleteBackward), (.delete, .deleteForward), (.control("d"), .deleteForward)],
                    help: .keyDeleteCharacter),
         KeyBinding("Ctrl-U", [.control("u")], .deleteToStart, help: .keyDeleteToStart, hint: .hintClearLine),
         KeyBinding("Ctrl-W", [.control("w")], .deleteWord, help: .keyDeleteWord, hint: .hintDeleteWord),
         KeyBinding("Ctrl-K", [.control("k")], .deleteToEnd, help: .keyDeleteToEnd)]
    }

    static let prompt = textField(commit: .keyConfirmPrompt, commitHint: .hintConfirmPrompt, cancel: .keyCancel, cancelHint: .hintCancel)
    static let field = textField(commit: .keyStoreField, commitHint: .hintStoreField, cancel: .keyCancelEdit, cancelHint: .hintCancel)
    static let filter = textField(commit: .keyKeepFilter, commitHint: .hintKeepFilter, cancel: .keyClearFilter, cancelHint: .hintClearFilter)
}
