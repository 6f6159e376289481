import RopaJSON
import RopaModel

/// One line of a detail view; a line with a link opens that entity on Enter.
public struct DetailLine {
    public var label: String
    public var value: String
    public var depth: Int
    public var link: EntityRef?
    public var style: Style = .normal
    /// The form path this line shows, so `e` can open the form at the same field.
    public var path: [String] = []
    /// A detail of a list element (a purpose's legitimate interest): one row, cut, unless the cursor is on it.
    public var folded = false
}

/// Every field of an entity for reading, with its links (activity → processors → sub-processors →
/// transfers) and what refers back to it, and its findings.
enum DetailLines {
    static func lines(for ref: EntityRef, _ state: AppState) -> [DetailLine] {
        let register = state.register
        let language = state.language
        func t(_ en: String, _ sv: String) -> String { language == .sv ? sv : en }
        guard let value = RegisterEditing.json(of: ref, in: register) else {
            return [DetailLine(label: t("Not in the register", "Finns inte i registret"), value: ref.id, depth: 0, style: .error)]
        }
        var lines = fieldLines(ref, value, state)
        lines += related(ref, state)
        let findings = state.findings.filter { $0.entityID == ref.id && $0.kind == ref.kind }
        if state.findingsPending {
            lines.append(DetailLine(label: t("Findings", "Brister"), value: UIMessage.uiFindingsBeingChecked.text(language), depth: 0, style: .muted))
        }
        if !findings.isEmpty {
            lines.append(DetailLine(label: t("Findings", "Brister"), value: "(\(findings.count))", depth: 0, style: .accent))
            for finding in findings {
                let style: Style = finding.severity == .error ? .error : finding.severity == .warning ? .warning : .info
                lines.append(DetailLine(label: finding.severity.label.text(language), value: "\(ChangeText.fieldPlace(finding.field, kind: finding.kind, language: language).0): \(finding.message(language))",
                                        depth: 1, style: style, path: finding.field.split(separator: ".").map(String.init)))
            }
        }
        return lines
    }

