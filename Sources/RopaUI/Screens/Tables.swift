import RopaModel

/// A list section as a table: columns and rows, before filtering and sorting.
public struct Table: Sendable {
    public struct Column: Sendable {
        public let title: String
        public let minWidth: Int
        /// Share of the remaining width.
        public let weight: Int
    }

    public enum Target: Equatable, Sendable {
        case entity(EntityRef)
        case finding(index: Int)
        case version(VersionSummary)
    }

    public struct Row: Sendable {
        public let target: Target
        public let cells: [String]
        public var style: Style = .normal
        /// Depth in a tree (sub-processors), shown as indentation of the first cell.
        public var depth = 0
    }

    public let columns: [Column]
    public var rows: [Row]
    /// Whether the rows form a tree that sorting by the first column must keep.
    public var isTree = false
    /// Whether the rows come in an order of their own (a tree's too), kept until the list is sorted by hand:
    /// the review queue is most urgent first.
    public var keepsOwnOrder = false
}

/// Builds the table of each list section from the register.
enum Tables {
    static func table(for section: Section, _ state: AppState) -> Table {
        let register = state.register
        let language = state.language
        func t(_ en: String, _ sv: String) -> String { language == .sv ? sv : en }
        func column(_ en: String, _ sv: String, _ minWidth: Int, _ weight: Int) -> Table.Column {
            Table.Column(title: t(en, sv), minWidth: minWidth, weight: weight)
        }
        // A column whose field's label is long takes a short title of its own ("Avtal", not "Status för
        // biträdesavtal"): a title is never cut.
        /// A column that shows a field, titled from the one catalogue of field labels.
        func column(_ field: RegisterField, _ minWidth: Int, _ weight: Int) -> Table.Column {
            Table.Column(title: field.text(language), minWidth: minWidth, weight: weight)
        }
        let countsByEntity = Dictionary(grouping: state.findings.filter { $0.severity != .info }, by: \.entityID).mapValues(\.count)
        switch section {
        case .overview:
            return Table(columns: [], rows: [])
        case .activities:
            return Table(columns: [column(.name, 16, 4), column(.role, 10, 1), column(.lawfulBasis, 12, 2),
                                   column("Subjects", "Registrerade", 12, 2), column(.retention, 12, 2), column("Gaps", "Brister", 5, 0)],
                         rows: register.activities.map { activityRow($0, gaps: gapsCell(countsByEntity[$0.id], state), language: language) })
        case .processors:
            var rows: [Table.Row] = []
            var placed = Set<String>()
            func add(_ processor: Processor, depth: Int) {
                guard placed.insert(processor.id).inserted else { return }
                rows.append(processorRow(processor, depth: depth, state: state))
                for child in register.subprocessors(of: processor.id) { add(child, depth: depth + 1) }
            }
            for processor in register.processors where processor.parentProcessorId == nil || register.processor(processor.parentProcessorId ?? "") == nil {
                add(processor, depth: 0)
            }
            for processor in register.processors where !placed.contains(processor.id) { add(processor, depth: 0) }
            var table = Table(columns: [column(.name, 16, 4), column(.service, 10, 3), column(.country, 8, 1),
                                        column("Agreement", "Avtal", 10, 1), column("Review due", "Granskas", 10, 0)], rows: rows)
            table.isTree = true
            return table
        case .transfers:
            return Table(columns: [column(.name, 16, 4), column(.recipient, 12, 2), column(.country, 8, 1),
                                   column("Mechanism", "Mekanism", 12, 2), column("TIA", "TIA", 10, 0)],
                         rows: register.transfers.map { transfer in
                             let recipient = transfer.recipient.id.flatMap { id in register.entity(withID: id)?.name } ?? transfer.recipient.name ?? "—"
                             var mechanism = transfer.safeguard.mechanism.label.text(language)
                             if let module = transfer.safeguard.sccModule { mechanism += " · \(t("module", "modul")) \(module.rawValue)" }
                             return Table.Row(target: .entity(EntityRef(.transfer, transfer.id)), cells: [
                                 transfer.name, recipient, countryText(transfer.country, state), mechanism, transfer.transferImpactAssessmentDate ?? "—",
                             ])
                         })
        case .jointControllers:
            return Table(columns: [column(.name, 14, 2), column(.party, 14, 3), column("Arrangement", "Arrangemang", 10, 1),
                                   column(.activities, 10, 3)],
                         rows: register.jointControllers.map { joint in
                             let activities = register.activities.filter { $0.jointControllerIds.contains(joint.id) || joint.activityIds.contains($0.id) }.map(\.name)
                             var row = Table.Row(target: .entity(EntityRef(.jointController, joint.id)), cells: [
                                 joint.name, joint.party?.name ?? "—", joint.arrangement.status.label.text(language), activities.joined(separator: "; "),
                             ])
                             if joint.arrangement.status == .missing { row.style = .warning }
                             return row
                         })
        case .securityMeasures:
            return Table(columns: [column(.name, 16, 3), column(.measureType, 10, 1), column("Used by", "Används av", 10, 3)],
                         rows: register.securityMeasures.map { measure in
                             let users = register.activities.filter { $0.securityMeasureIds.contains(measure.id) }.count
                             return Table.Row(target: .entity(EntityRef(.securityMeasure, measure.id)), cells: [
                                 measure.name, measure.kind?.label.text(language) ?? "—", "\(users) " + t("activities", "behandlingar"),
                             ])
                         })
        case .review:
            return ReviewTable.table(state)
        case .findings:
            return Table(columns: [column("Severity", "Allvar", 10, 0), column("Rule", "Regel", 22, 1), column("Entity", "Post", 14, 2),
                                   column("Field", "Fält", 10, 1), column("What to do", "Åtgärd", 20, 5)],
                         rows: state.findings.enumerated().map { index, finding in
                             var row = Table.Row(target: .finding(index: index), cells: [
                                 finding.severity.label.text(language), finding.code.rawValue, "\(finding.kind.label.text(language)) '\(finding.entityName)'",
                                 finding.field, finding.message(language),
                             ])
                             row.style = finding.severity == .error ? .error : finding.severity == .warning ? .warning : .info
                             return row
                         } + AcceptedFindingRows.rows(state))
        case .history where !state.session.versionsAreComplete:
            // Only the head is known until every version is read (`Effect.loadVersions`).
            return Table(columns: [], rows: [])
        case .history:
            let heads = Set(state.session.versions.map(\.hash)).subtracting(state.session.versions.flatMap(\.parents))
            return Table(columns: [column("#", "#", 4, 0), column("Time (UTC)", "Tid (UTC)", 20, 0), column("Author", "Författare", 12, 1),
                                   column("Message", "Meddelande", 20, 4), column("Hash", "Hash", 12, 0)],
                         rows: state.session.versions.reversed().map { version in
                             var row = Table.Row(target: .version(version), cells: [
                                 "\(version.label)\(version.hash == state.historyMark ? "*" : "")", version.time, version.author,
                                 version.message + (heads.contains(version.hash) ? " [head]" : ""), String(version.hash.prefix(12)),
                             ])
                             if version.hash == state.historyMark { row.style = .accent }
                             return row
                         })
        }
    }

