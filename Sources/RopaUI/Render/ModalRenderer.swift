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
        grid.write(" \(title) ", row: top, column: left + 2, width: boxWidth - 4, style: .accent)
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

    func drawModal(_ modal: Modal, _ grid: inout Grid) {
        switch modal {
        case .help:
            // Descriptions wrap inside the box instead of being cut.
            let bindings = HelpBindings.bindings(for: state)
            let keyWidth = bindings.map { DisplayWidth.of($0.0) }.max() ?? 6
            let boxWidth = min(size.columns - 2, 76)
            let textWidth = max(10, boxWidth - 4 - keyWidth - 2)
            let wrapped = bindings.map { DisplayWidth.wrap($0.1, width: textWidth) }
            let inner = box(title: t("Keys (any key closes)", "Tangenter (valfri tangent stänger)"), width: 76,
                            height: wrapped.reduce(0) { $0 + max(1, $1.count) }, &grid)
            var line = 0
            for (index, binding) in bindings.enumerated() {
                guard line < inner.height else { break }
                grid.write(binding.0, row: inner.row + line, column: inner.column, width: keyWidth, style: .accent)
                for piece in wrapped[index] where line < inner.height {
                    grid.write(piece, row: inner.row + line, column: inner.column + keyWidth + 2, width: inner.width - keyWidth - 2)
                    line += 1
                }
                if wrapped[index].isEmpty { line += 1 }
            }
        case .quit:
            textBox(t("Quit ropa?", "Avsluta ropa?"), width: 50, [
                (t("There are unsaved changes.", "Det finns osparade ändringar."), .normal), ("", .normal),
                (t("s  save them as a version, then quit", "s  spara dem som en version och avsluta"), .normal),
                (t("d  discard them and quit", "d  kasta dem och avsluta"), .normal),
                (t("c  cancel (Esc)", "c  avbryt (Esc)"), .normal)], &grid)
        case .changedOnDisk(let files):
            let lines = [t("These changed on disk since you opened the register:", "Detta ändrades på disk sedan du öppnade registret:")]
                + files.prefix(8).map { "  " + $0 } + (files.count > 8 ? ["  …"] : []) + ["",
                t("r  reload and re-apply your edits (nothing is lost)", "r  läs in igen och återinför dina ändringar (inget går förlorat)"),
                t("c  cancel and keep editing (Esc)", "c  avbryt och fortsätt redigera (Esc)")]
            textBox(t("Not saved: the register changed", "Inte sparat: registret har ändrats"), width: 70, lines.map { ($0, .normal) }, &grid)
        case .recovery(let time, _):
            textBox(t("Recover unsaved edits?", "Återställ osparade ändringar?"), width: 86, [
                (t("Unsaved edits from a session that was stopped at \(time) were kept.", "Osparade ändringar från en session som avbröts \(time) finns kvar."), .normal),
                ("", .normal),
                (t("r  restore them (then s saves them)", "r  återställ dem (sedan sparar s dem)"), .normal),
                (t("d  discard them", "d  kasta dem"), .normal)], &grid)
        case .confirm(let confirmation):
            // The last line names the confirming key: it wraps with the rest, never cut.
            textBox(confirmation.title, width: 70, confirmation.lines.enumerated().map { index, line in
                (line, index == confirmation.lines.count - 1 ? Style.warning : .normal)
            }, &grid)
        case .prompt(let prompt):
            let inner = box(title: prompt.title, width: 70, height: 1, &grid)
            let visible = prompt.editor.visible(width: inner.width)
            grid.fill(row: inner.row, from: inner.column, width: inner.width, style: .input)
            grid.write(visible.text, row: inner.row, column: inner.column, width: inner.width, style: .input)
            grid.cursor = (inner.row, inner.column + visible.cursor)
        case .picker(let picker):
            let options = picker.visibleOptions
            let height = max(1, min(options.count, size.rows - 8))
            let hint = picker.multiple ? t("Space toggles · Enter confirms · type to filter", "Mellanslag väljer · Enter bekräftar · skriv för att filtrera")
                                       : t("Enter chooses · type to filter · Esc cancels", "Enter väljer · skriv för att filtrera · Esc avbryter")
            // Long labels (decision references, names) widen the box up to the screen rather than being cut.
            let longest = options.map { DisplayWidth.of($0.label) + min(24, DisplayWidth.of($0.detail)) }.max() ?? 0
            let inner = box(title: picker.title, width: max(70, min(size.columns - 4, longest + 10)), height: height + 2, &grid)
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
        }
    }
}

