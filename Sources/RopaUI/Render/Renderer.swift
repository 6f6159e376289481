import RopaModel

/// Draws the whole screen from the state. Pure: the same state and size give the same grid.
public func render(_ state: AppState, size: Size) -> Grid {
    Renderer(state: state, size: size).draw()
}

struct Renderer {
    let state: AppState
    let size: Size

    func t(_ en: String, _ sv: String) -> String { state.language == .sv ? sv : en }

    func draw() -> Grid {
        var grid = Grid(size: size)
        guard size.columns >= Layout.minimumSize.columns, size.rows >= Layout.minimumSize.rows else {
            let lines = [t("Terminal too small", "Terminalen är för liten"),
                         "\(size.columns)×\(size.rows) < \(Layout.minimumSize.columns)×\(Layout.minimumSize.rows)",
                         t("Enlarge the window", "Förstora fönstret")]
            for (index, line) in lines.enumerated() where index < size.rows {
                grid.write(line, row: index, column: 0, style: index == 0 ? .error : .normal)
            }
            return grid
        }
        drawTabs(&grid)
        switch state.stack.last {
        case .detail(let detail)?: drawDetail(detail, &grid)
        case .form(let form)?: drawForm(form, &grid)
        case .diff(let diff)?: drawDiff(diff, &grid)
        case nil:
            if state.section == .overview { drawOverview(&grid) } else { drawList(&grid) }
        }
        drawStatus(&grid)
        if let modal = state.modal { drawModal(modal, &grid) }
        return grid
    }

    // MARK: Chrome

    private func drawTabs(_ grid: inout Grid) {
        grid.fill(row: 0, style: .title)
        var column = grid.write(" ropa ", row: 0, column: 0, style: .title)
        // Full names when they fit, short ones when not, and only numbers beside the current one when narrower.
        func label(_ section: Section, short: Bool) -> String {
            "\(section.rawValue) " + (short ? section.shortTitle.text(state.language) : section.title.text(state.language))
        }
        let full = Section.allCases.map { label($0, short: false) }.reduce(6) { $0 + DisplayWidth.of($1) + 1 }
        let shortened = Section.allCases.map { label($0, short: true) }.reduce(6) { $0 + DisplayWidth.of($1) + 1 }
        for section in Section.allCases {
            let title: String
            if full <= size.columns || section == state.section {
                title = label(section, short: false)
            } else if shortened <= size.columns || section == state.section {
                title = label(section, short: true)
            } else {
                title = "\(section.rawValue)"
            }
            let style: Style = section == state.section ? .selected : .title
            column += grid.write(" ", row: 0, column: column, style: .title)
            column += grid.write(title, row: 0, column: column, style: style)
            if column >= size.columns { break }
        }
    }

    private func drawStatus(_ grid: inout Grid) {
        let row = size.rows - 1
        grid.fill(row: row, style: .status)
        var after = ""
        if let head = state.session.head { after += " · v\(head.label) \(head.hash.prefix(8))" }
        if state.isDirty { after += " [+]" }
        if state.isReadOnly { after += t(" [read-only]", " [skrivskyddat]") }
        let mode = " " + state.mode.label(state.language) + " "
        // A long register name gives way to the hints a full bar keeps (save, quit, help): on 80 columns
        // they had no room beside it.
        let kept = state.status == nil ? KeyTable.keptWidth(ScreenKeys.bindings(for: state), language: state.language) : 0
        let nameWidth = max(8, size.columns - kept - DisplayWidth.of(after + mode) - 6)
        let left = " " + DisplayWidth.fit(state.session.name, width: nameWidth) + after
        var used = grid.write(left + " ", row: row, column: 0, style: Style(.status, bold: true, reverse: true))
        // The mode, always: what the next key does depends on it.
        used += grid.write(mode, row: row, column: used, style: Style(.accent, bold: true, reverse: true))
        // The hints come from the screen's key table, as many as fit.
        let hintWidth = size.columns - used - 2
        let hint: String
        let style: Style
        if let status = state.status {
            style = status.isError ? Style(.error, bold: true, reverse: true) : .status
            hint = status.text
            if DisplayWidth.of(hint) > hintWidth - 2 {
                // Too long for the bar (a long path on 80 columns): whole, on the rows just above it.
                let lines = DisplayWidth.wrap(hint, width: size.columns - 2)
                let top = max(1, row - lines.count)
                for (index, line) in lines.enumerated() where top + index < row {
                    grid.fill(row: top + index, style: style)
                    grid.write(" " + line, row: top + index, column: 0, style: style)
                }
                grid.write("│ ↑", row: row, column: used, style: style)
                return
            }
        } else {
            hint = ScreenKeys.hints(for: state, width: hintWidth)
            style = .status
        }
        grid.write("│ " + hint, row: row, column: used, style: style)
    }

    // MARK: Lists