    /// The Gaps cell of an entity with `count` findings that are not notes: empty for none, and a mark
    /// while the findings are checked (none are known yet).
    static func gapsCell(_ count: Int?, _ state: AppState) -> String {
        state.findingsPending ? UIMessage.uiGapsBeingChecked.text(state.language) : count.map(String.init) ?? ""
    }

    static func activityRow(_ activity: Activity, gaps: String, language: Language) -> Table.Row {
        let bases = Array(Set(activity.purposes.compactMap { $0.lawfulBasis?.label.text(language) })).sorted()
        return Table.Row(target: .entity(EntityRef(.activity, activity.id)), cells: [
            activity.name, activity.role.label.text(language), bases.isEmpty ? "—" : bases.joined(separator: ", "),
            activity.dataSubjects.joined(separator: "; "), activity.retention.map(\.text).joined(separator: "; "),
            gaps,
        ])
    }

    /// The Gaps column for some entities: their findings that are not notes.
    static func gapCounts(_ findings: [Finding], for ids: Set<String>) -> [String: Int] {
        var counts: [String: Int] = [:]
        // Through the array's storage, and the one id of an edit compared as it is: copying and hashing
        // each of the 16 000 findings of a large register was half of going back to the list after an edit.
        let only = ids.count == 1 ? ids.first : nil
        findings.withUnsafeBufferPointer { findings in
            for index in findings.indices where findings[index].severity != .info {
                let id = findings[index].entityID
                if only.map({ id == $0 }) ?? ids.contains(id) { counts[id, default: 0] += 1 }
            }
        }
        return counts
    }