/// Every binding of the current screen, for the `?` overlay.
enum HelpBindings {
    static func bindings(for state: AppState) -> [(String, String)] {
        func t(_ en: String, _ sv: String) -> String { state.language == .sv ? sv : en }
        let common: [(String, String)] = [
            ("1–9", t("sections: Overview, Activities, Processors, Transfers, Joint controllers, Security, Review, Findings, History",
                      "avsnitt: Översikt, Behandlingar, Biträden, Överföringar, Gemensamt ansvariga, Säkerhet, Granskning, Brister, Historik")),
            ("↑↓ j k", t("move", "flytta")),
            ("PgUp PgDn Home End", t("page, first, last", "sida, första, sista")),
            ("u  Ctrl-R", t("undo, redo", "ångra, gör om")),
            ("s", t("save all unsaved changes as one version (asks for a message)", "spara alla ändringar som en version (frågar efter meddelande)")),
            ("q", t("quit (asks when there are unsaved changes)", "avsluta (frågar om det finns osparade ändringar)")),
            ("?", t("this help", "denna hjälp")),
        ]
        switch state.stack.last {
        case .form?:
            return [
                ("Enter", t("edit the field, choose from a list, or add to a list", "ändra fältet, välj i en lista eller lägg till")),
                ("Tab Shift-Tab", t("next, previous field", "nästa, föregående fält")),
                ("Esc", t("cancel the edit; leave the form", "avbryt ändringen; lämna formuläret")),
                ("Ctrl-A Ctrl-E", t("start, end of the text", "början, slutet av texten")),
                ("Ctrl-W Ctrl-U Ctrl-K", t("delete word, whole line, to end", "radera ord, hela raden, till slutet")),
                ("E", t("edit the text in $EDITOR", "ändra texten i $EDITOR")),
                ("d", t("remove the list element", "ta bort elementet")),
                ("Delete", t("clear an optional field", "töm ett valfritt fält")),
                ("K J", t("move the list element up, down", "flytta elementet upp, ned")),
            ] + common
        case .detail?:
            return [
                ("Enter →", t("follow the link under the cursor", "följ länken under markören")),
                ("Tab Shift-Tab", t("next, previous link", "nästa, föregående länk")),
                ("e", t("edit this entity", "ändra posten")),
                ("d", t("delete this entity (asks)", "ta bort posten (frågar)")),
                ("Esc ←", t("back", "tillbaka")),
            ] + common
        case .diff?:
            return [("↑↓ PgUp PgDn", t("scroll", "rulla")), ("Esc", t("back", "tillbaka"))] + common
        case nil:
            var list: [(String, String)] = [
                ("Enter", state.section == .findings ? t("jump to the entity and field", "gå till posten och fältet")
                    : state.section == .history ? t("show the version's changes", "visa versionens ändringar") : t("open", "öppna")),
                ("/", t("filter as you type (Enter keeps, Esc clears)", "filtrera medan du skriver (Enter behåller, Esc rensar)")),
                ("o O", t("sort by the next column, reverse", "sortera på nästa kolumn, omvänt")),
                ("e", t("edit the selected entity", "ändra vald post")),
                ("a", t("add an entity", "lägg till en post")),
                ("c", t("duplicate the selected entity", "kopiera vald post")),
                ("d", t("delete the selected entity (asks)", "ta bort vald post (frågar)")),
                ("x", t("export the register (.csv, .md, .json; .notice.md, .notice.html, .notice.docx: the privacy notice)",
                        "exportera registret (.csv, .md, .json; .notice.md, .notice.html, .notice.docx: integritetsinformationen)")),
                ("N", t("the privacy notice (Art 13 and 14) as the register is now", "integritetsinformationen (art. 13 och 14) som registret ser ut nu")),
                ("Tab Shift-Tab", t("next, previous section", "nästa, föregående avsnitt")),
            ]
            if state.section == .review {
                list += [("Enter", t("open the agreement's Art 28(3) checklist", "öppna avtalets checklista enligt art. 28.3")),
                         ("r", t("mark reviewed: last reviewed today, next review after the interval; saved as a version",
                                 "markera granskat: granskat i dag, nästa granskning efter intervallet; sparas som version"))]
            }
            if state.section == .history {
                // Versions are not entities: only what works on them is listed.
                list = list.filter { !["e", "a", "c", "d"].contains($0.0) }
                list += [("m", t("mark a version; Enter on another compares the two", "markera en version; Enter på en annan jämför")),
                         ("r", t("restore the version as a new version (asks)", "återställ versionen som en ny version (frågar)"))]
            }
            return list + common
        }
    }
}