    private func drawList(_ grid: inout Grid) {
        let rows = state.currentVisibleRows()
        let table = rows.table
        let list = state.list
        // On a wide terminal the selected row's detail stands beside the list.
        let listWidth = showsSidePane ? SidePane.listWidth(size) : size.columns
        let widths = columnWidths(table.columns, total: listWidth - 1)
        var column = 1
        // A list in its own order (History newest first, Review most urgent first) marks no column.
        let ownOrder = ListCache.rowOrder(of: table, list) == .table
        for (index, spec) in table.columns.enumerated() {
            let marker = index == list.sortColumn && !ownOrder ? (list.ascending ? "▲" : "▼") : ""
            // The title whole, then the mark with a space if there is room, without if not, else not at all
            // (the status bar said what the list is sorted by).
            let title = [spec.title + " " + marker, spec.title + marker, spec.title]
                .first { DisplayWidth.of($0) <= widths[index] || $0 == spec.title } ?? spec.title
            grid.write(marker.isEmpty ? spec.title : title, row: 1, column: column, width: widths[index], style: .header)
            column += widths[index] + 1
        }
        let height = Layout.listBodyHeight(size)
        // The Findings list while they are checked says so, not "nothing here" (accepted findings may be listed).
        var checking = state.section == .findings && state.findingsPending ? UIMessage.uiFindingsBeingChecked.text(state.language) : nil
        if state.section == .history, !state.session.versionsAreComplete { checking = UIMessage.uiHistoryBeingRead.text(state.language) }
        if rows.isEmpty {
            // Only lists of entities add with `a`: an empty Findings or History list says what it means.
            let nothing = state.section == .findings ? t("No open findings on this day", "Inga öppna brister denna dag")
                : state.section == .history ? t("No versions yet: s saves the first", "Inga versioner ännu: s sparar den första")
                : t("Nothing here yet: a adds one", "Inget här ännu: a lägger till")
            let empty = list.filter.isEmpty && list.filterEditor == nil
                ? checking ?? nothing
                : t("No row matches the filter: Esc clears it", "Ingen rad matchar filtret: Esc rensar")
            grid.write(empty, row: 2, column: 1, style: .muted)
        }
        for line in 0..<height {
            let index = list.scroll + line
            guard rows.indices.contains(index) else { break }
            let row = rows[index]
            let screenRow = 2 + line
            let selected = index == list.cursor
            var column = 1
            for (cellIndex, width) in widths.enumerated() {
                var text = row.cells.indices.contains(cellIndex) ? row.cells[cellIndex] : ""
                if cellIndex == 0 && row.depth > 0 { text = String(repeating: "  ", count: row.depth - 1) + "└ " + text }
                grid.write(text, row: screenRow, column: column, width: width, style: row.style)
                column += width + 1
            }
            if selected { grid.fill(row: screenRow, from: 0, width: listWidth, style: Style(row.style.role, bold: true, reverse: true)) }
        }
        if showsSidePane { drawSidePane(rows.indices.contains(list.cursor) ? rows[list.cursor] : nil, column: listWidth + 2, &grid) }
        let infoRow = size.rows - 2
        if let editor = list.filterEditor {
            let prefix = "/"
            grid.write(prefix, row: infoRow, column: 0, style: .accent)
            let visible = editor.visible(width: size.columns - 2)
            grid.write(visible.text, row: infoRow, column: 1, style: .input)
            grid.cursor = (infoRow, 1 + visible.cursor)
        } else {
            var info = "\(rows.isEmpty ? 0 : list.cursor + 1)/\(rows.count)"
            if rows.count != table.rows.count { info += t(" of \(table.rows.count)", " av \(table.rows.count)") }
            if !list.filter.isEmpty { info += t(" · filter: \(list.filter) (Esc clears)", " · filter: \(list.filter) (Esc rensar)") }
            if let checking, !rows.isEmpty { info += " · " + checking }
            grid.write(info, row: infoRow, column: 1, style: .muted)
        }
    }

    /// Column widths: each its minimum, the rest shared by weight; the last column takes what is left.
    func columnWidths(_ columns: [Table.Column], total: Int) -> [Int] {
        guard !columns.isEmpty else { return [] }
        let separators = columns.count - 1
        // No column is narrower than its title, nor made so to fit: a title is never cut.
        let floors = columns.map { DisplayWidth.of($0.title) }
        var widths = columns.indices.map { max(columns[$0].minWidth, floors[$0]) }
        let spare = total - separators - widths.reduce(0, +)
        let weights = columns.map(\.weight).reduce(0, +)
        if spare > 0, weights > 0 {
            for index in columns.indices { widths[index] += spare * columns[index].weight / weights }
        } else if spare < 0 {
            // Too narrow: shrink from the widest.
            var excess = -spare
            // The first column (the name) gives way last: it is what a row is read by.
            func widestOf(_ indices: [Int]) -> Int? {
                indices.filter { widths[$0] > max(3, floors[$0]) }.max { widths[$0] < widths[$1] }
            }
            while excess > 0, let widest = widestOf(Array(columns.indices.dropFirst())) ?? widestOf([0]) {
                widths[widest] -= 1
                excess -= 1
            }
        }
        let used = widths.reduce(0, +) + separators
        if used < total { widths[widths.count - 1] += total - used }
        return widths
    }
}