    static func processorRow(_ processor: Processor, depth: Int, state: AppState) -> Table.Row {
        let agreement = processor.isSubprocessor
            ? (processor.approval?.status.label.text(state.language) ?? state.text("not approved", "ej godkänt"))
            : processor.agreement.status.label.text(state.language)
        var row = Table.Row(target: .entity(EntityRef(.processor, processor.id)), cells: [
            processor.name, processor.service ?? "", countryText(processor.country, state), agreement, processor.agreement.reviewDue ?? "—",
        ])
        row.depth = depth
        if !processor.isSubprocessor && processor.agreement.status != .signed { row.style = .warning }
        return row
    }

    static func countryText(_ code: String?, _ state: AppState) -> String {
        guard let code, !code.isEmpty else { return "—" }
        guard let country = state.register.countries.country(code) else { return code }
        return country.eea ? country.code : "\(country.code) ⚠"
    }
}

/// Section 7: the processor-agreement review queue, most urgent first (see AgreementReview).
enum ReviewTable {
    static func table(_ state: AppState) -> Table {
        func t(_ en: String, _ sv: String) -> String { state.language == .sv ? sv : en }
        let queue = AgreementReview(register: state.register, asOf: state.asOf).queue()
        let rows = underTheirParents(queue).map { item, depth -> Table.Row in
            let processor = state.register.processor(item.processorID)
            var row = Table.Row(target: .entity(EntityRef(.processor, item.processorID)), cells: [
                item.name, urgencyLabel(item.urgency, state.language), processor?.agreement.status.label.text(state.language) ?? "—",
                // The date an agreement that is not signed records (overdue too) when no schedule applies.
                item.reviewDueText(state.language) ?? processor?.agreement.reviewDue ?? "—",
                item.reasons.map { "\(Citation.text($0.article, state.language)) \($0.message(state.language))" }.joined(separator: "; "),
            ])
            row.depth = depth
            row.style = item.urgency == .critical ? .error : item.urgency == .overdue ? .warning : .normal
            return row
        }
        return Table(columns: [
            Table.Column(title: t("Processor", "Biträde"), minWidth: 16, weight: 3),
            Table.Column(title: t("Urgency", "Angeläget"), minWidth: 10, weight: 0),
            Table.Column(title: t("Agreement", "Avtal"), minWidth: 9, weight: 0),
            Table.Column(title: t("Review due", "Granskas"), minWidth: 12, weight: 1),
            Table.Column(title: t("Why (article)", "Varför (artikel)"), minWidth: 16, weight: 5),
        ], rows: rows, isTree: true, keepsOwnOrder: true)
    }