    /// The entity's recorded fields, compact: a list element is read as its line — its field that repeats
    /// the element's name (a purpose's text, a data category's name) and its unset fields are left out, a
    /// choice (a purpose's lawful basis) or a set flag (high risk) joins the line, and a group inside it (a
    /// retention rule's period) is one line, and its further fields (a purpose's legitimate interest) are
    /// folded to one row each: whole, they kept a typical activity's security measures below the fold of
    /// a 120×40 terminal.
    private static func fieldLines(_ ref: EntityRef, _ value: JSONValue, _ state: AppState) -> [DetailLine] {
        let register = state.register
        let language = state.language
        var lines: [DetailLine] = []
        var item: (path: [String], value: String, line: Int)?
        var group: (path: [String], line: Int, lead: [String], rest: [String])?
        for row in state.formRows(for: ref) {
            // A field or list with nothing in it says nothing to the reader (the findings below name the
            // gaps that matter): only what is recorded is shown.
            if row.kind == .field || row.kind == .header, row.path != ["id"], row.value == "—" || row.value == "(0)" { continue }
            // An activity's name is the page's title above (the side pane outlines activities itself): a
            // name the title shows whole is not said twice.
            if ref.kind == .activity, row.path == ["name"],
               DisplayWidth.of(TerminalText.escape(ref.kind.label.text(language) + ": " + row.value)) <= state.size.columns - 2 { continue }
            if let current = group, row.path.starts(with: current.path), row.kind == .field, !row.value.isEmpty {
                // A group's numbers and choices read as one phrase ("90 days"), its texts by their labels.
                switch row.spec {
                case .number?, .choice?: group?.lead.append(row.value)
                default: group?.rest.append(row.label.lowercased() + " " + row.value)
                }
                if let folded = group { lines[folded.line].value = ([folded.lead.joined(separator: " ")].filter { !$0.isEmpty } + folded.rest).joined(separator: " · ") }
                continue
            }
            if group.map({ !row.path.starts(with: $0.path) }) ?? false {
                // A group with no field recorded leaves no line.
                if let folded = group, lines[folded.line].value.isEmpty { lines.remove(at: folded.line) }
                group = nil
            }
            if let current = item, row.path.starts(with: current.path), row.path != current.path {
                if row.kind == .header {
                    group = (row.path, lines.count, [], [])
                    lines.append(DetailLine(label: row.label, value: "", depth: row.depth, path: row.path, folded: true))
                    continue
                }
                if row.kind == .field {
                    if row.value == current.value || row.value.isEmpty { continue }
                    if case .choice? = row.spec, lines.indices.contains(current.line) {
                        lines[current.line].value += " — " + row.value
                        continue
                    }
                    if case .flag? = row.spec, lines.indices.contains(current.line) {
                        if row.value == (language == .sv ? "Ja" : "Yes") { lines[current.line].value += " — " + row.label.lowercased() }
                        continue
                    }
                    if row.spec.map({ if case .text = $0 { return true } else { return false } }) ?? false {
                        lines.append(DetailLine(label: row.label, value: row.value, depth: row.depth, path: row.path, folded: true))
                        continue
                    }
                }
            } else if row.kind != .item {
                item = nil
            }
            switch row.kind {
            case .add:
                continue
            case .header:
                if row.path == ["id"] {
                    lines.append(DetailLine(label: "id", value: row.value, depth: 0, style: .muted, path: row.path))
                } else {
                    lines.append(DetailLine(label: row.label, value: row.value, depth: row.depth, style: .accent, path: row.path))
                }
            case .item, .textItem:
                if row.kind == .item { item = (row.path, row.value, lines.count) }
                lines.append(DetailLine(label: "•", value: row.value, depth: row.depth, path: row.path))
            case .field:
                switch row.spec {
                case .references(_, _, let kind)?:
                    let ids = JSONPath.value(at: row.path, in: value)?.arrayValue?.compactMap(\.stringValue) ?? []
                    lines.append(DetailLine(label: row.label, value: ids.isEmpty ? "—" : "(\(ids.count))", depth: row.depth, style: .accent, path: row.path))
                    for id in ids {
                        lines.append(DetailLine(label: "→", value: FormLayout.referenceName(id, kind: kind, register: register), depth: row.depth + 1,
                                                link: EntityRef(kindOf(id, register) ?? kind, id), path: row.path))
                    }
                case .reference(_, _, let kind)?:
                    let id = JSONPath.value(at: row.path, in: value)?.stringValue
                    lines.append(DetailLine(label: row.label, value: row.value, depth: row.depth,
                                            link: id.map { EntityRef(kindOf($0, register) ?? kind, $0) }, path: row.path))
                default:
                    lines.append(DetailLine(label: row.label, value: row.value, depth: row.depth, path: row.path))
                }
            }
        }
        if let folded = group, lines[folded.line].value.isEmpty { lines.remove(at: folded.line) }
        return singlesOnTheirHeadings(lines)
    }

