/// Each screen's model updates itself from a key, as Bubble Tea nests models: what concerns only the
/// screen (its cursor, scroll, filter text, the text being typed) it does alone, from its key table; what
/// touches the register or other screens it hands back as an outcome for `AppState` to carry out.

extension ListState {
    enum Outcome: Equatable {
        /// The key was the list's own (a move, the filter being typed).
        case handled
        /// The filter was cleared: the app puts the cursor back on the row it was on.
        case filterCleared
        case action(ListAction)
        /// Not a key of the list.
        case ignored
    }

    mutating func update(_ key: Key, section: Section, count: Int, page: Int) -> Outcome {
        if var editor = filterEditor {
            // Typing a filter: every key edits it; Enter keeps it, Esc clears it.
            let before = filterEditor?.text ?? ""
            switch editor.handle(key) {
            case .editing:
                filterEditor = editor
                // Emptied by hand (Ctrl-U, the last Backspace): cleared as Esc clears it, on the same row.
                if editor.text.isEmpty && !before.isEmpty { return .filterCleared }
                cursor = 0
                return .handled
            case .commit(let text):
                filter = text
                filterEditor = nil
                return .handled
            case .cancel:
                filter = ""
                filterEditor = nil
                return .filterCleared
            }
        }
        if let moved = Layout.move(cursor, key: key, count: count, page: page) {
            cursor = moved
            return .handled
        }
        guard let action = KeyTable.action(ScreenKeys.list(section), for: key) else { return .ignored }
        switch action {
        case .filter:
            filterEditor = TextEditor(filter)
            return .handled
        case .clearFilter:
            guard !filter.isEmpty else { return .handled }
            filter = ""
            return .filterCleared
        case .sortReverse:
            ascending.toggle()
            return .handled
        default:
            return .action(action)
        }
    }
}

extension DetailState {
    enum Outcome: Equatable {
        case handled
        case back
        case follow(EntityRef)
        /// Edit the entity, the form on this field (nil: on the name).
        case edit(focus: String?)
        case delete
        case ignored
    }

    mutating func update(_ key: Key, lines: [DetailLine], page: Int) -> Outcome {
        if let moved = Layout.move(cursor, key: key, count: lines.count, page: page) {
            cursor = moved
            return .handled
        }
        guard let action = KeyTable.action(ScreenKeys.detail(ref), for: key) else { return .ignored }
        switch action {
        case .back:
            return .back
        case .follow:
            guard lines.indices.contains(cursor), let link = lines[cursor].link else { return .handled }
            return .follow(link)
        case .nextLink:
            if let next = lines.indices.first(where: { $0 > cursor && lines[$0].link != nil }) { cursor = next }
            return .handled
        case .previousLink:
            if let previous = lines.indices.last(where: { $0 < cursor && lines[$0].link != nil }) { cursor = previous }
            return .handled
        case .edit:
            // The form opens on the field under the cursor; on the id or a heading, on the name.
            let path = lines.indices.contains(cursor) ? lines[cursor].path.joined(separator: ".") : ""
            return .edit(focus: path.isEmpty || path == "id" ? nil : path)
        case .delete:
            return .delete
        }
    }
}

extension DiffState {
    enum Outcome: Equatable { case handled, back, ignored }

    /// `rowCount`: the lines wrapped to the screen (`rows(width:)`).
    mutating func update(_ key: Key, page: Int, rowCount: Int) -> Outcome {
        if let moved = Layout.move(scroll, key: key, count: max(1, rowCount - page + 1), page: page) {
            scroll = moved
            return .handled
        }
        if case .back? = KeyTable.action(ScreenKeys.diff, for: key) { return .back }
        return .ignored
    }
}

extension FormState {
    enum Outcome: Equatable {
        case handled
        /// The text typed into the field under the cursor, to be stored.
        case commit(String)
        /// Esc while typing: the field is left as it was (a draft is discarded).
        case cancelEdit
        case action(FormAction)
        case ignored
    }

    mutating func update(_ key: Key, rowCount: Int, page: Int) -> Outcome {
        if var typing = editor {
            switch typing.handle(key) {
            case .editing:
                editor = typing
                return .handled
            case .commit(let text):
                return .commit(text)
            case .cancel:
                return .cancelEdit
            }
        }
        if let moved = Layout.move(cursor, key: key, count: rowCount, page: page) {
            cursor = moved
            error = nil
            return .handled
        }
        guard let action = KeyTable.action(ScreenKeys.form, for: key) else { return .ignored }
        switch action {
        case .nextField, .previousField:
            cursor = max(0, min(rowCount - 1, cursor + (action == .nextField ? 1 : -1)))
            error = nil
            return .handled
        default:
            return .action(action)
        }
    }
}

extension Picker {
    enum Outcome: Equatable { case handled, cancel, choose }

    /// Every printable key is filter text (g, G, j, k included); only arrows and page keys move.
    mutating func update(_ key: Key, height: Int) -> Outcome {
        let options = visibleOptions
        if let moved = Layout.move(cursor, key: key, count: options.count, page: height, typing: true) {
            cursor = moved
        } else if let action = KeyTable.action(ScreenKeys.picker(multiple: multiple), for: key) {
            switch action {
            case .cancel:
                return .cancel
            case .choose:
                return .choose
            case .toggle:
                if options.indices.contains(cursor), let value = options[cursor].value {
                    if chosen.contains(value) { chosen.remove(value) } else { chosen.insert(value) }
                }
            case .deleteLetter:
                if !filter.isEmpty {
                    filter.removeLast()
                    cursor = 0
                }
            }
        } else if case .character(let character) = key {
            filter.append(character)
            cursor = 0
        }
        scroll = Layout.scroll(scroll, cursor: cursor, height: height, count: visibleOptions.count)
        return .handled
    }
}