    /// The queue as a tree: each sub-processor right under the processor that engaged it when that one is
    /// queued too (else where its urgency puts it), siblings in the queue's order, each processor once.
    static func underTheirParents(_ queue: [ReviewItem]) -> [(item: ReviewItem, depth: Int)] {
        let queued = Set(queue.map(\.processorID))
        var children: [String: [ReviewItem]] = [:]
        var heads: [ReviewItem] = []
        for item in queue {
            if let parent = item.parentID, parent != item.processorID, queued.contains(parent) {
                children[parent, default: []].append(item)
            } else {
                heads.append(item)
            }
        }
        var result: [(item: ReviewItem, depth: Int)] = []
        var placed = Set<String>()
        func add(_ item: ReviewItem, depth: Int) {
            guard placed.insert(item.processorID).inserted else { return }
            result.append((item, depth))
            for child in children[item.processorID] ?? [] { add(child, depth: depth + 1) }
        }
        for item in heads { add(item, depth: 0) }
        // Processors engaging each other in a ring have no head: each still appears once.
        for item in queue { add(item, depth: 0) }
        return result
    }

    static func urgencyLabel(_ urgency: ReviewUrgency, _ language: Language) -> String {
        switch urgency {
        case .critical: return language == .sv ? "kritiskt" : "critical"
        case .overdue: return language == .sv ? "försenad" : "overdue"
        case .dueSoon: return language == .sv ? "snart" : "due soon"
        case .agreement: return language == .sv ? "avtal" : "agreement"
        case .subprocessor: return language == .sv ? "underbiträde" : "sub-processor"
        case .transfer: return language == .sv ? "överföring" : "transfer"
        }
    }
}

extension Table {
    /// The rows a list shows: filtered by the typed text (case- and diacritic-insensitive) and sorted.
    func visibleRows(_ list: ListState) -> [Row] {
        let words = FilterWords(list.filterEditor?.text ?? list.filter)
        let column = min(list.sortColumn, max(0, columns.count - 1))
        if isTree {
            if keepsOwnOrder && list.sortColumn == 0 && list.ascending {
                return words.isEmpty ? rows : rows.filter { row in words.matches(row.cells.joined(separator: " ")) }
            }
            // Sub-processors stay under their parent in every sort: siblings are sorted, not rows.
            let keys = rows.map { $0.cells.indices.contains(column) ? TextFolding.fold($0.cells[column]) : "" }
            let ordered = Table.treeOrder(depths: rows.map(\.depth), keys: keys, ascending: list.ascending).map { rows[$0] }
            return words.isEmpty ? ordered : ordered.filter { row in words.matches(row.cells.joined(separator: " ")) }
        }
        var result = words.isEmpty ? rows : rows.filter { row in words.matches(row.cells.joined(separator: " ")) }
        if list.sortColumn == 0 && list.ascending && !isTree { return sortedByName(result) }
        result.sort { lhs, rhs in
            let left = lhs.cells.indices.contains(column) ? TextFolding.fold(lhs.cells[column]) : ""
            let right = rhs.cells.indices.contains(column) ? TextFolding.fold(rhs.cells[column]) : ""
            return list.ascending ? left < right : left > right
        }
        return result
    }

    /// The positions of a tree's rows (in preorder, each followed by its deeper descendants) with the
    /// siblings of every parent sorted by their key, stably, and each row's subtree kept beneath it.
    static func treeOrder(depths: [Int], keys: [String], ascending: Bool) -> [Int] {
        func order(_ range: Range<Int>) -> [Int] {
            var groups: [(head: Int, members: [Int])] = []
            var index = range.lowerBound
            while index < range.upperBound {
                let head = index
                var end = index + 1
                while end < range.upperBound && depths[end] > depths[head] { end += 1 }
                groups.append((head, [head] + order(head + 1..<end)))
                index = end
            }
            let sorted = groups.enumerated().sorted { left, right in
                let (a, b) = (keys[left.element.head], keys[right.element.head])
                if a != b { return ascending ? a < b : a > b }
                return left.offset < right.offset
            }
            return sorted.flatMap(\.element.members)
        }
        return order(0..<depths.count)
    }

    private func sortedByName(_ rows: [Row]) -> [Row] {
        // History and findings keep their own order (newest first, most severe first) until sorted by hand.
        if case .version = rows.first?.target { return rows }
        if case .finding = rows.first?.target { return rows }
        return rows.sorted { TextFolding.fold($0.cells.first ?? "") < TextFolding.fold($1.cells.first ?? "") }
    }
}
