import RopaModel

extension Renderer {
    /// A framed box centred on the screen; returns its inner origin and size.
    private func box(title: String, width: Int, height: Int, _ grid: inout Grid) -> (row: Int, column: Int, width: Int, height: Int) {
        let boxWidth = min(size.columns - 2, max(width, DisplayWidth.of(title) + 6))
        let boxHeight = min(size.rows - 2, height + 2)
        let top = max(1, (size.rows - boxHeight) / 2)
        let left = max(1, (size.columns - boxWidth) / 2)
        grid.clear(row: top, column: left, width: boxWidth, height: boxHeight)
        let horizontal = String(repeating: "─", count: boxWidth - 2)
        grid.write("┌" + horizontal + "┐", row: top, column: left, style: .accent)
        if !title.isEmpty { grid.write(" \(title) ", row: top, column: left + 2, width: boxWidth - 4, style: .accent) }
        for line in 1..<(boxHeight - 1) {
            grid.write("│", row: top + line, column: left, style: .accent)
            grid.write("│", row: top + line, column: left + boxWidth - 1, style: .accent)
        }
        grid.write("└" + horizontal + "┘", row: top + boxHeight - 1, column: left, style: .accent)
        return (top + 1, left + 2, boxWidth - 4, boxHeight - 2)
    }

    /// A box of text lines, each wrapped to the box rather than cut.
    private func textBox(_ title: String, width: Int, _ lines: [(String, Style)], _ grid: inout Grid) {
        let inner = min(size.columns - 2, max(width, DisplayWidth.of(title) + 6)) - 4
        let wrapped = lines.flatMap { line in
            line.0.isEmpty ? [("", line.1)] : DisplayWidth.wrap(line.0, width: inner).map { ($0, line.1) }
        }
        let area = box(title: title, width: width, height: wrapped.count, &grid)
        for (index, line) in wrapped.enumerated() where index < area.height {
            grid.write(line.0, row: area.row + index, column: area.column, width: area.width, style: line.1)
        }
    }

    /// A dialog's keys as it lists them, from the table its keys are handled by.
    private func keyLines(_ modal: Modal) -> [(String, Style)] {
        ScreenKeys.dialog(modal).map { ("\($0.names)  \($0.help.text(state.language))", .normal) }
    }

    func drawModal(_ modal: Modal, _ grid: inout Grid) {
        switch modal {
        case .help(let scroll):
            let lines = HelpOverlay.lines(state)
            let keyWidth = HelpOverlay.keyWidth(state)
            let scrollable = HelpOverlay.isScrollable(state)
            let title = scrollable ? t("Keys (↑↓ scroll, any other key closes)", "Tangenter (↑↓ rullar, annan tangent stänger)")
                                   : t("Keys (any key closes)", "Tangenter (valfri tangent stänger)")
            let inner = box(title: title, width: HelpOverlay.boxWidth(state), height: min(lines.count, HelpOverlay.height(state)), &grid)
            for row in 0..<inner.height {
                guard lines.indices.contains(scroll + row) else { break }
                let line = lines[scroll + row]
                grid.write(line.keys, row: inner.row + row, column: inner.column, width: keyWidth, style: .accent)
                grid.write(line.text, row: inner.row + row, column: inner.column + keyWidth + 2, width: inner.width - keyWidth - 2)
            }
        case .quit:
            textBox(t("Quit ropa?", "Avsluta ropa?"), width: 50, [
                (t("There are unsaved changes.", "Det finns osparade ändringar."), .normal), ("", .normal)] + keyLines(modal), &grid)
        case .changedOnDisk(let files):
            let lines = [t("These changed on disk since you opened the register:", "Detta ändrades på disk sedan du öppnade registret:")]
                + files.prefix(8).map { "  " + $0 } + (files.count > 8 ? ["  …"] : []) + [""]
            textBox(t("Not saved: the register changed", "Inte sparat: registret har ändrats"), width: 70,
                    lines.map { ($0, .normal) } + keyLines(modal), &grid)
        case .recovery(let time, _):
            textBox(t("Recover unsaved edits?", "Återställ osparade ändringar?"), width: 86, [
                (t("Unsaved edits from a session that was stopped at \(time) were kept.", "Osparade ändringar från en session som avbröts \(time) finns kvar."), .normal),
                ("", .normal)] + keyLines(modal), &grid)
        case .confirm(let confirmation):
            // The last line names the confirming key: it wraps with the rest, never cut.
            textBox(confirmation.title, width: 70, confirmation.lines.enumerated().map { index, line in
                (line, index == confirmation.lines.count - 1 ? Style.warning : .normal)
            }, &grid)
        case .prompt(let prompt):
            // A title too long for the box's top line (the export's formats) wraps inside it, above the input.
            let fits = DisplayWidth.of(prompt.title) + 6 <= size.columns - 2
            let width = fits ? 70 : size.columns - 2
            let above = fits ? [] : DisplayWidth.wrap(prompt.title, width: width - 4)
            let inner = box(title: fits ? prompt.title : "", width: width, height: above.count + 1, &grid)
            for (index, line) in above.enumerated() where index < inner.height - 1 {
                grid.write(line, row: inner.row + index, column: inner.column, width: inner.width, style: .accent)
            }
            let inputRow = inner.row + min(above.count, inner.height - 1)
            let visible = prompt.editor.visible(width: inner.width)
            grid.fill(row: inputRow, from: inner.column, width: inner.width, style: .input)
            grid.write(visible.text, row: inputRow, column: inner.column, width: inner.width, style: .input)
            grid.cursor = (inputRow, inner.column + visible.cursor)
        case .picker(let picker):
            let options = picker.visibleOptions
            let height = max(1, min(options.count, size.rows - 8))
            // Long labels (decision references, names) widen the box up to the screen rather than being cut.
            let longest = options.map { DisplayWidth.of($0.label) + min(24, DisplayWidth.of($0.detail)) }.max() ?? 0
            let inner = box(title: picker.title, width: max(70, min(size.columns - 4, longest + 10)), height: height + 2, &grid)
            let hint = KeyTable.hints(ScreenKeys.picker(multiple: picker.multiple).map(\.text), language: state.language, width: inner.width)
            grid.write(picker.filter.isEmpty ? hint : "/ " + picker.filter, row: inner.row, column: inner.column, width: inner.width, style: .muted)
            for line in 0..<height {
                let index = picker.scroll + line
                guard options.indices.contains(index) else { break }
                let option = options[index]
                let mark = picker.multiple ? (option.value.map { picker.chosen.contains($0) } == true ? "[x] " : "[ ] ") : ""
                let row = inner.row + 1 + line
                let detailWidth = min(24, inner.width / 3)
                grid.write(mark + option.label, row: row, column: inner.column, width: inner.width - detailWidth - 1)
                grid.write(option.detail, row: row, column: inner.column + inner.width - detailWidth, width: detailWidth, style: .muted)
                if index == picker.cursor { grid.fill(row: row, from: inner.column, width: inner.width, style: Style(.selected, bold: true, reverse: true)) }
            }
            if options.isEmpty { grid.write(t("No match", "Ingen träff"), row: inner.row + 1, column: inner.column, style: .muted) }
            // The chosen option's note in full on the box's last line when its column cuts it (the US
            // decision covers only certified organisations).
            let detailWidth = min(24, inner.width / 3)
            if options.indices.contains(picker.cursor), DisplayWidth.of(options[picker.cursor].detail) > detailWidth {
                grid.write(options[picker.cursor].detail, row: inner.row + 1 + height, column: inner.column, width: inner.width, style: .muted)
            }
        }
    }
}

