import Foundation
import RopaModel

extension Renderer {
    /// The label column: as wide as the longest label (indent included) so that none is cut, up to half
    /// the screen, which keeps room for the values. Swedish labels run to 45 columns
    /// ("Bedömning av överföringens konsekvenser (TIA)"); a fixed 30 cut them.
    private func labelWidth(_ labels: [(String, Int)]) -> Int {
        min(max(20, size.columns / 2), max(8, labels.map { DisplayWidth.of($0.0) + $0.1 * 2 }.max() ?? 8))
    }

    /// The page's title; a long one gives way before `kept` (a count), which stays whole at its end.
    private func drawTitle(_ text: String, keeping kept: String = "", _ grid: inout Grid) {
        let keptWidth = DisplayWidth.of(kept)
        let used = grid.write(text, row: 1, column: 1, width: max(1, size.columns - 2 - keptWidth), style: .accent)
        if !kept.isEmpty { grid.write(kept, row: 1, column: 1 + used, width: keptWidth, style: .accent) }
    }

    func drawDetail(_ detail: DetailState, _ grid: inout Grid) {
        let name = RegisterEditing.name(of: detail.ref, in: state.register) ?? detail.ref.id
        drawTitle("\(detail.ref.kind.label.text(state.language)): \(name)", &grid)
        let lines = DetailLines.lines(for: detail.ref, state)
        let width = labelWidth(lines.map { ($0.label, $0.depth) })
        let valueWidth = max(10, size.columns - width - 4)
        // Long values wrap: count rows so the cursor's line is always on screen. A folded line keeps to
        // one row until the cursor is on it.
        let wrapped = lines.indices.map { index -> [String] in
            let rows = DisplayWidth.wrap(lines[index].value, width: valueWidth)
            guard lines[index].folded, index != detail.cursor, rows.count > 1 else { return rows }
            return [DisplayWidth.fit(rows.joined(separator: " "), width: valueWidth)]
        }
        var start = detail.scroll
        let bottom = size.rows - 2
        func rowsNeeded(from first: Int, to last: Int) -> Int {
            (first...max(first, last)).reduce(0) { $0 + (wrapped.indices.contains($1) ? wrapped[$1].count : 0) }
        }
        while start < detail.cursor && rowsNeeded(from: start, to: detail.cursor) > bottom - 1 { start += 1 }
        var row = 2
        for index in start..<lines.count {
            guard row <= bottom else { break }
            let line = lines[index]
            let selected = index == detail.cursor
            let indent = line.depth * 2
            let labelStyle: Style = line.style == .normal ? .muted : line.style
            grid.write(line.label, row: row, column: 1 + indent, width: width - indent, style: labelStyle)
            for (offset, piece) in wrapped[index].enumerated() where row + offset <= bottom {
                let style: Style = line.link != nil ? Style(.accent, underline: true) : line.style
                grid.write(piece, row: row + offset, column: width + 3, width: valueWidth, style: style)
                if selected { grid.fill(row: row + offset, style: Style(style.role, bold: true, reverse: true)) }
            }
            row += max(1, wrapped[index].count)
        }
    }

