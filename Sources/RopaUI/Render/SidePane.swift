import RopaModel

/// Master–detail, as lazygit and k9s do: on a terminal at least `SidePane.minimumColumns` wide every list
/// shows the selected row's detail beside it, following the cursor. Findings and the Review queue show
/// the whole message, every reason, its article and what to do; an activity shows the compact outline a
/// DPO reads (purposes with their basis, subjects, data, recipients, processors, transfers, retention,
/// security) instead of every field.
enum SidePane {
    static let minimumColumns = 110

    /// The width of the list when the pane is shown beside it.
    static func listWidth(_ size: Size) -> Int { size.columns * 3 / 5 }
}

extension Renderer {
    var showsSidePane: Bool { size.columns >= SidePane.minimumColumns && state.section != .overview }

    func drawSidePane(_ row: Table.Row?, column: Int, _ grid: inout Grid) {
        let width = size.columns - column - 1
        let bottom = size.rows - 3
        for line in 1...bottom { grid.write("│", row: line, column: column - 2, style: .muted) }
        guard let row, width > 10 else { return }
        var screenRow = 1
        for (text, style) in paneLines(row) {
            for piece in DisplayWidth.wrap(text, width: width) {
                guard screenRow <= bottom else { return }
                grid.write(piece, row: screenRow, column: column, width: width, style: style)
                screenRow += 1
            }
        }
    }

    private func paneLines(_ row: Table.Row) -> [(String, Style)] {
        let language = state.language
        let register = state.register
        switch row.target {
        case .finding(let index):
            guard state.findings.indices.contains(index) else { return [] }
            let finding = state.findings[index]
            return [("\(finding.severity.label.text(language)) · \(finding.code)", style(finding.severity)),
                    ("\(finding.kind.label.text(language)) '\(finding.entityName)'", .accent),
                    (t("Field: ", "Fält: ") + ChangeText.fieldPlace(finding.field, kind: finding.kind, language: language).0, .muted),
                    (finding.message(language), .normal)]
                + (finding.article.map { [(t("Article: ", "Artikel: ") + Citation.text($0, language), .muted)] } ?? [])
                + [(t("Enter goes to the field", "Enter går till fältet"), .muted)]
        case .version(let version):
            return [(t("Version \(version.number)", "Version \(version.number)"), .accent), (version.time + " · " + version.author, .muted),
                    (version.message, .normal), (version.hash, .muted)]
        case .entity(let ref) where state.section == .review:
            let item = AgreementReview(register: register, asOf: state.asOf).queue().first { $0.processorID == ref.id }
            var lines: [(String, Style)] = [(row.cells.first ?? ref.id, .accent)]
            if let due = item?.reviewDueText(language) { lines.append((t("Review due ", "Granskas ") + due, .muted)) }
            for reason in item?.reasons ?? [] {
                lines.append(("• \(Citation.text(reason.article, language)): \(reason.message(language))", .normal))
                // The field to record by the form's label: the path in parentheses is for the command line.
                let action = ChangeText.labellingFieldPaths(in: reason.action(language), kinds: [.processor, .transfer], language: language)
                lines.append(("  → " + action, .muted))
            }
            return lines
        case .entity(let ref) where ref.kind == .activity:
            guard let activity = register.activity(ref.id) else { return [] }
            return CompactDetail.activity(activity, register: register, language: language)
                + findingLines(ref)
        case .entity(let ref):
            let set = DetailLines.lines(for: ref, state).filter { $0.value != "—" && (!$0.value.isEmpty || $0.style == .accent) }
            // A heading with nothing set under it (an unchecked Art 28(3) clause) goes too: they filled the
            // pane and pushed the findings below the screen. From the end, so a heading of empty headings goes.
            var shown: [DetailLine] = []
            for line in set.reversed() {
                let isEmptyHeading = line.value.isEmpty && line.style == .accent
                if isEmptyHeading, (shown.last.map { $0.depth <= line.depth } ?? true) { continue }
                shown.append(line)
            }
            return shown.reversed().map { line -> (String, Style) in
                let indent = String(repeating: "  ", count: line.depth)
                // A mark (a link, an item, a place in the chain) is followed by its text, not by a colon.
                return (indent + (["→", "•", "└"].contains(line.label.trimmingCharacters(in: .whitespaces)) ? line.label + " " : line.label + ": ") + line.value,
                        line.style == .normal ? .normal : line.style)
            }
        }
    }

    private func findingLines(_ ref: EntityRef) -> [(String, Style)] {
        if state.findingsPending { return [(UIMessage.uiFindingsBeingChecked.text(state.language), .muted)] }
        // Each finding names its field by the form's label, not by its key in the file.
        return state.findings.filter { $0.entityID == ref.id && $0.kind == ref.kind }.map {
            ("⚠ \(ChangeText.fieldPlace($0.field, kind: $0.kind, language: state.language).0): \($0.message(state.language))", style($0.severity))
        }
    }

    private func style(_ severity: Severity) -> Style {
        severity == .error ? .error : severity == .warning ? .warning : .info
    }
}

/// The outline of an activity a DPO reads first, each part on one line: on the first screen for a typical
/// activity, where the form-shaped detail repeated every purpose twice and pushed retention below the fold.
enum CompactDetail {
    static func activity(_ activity: Activity, register: Register, language: Language) -> [(String, Style)] {
        func label(_ field: RegisterField) -> String { field.text(language) + ": " }
        func names(_ ids: [String], _ name: (String) -> String?) -> String { ids.map { name($0) ?? "\($0) (?)" }.joined(separator: "; ") }
        var lines: [(String, Style)] = [(activity.name, .accent)]
        if let description = activity.description, !description.isEmpty { lines.append((description, .muted)) }
        for purpose in activity.purposes {
            let basis = purpose.lawfulBasis?.label.text(language) ?? "—"
            lines.append(("• \(purpose.description) — \(basis)", .normal))
        }
        func add(_ field: RegisterField, _ value: String) {
            if !value.isEmpty { lines.append((label(field) + value, .normal)) }
        }
        add(.dataSubjects, activity.dataSubjects.joined(separator: "; "))
        add(.dataCategories, activity.dataCategories.map(\.name).joined(separator: "; "))
        add(.recipients, activity.recipients.joined(separator: "; "))
        add(.processors, names(activity.processorIds) { register.processor($0)?.name })
        add(.transfers, names(activity.transferIds) { register.transfer($0)?.name })
        add(.retention, activity.retention.map(\.text).joined(separator: "; "))
        add(.securityMeasures, names(activity.securityMeasureIds) { register.securityMeasure($0)?.name })
        // Derived from the lawful bases unless the register states them: the form shows only a stated list.
        add(.rightsAvailable, DataSubjectRights.available(activity).map { $0.label.text(language) }.joined(separator: "; "))
        return lines
    }
}