    /// A list of one element (one data subject, one transfer) is read on its heading's line: the heading
    /// and its count took a row of their own for each such list.
    private static func singlesOnTheirHeadings(_ lines: [DetailLine]) -> [DetailLine] {
        var result: [DetailLine] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.style == .accent, line.value == "(1)", index + 1 < lines.count,
               case let only = lines[index + 1], only.depth == line.depth + 1, ["•", "→"].contains(only.label),
               index + 2 == lines.count || lines[index + 2].depth <= line.depth {
                result.append(DetailLine(label: line.label, value: only.value, depth: line.depth, link: only.link, style: only.style, path: only.path))
                index += 2
                continue
            }
            result.append(line)
            index += 1
        }
        return result
    }

    static func kindOf(_ id: String, _ register: Register) -> EntityKind? {
        register.entity(withID: id)?.kind
    }

    /// Links that are not fields of the entity: sub-processors, transfers to it, who uses it.
    private static func related(_ ref: EntityRef, _ state: AppState) -> [DetailLine] {
        let register = state.register
        func t(_ en: String, _ sv: String) -> String { state.language == .sv ? sv : en }
        var lines: [DetailLine] = []
        func group(_ title: String, _ links: [(EntityRef, String)]) {
            guard !links.isEmpty else { return }
            lines.append(DetailLine(label: title, value: "(\(links.count))", depth: 0, style: .accent))
            for (link, name) in links { lines.append(DetailLine(label: "→", value: name, depth: 1, link: link)) }
        }
        switch ref.kind {
        case .processor:
            // The chain: processor → sub-processors → their transfers, as a tree.
            if let tree = ProcessorTree.tree(of: ref.id, in: register), !tree.children.isEmpty || !tree.transfers.isEmpty {
                lines.append(DetailLine(label: t("Chain", "Kedja"), value: "", depth: 0, style: .accent))
                for line in tree.flattened() {
                    let node = line.node
                    let status = node.approvalStatus.map { $0.label.text(state.language) } ?? node.agreementStatus.label.text(state.language)
                    lines.append(DetailLine(label: String(repeating: "  ", count: line.depth) + "└", value: "\(node.name) · \(node.country ?? "?") · \(status)",
                                            depth: 1, link: EntityRef(.processor, node.processorID)))
                    for transfer in node.transfers {
                        let module = transfer.sccModule.map { " \($0.rawValue)" } ?? ""
                        lines.append(DetailLine(label: String(repeating: "  ", count: line.depth + 1) + "⇢",
                                                value: "\(transfer.name) · \(transfer.country ?? "?") · \(transfer.mechanism.label.text(state.language))\(module)",
                                                depth: 1, link: EntityRef(.transfer, transfer.transferID)))
                    }
                }
            }
            group(t("Sub-processors", "Underbiträden"), register.subprocessors(of: ref.id).map { (EntityRef(.processor, $0.id), $0.name) })
            group(t("Transfers to it", "Överföringar dit"), register.transfers.filter { $0.recipient.id == ref.id }.map { (EntityRef(.transfer, $0.id), $0.name) })
            group(t("Used by", "Används av"), register.activities.filter { $0.processorIds.contains(ref.id) }.map { (EntityRef(.activity, $0.id), $0.name) })
        case .transfer:
            group(t("Used by", "Används av"), register.activities.filter { $0.transferIds.contains(ref.id) }.map { (EntityRef(.activity, $0.id), $0.name) })
        case .jointController:
            group(t("Linked from", "Länkad från"), register.activities.filter { $0.jointControllerIds.contains(ref.id) }.map { (EntityRef(.activity, $0.id), $0.name) })
            group(t("Transfers to it", "Överföringar dit"), register.transfers.filter { $0.recipient.id == ref.id }.map { (EntityRef(.transfer, $0.id), $0.name) })
        case .securityMeasure:
            group(t("Protects", "Skyddar"), register.activities.filter { $0.securityMeasureIds.contains(ref.id) }.map { (EntityRef(.activity, $0.id), $0.name) })
        case .activity:
            // Art 30(1)(e): where the data goes, through the processors and their sub-processors at any depth.
            if let activity = register.activity(ref.id) {
                let routes = register.transferRoutes(of: activity).filter { $0.transfer != nil || !$0.processorPath.isEmpty }
                if !routes.isEmpty {
                    lines.append(DetailLine(label: t("Third countries (Art 30(1)(e))", "Tredjeländer (art. 30.1 e)"), value: "(\(routes.count))", depth: 0, style: .accent))
                    for route in routes {
                        let via = route.processorPath.map(\.name).joined(separator: " → ")
                        let country = route.country.map { register.countries.country($0)?.name(state.language) ?? $0 } ?? "?"
                        let safeguard = route.transfer.map { $0.safeguard.mechanism.label.text(state.language) }
                            ?? t("no transfer recorded", "ingen överföring registrerad")
                        let value = [via.isEmpty ? nil : via, country, safeguard].compactMap { $0 }.joined(separator: " · ")
                        let link = route.transfer.map { EntityRef(.transfer, $0.id) } ?? route.processorPath.last.map { EntityRef(.processor, $0.id) }
                        lines.append(DetailLine(label: "⇢", value: value, depth: 1, link: link, style: route.transfer == nil ? .warning : .normal))
                    }
                }
            }
            group(t("Joint controllers naming it", "Gemensamt ansvariga som nämner den"),
                  register.jointControllers.filter { $0.activityIds.contains(ref.id) }.map { (EntityRef(.jointController, $0.id), $0.name) })
        case .organisation:
            break
        }
        return lines
    }
}