    func drawForm(_ form: FormState, _ grid: inout Grid) {
        let name = RegisterEditing.name(of: form.ref, in: state.register) ?? form.ref.id
        // The entity's findings as it is edited: counted in the title, each beside the field it names.
        let findings = state.findings.filter { $0.entityID == form.ref.id && $0.kind == form.ref.kind }
        var findingByPath: [String: Finding] = [:]
        for finding in findings {
            let path = finding.path.dotted
            if let known = findingByPath[path], known.severity <= finding.severity { continue }
            findingByPath[path] = finding
        }
        let count = state.findingsPending ? " · " + UIMessage.uiFormFindingsBeingChecked.text(state.language)
            : findings.isEmpty ? "" : " · " + (findings.count == 1 ? t("1 finding", "1 brist") : t("\(findings.count) findings", "\(findings.count) brister"))
        if form.isDraft {
            drawTitle(RegisterEditing.newTitle(form.ref.kind, language: state.language), &grid)
        } else {
            drawTitle(t("Edit ", "Ändra ") + "\(form.ref.kind.label.text(state.language).lowercased()): \(name)", keeping: count, &grid)
        }
        let rows = state.formRows(for: form.ref)
        let width = labelWidth(rows.map { ($0.kind == .item ? "▸ " + $0.label : $0.label, $0.depth) })
        let valueColumn = width + 3
        let valueWidth = max(10, size.columns - valueColumn - 1)
        var screenRow = 2
        let bottom = size.rows - 2
        for index in form.scroll..<rows.count {
            guard screenRow <= bottom else { break }
            let row = rows[index]
            let selected = index == form.cursor
            let indent = row.depth * 2
            switch row.kind {
            case .header:
                // A heading with a value (a count) stops at the value column: the value never overwrites it.
                let labelWidth = row.value.isEmpty ? size.columns - 2 - indent : width - indent
                grid.write(row.label, row: screenRow, column: 1 + indent, width: labelWidth, style: .accent)
                if !row.value.isEmpty { grid.write(row.value, row: screenRow, column: valueColumn, width: valueWidth, style: .muted) }
            case .add:
                grid.write(row.label, row: screenRow, column: 1 + indent, width: size.columns - 2 - indent, style: .muted)
            case .item:
                grid.write("▸ \(row.label)", row: screenRow, column: 1 + indent, width: width - indent, style: .accent)
                grid.write(row.value, row: screenRow, column: valueColumn, width: valueWidth)
            case .field, .textItem:
                grid.write(row.label, row: screenRow, column: 1 + indent, width: width - indent, style: .muted)
                grid.write(row.value, row: screenRow, column: valueColumn, width: valueWidth)
            }
            // The id row: a draft's id is made from its name; an unsaved entity's id can still be changed.
            var shownValue = row.value
            if row.path == ["id"] {
                let note = form.isDraft ? t("(made from the name)", "(görs av namnet)")
                    : state.hasBeenSaved(form.ref) ? "" : t("  (Enter changes it until saved)", "  (Enter ändrar det tills posten sparas)")
                shownValue = form.isDraft ? note : row.value + note
                grid.clear(row: screenRow, column: valueColumn, width: valueWidth, height: 1)
                grid.write(shownValue, row: screenRow, column: valueColumn, width: valueWidth, style: .muted)
            }
            // A list's finding stands beside its heading, not again beside its "+ add" row.
            if row.kind != .add, let finding = findingByPath[row.pathText], !(selected && form.editor != nil) {
                let used = min(valueWidth, DisplayWidth.of(shownValue))
                let style: Style = finding.severity == .error ? .error : finding.severity == .warning ? .warning : .info
                if valueWidth - used > 6 {
                    grid.write("  ⚠ " + finding.message(state.language), row: screenRow, column: valueColumn + used, width: valueWidth - used, style: style)
                }
            }
            if selected {
                if let editor = form.editor {
                    let inputColumn = row.kind == .add ? 1 + indent + min(DisplayWidth.of(row.label) + 1, width) : valueColumn
                    let inputWidth = size.columns - inputColumn - 1
                    grid.clear(row: screenRow, column: inputColumn, width: inputWidth + 1, height: 1)
                    let visible = editor.visible(width: inputWidth)
                    grid.write(visible.text, row: screenRow, column: inputColumn, width: inputWidth, style: .input)
                    grid.fill(row: screenRow, from: inputColumn, width: inputWidth, style: .input)
                    grid.cursor = (screenRow, inputColumn + visible.cursor)
                } else {
                    grid.fill(row: screenRow, style: Style(.selected, bold: true, reverse: true))
                }
            }
            if let error = form.error, error.path == row.path, selected {
                screenRow += 1
                if screenRow <= bottom {
                    grid.write("✗ " + error.message, row: screenRow, column: valueColumn, width: valueWidth, style: .error)
                }
            }
            screenRow += 1
        }
    }

    func drawDiff(_ diff: DiffState, _ grid: inout Grid) {
        drawTitle(diff.title, &grid)
        let height = Layout.pageBodyHeight(size)
        if diff.lines.isEmpty { grid.write(t("No changes.", "Inga ändringar."), row: 2, column: 1, style: .muted) }
        let rows = diff.rows(width: size.columns - 2)
        for line in 0..<height {
            let index = diff.scroll + line
            guard rows.indices.contains(index) else { break }
            let style: Style = rows[index].mark == "+" ? .ok : rows[index].mark == "-" ? .error : .normal
            grid.write(rows[index].text, row: 2 + line, column: 1, width: size.columns - 2, style: style)
        }
    }

    func drawOverview(_ grid: inout Grid) {
        let header = OverviewScreen.header(state)
        for (index, line) in header.enumerated() where 1 + index < size.rows - 1 {
            grid.write(line.0, row: 1 + index, column: 1, width: size.columns - 2, style: line.1)
        }
        // The attention lines scroll under the header; the selected one is what Enter opens.
        let items = OverviewScreen.attention(state)
        let top = 1 + header.count
        let list = state.list
        if items.isEmpty, !state.findingsPending, top < size.rows - 1 {
            grid.write("  " + UIMessage.uiNothingNeedsAttention.text(state.language), row: top, column: 1, width: size.columns - 2, style: .ok)
        }
        for line in 0..<OverviewScreen.attentionHeight(state, headerCount: header.count) {
            let index = list.scroll + line
            let row = top + line
            guard items.indices.contains(index), row < size.rows - 1 else { break }
            grid.write("  " + items[index].text(state.language), row: row, column: 1, width: size.columns - 2, style: items[index].style)
            if index == list.cursor { grid.fill(row: row, style: Style(items[index].style.role, bold: true, reverse: true)) }
        }
    }
}
