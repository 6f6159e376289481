/// Ids: valid, unique across the whole register, and every reference resolves to an entity of the right kind.
struct IdentityRules {
    /// The register without its activities, which are checked one by one (`check(_:)`): the UI's validation
    /// memo keeps these rules, and holding the activities too made it a second owner of the register's
    /// array, so that the next edit of one activity copied all of them.
    let register: Register

    /// The first kind each id is used by, for references.
    let ids: [String: EntityKind]
    /// The ids of the organisation's legal entities.
    let legalEntityIDs: Set<String>

    /// Ids used twice across the register.
    let duplicates: [Finding]

    /// One pass over the entities in the order of `Register.entityIndex` (without building it) finds
    /// the first kind of each id and the ids used again.
    init(register: Register) {
        var others = register
        others.activities = []
        self.register = others
        var ids: [String: EntityKind] = [:]
        ids.reserveCapacity(register.activities.count + register.processors.count + register.transfers.count
                            + register.jointControllers.count + register.securityMeasures.count + 1)
        var duplicates: [Finding] = []
        func visit(_ kind: EntityKind, _ id: String, _ name: String) {
            if let first = ids[id] {
                duplicates.append(Finding(.error, .duplicateID, kind: kind, id: id, name: name, field: "id",
                                          message: BilingualText(en: "the id \"\(id)\" is also used by a \(first.label.en.lowercased()): give one of them another id",
                                                                  sv: "id \"\(id)\" används också av en post av typen \(first.label.sv.lowercased()): ge en av dem ett annat id")))
            } else {
                ids[id] = kind
            }
        }
        // Through the arrays' storage: a for-in loop copies each entity, all of its fields.
        func visitAll<T: RegisterEntity>(_ list: [T], _ kind: EntityKind) {
            list.withUnsafeBufferPointer { entities in
                for index in entities.indices { visit(kind, entities[index].id, entities[index].name) }
            }
        }
        visit(.organisation, register.organisation.id, register.organisation.name)
        visitAll(register.activities, .activity)
        visitAll(register.processors, .processor)
        visitAll(register.transfers, .transfer)
        visitAll(register.jointControllers, .jointController)
        visitAll(register.securityMeasures, .securityMeasure)
        self.ids = ids
        self.duplicates = duplicates
        legalEntityIDs = Set(register.organisation.legalEntities.map(\.id))
    }

    private func reference(_ target: String, expected: EntityKind, from kind: EntityKind, id: String, name: String, field: String,
                           into found: inout [Finding]) {
        if ids[target] != expected {
            found.append(Finding(.error, .brokenReference, kind: kind, id: id, name: name, field: field,
                                 message: BilingualText(en: "refers to \(expected.label.en.lowercased()) \"\(target)\", which is not in the register: add it or remove the reference",
                                                         sv: "hänvisar till \(expected.label.sv.lowercased()) \"\(target)\", som inte finns i registret: lägg till den eller ta bort hänvisningen")))
        }
    }

    /// One activity's references and the ids within it. Depends on the activity, `ids` and
    /// `legalEntityIDs` only.
    func check(_ activity: Activity) -> [Finding] {
        var found: [Finding] = []
        for target in activity.processorIds { reference(target, expected: .processor, from: .activity, id: activity.id, name: activity.name, field: "processorIds", into: &found) }
        for target in activity.transferIds { reference(target, expected: .transfer, from: .activity, id: activity.id, name: activity.name, field: "transferIds", into: &found) }
        for target in activity.jointControllerIds { reference(target, expected: .jointController, from: .activity, id: activity.id, name: activity.name, field: "jointControllerIds", into: &found) }
        for target in activity.securityMeasureIds { reference(target, expected: .securityMeasure, from: .activity, id: activity.id, name: activity.name, field: "securityMeasureIds", into: &found) }
        for target in activity.legalEntityIds where !legalEntityIDs.contains(target) {
            found.append(Finding(.error, .brokenReference, kind: .activity, id: activity.id, name: activity.name, field: "legalEntityIds",
                                 message: BilingualText(en: "refers to legal entity \"\(target)\", which the organisation does not list",
                                                         sv: "hänvisar till den juridiska personen \"\(target)\", som organisationen inte har")))
        }
        // An activity has a handful of categories: looking through them beats hashing them into a set.
        let categoryIDs = activity.dataCategories.count > 16 ? Set(activity.dataCategories.map(\.id)) : []
        for rule in activity.retention {
            for target in rule.dataCategoryIds
            where categoryIDs.isEmpty ? !activity.dataCategories.contains(where: { $0.id == target }) : !categoryIDs.contains(target) {
                found.append(Finding(.error, .brokenReference, kind: .activity, id: activity.id, name: activity.name,
                                     field: "retention[\(rule.id)].dataCategoryIds",
                                     message: BilingualText(en: "refers to data category \"\(target)\", which this activity does not list",
                                                             sv: "hänvisar till uppgiftskategorin \"\(target)\", som behandlingen inte har")))
            }
        }
        found += duplicates(activity.purposes.map(\.id), kind: .activity, id: activity.id, name: activity.name, field: "purposes")
        found += duplicates(activity.dataCategories.map(\.id), kind: .activity, id: activity.id, name: activity.name, field: "dataCategories")
        found += duplicates(activity.retention.map(\.id), kind: .activity, id: activity.id, name: activity.name, field: "retention")
        return found
    }

    /// Processors, transfers, joint controllers and the organisation.
    func checkOthers() -> [Finding] {
        var found: [Finding] = []
        for processor in register.processors {
            if let parent = processor.parentProcessorId {
                reference(parent, expected: .processor, from: .processor, id: processor.id, name: processor.name, field: "parentProcessorId", into: &found)
                if chainLoops(from: processor) {
                    found.append(Finding(.error, .processorChainCycle, kind: .processor, id: processor.id, name: processor.name,
                                         field: "parentProcessorId", message: BilingualText(en: "the chain of engaging processors loops back to this one: fix parentProcessorId",
                                                                 sv: "kedjan av biträden leder tillbaka till detta: rätta parentProcessorId")))
                }
            }
        }
        for transfer in register.transfers {
            if let target = transfer.recipient.id {
                switch transfer.recipient.kind {
                case .processor: reference(target, expected: .processor, from: .transfer, id: transfer.id, name: transfer.name, field: "recipient.id", into: &found)
                case .jointController: reference(target, expected: .jointController, from: .transfer, id: transfer.id, name: transfer.name, field: "recipient.id", into: &found)
                case .other: break
                case .internationalOrganisation:
                    if register.countries.internationalOrganisation(target) == nil {
                        found.append(Finding(.warning, .unknownInternationalOrganisation, kind: .transfer, id: transfer.id, name: transfer.name,
                                             field: "recipient.id",
                                             message: BilingualText(en: "\"\(target)\" is not an international organisation in the reference data: check the id, or add the organisation to reference/countries.json",
                                                                     sv: "\"\(target)\" är ingen internationell organisation i referensdata: kontrollera id, eller lägg till organisationen i reference/countries.json")))
                    }
                }
            } else if (transfer.recipient.kind != .other && transfer.recipient.kind != .internationalOrganisation) || register.isBlank(transfer.recipient.name) {
                found.append(Finding(.error, .missingRecipient, kind: .transfer, id: transfer.id, name: transfer.name, field: "recipient",
                                     message: BilingualText(en: "name the recipient of the transfer: a processor, a joint controller or another party",
                                                             sv: "ange överföringens mottagare: ett biträde, en gemensamt ansvarig eller annan part"),
                                     article: "Art 30(1)(e)"))
            }
        }
        for joint in register.jointControllers {
            for target in joint.activityIds { reference(target, expected: .activity, from: .jointController, id: joint.id, name: joint.name, field: "activityIds", into: &found) }
            for target in joint.transferIds { reference(target, expected: .transfer, from: .jointController, id: joint.id, name: joint.name, field: "transferIds", into: &found) }
        }
        let organisation = register.organisation
        found += duplicates(organisation.legalEntities.map(\.id), kind: .organisation, id: organisation.id, name: organisation.name, field: "legalEntities")
        found += duplicates(organisation.supervisoryAuthorities.map(\.id), kind: .organisation, id: organisation.id, name: organisation.name, field: "supervisoryAuthorities")
        return found
    }

    private func duplicates(_ ids: [String], kind: EntityKind, id: String, name: String, field: String) -> [Finding] {
        var found: [Finding] = []
        for item in Self.repeated(ids) {
            found.append(Finding(.error, .duplicateID, kind: kind, id: id, name: name, field: "\(field)[\(item)]",
                                 message: BilingualText(en: "two entries of \(field) share the id \"\(item)\": give one another id",
                                                         sv: "två poster i \(field) har samma id \"\(item)\": ge en av dem ett annat id")))
        }
        return found
    }

    /// Every id that an earlier one repeats, in order. The lists within an entity are a handful of ids,
    /// for which comparing with the ids before costs less than hashing each into a set (once per activity,
    /// that was a fifth of validating); long ones still go through a set.
    static func repeated(_ ids: [String]) -> [String] {
        if ids.count <= 16 {
            return ids.indices.filter { ids[..<$0].contains(ids[$0]) }.map { ids[$0] }
        }
        var seen = Set<String>(minimumCapacity: ids.count)
        return ids.filter { !seen.insert($0).inserted }
    }

    private func chainLoops(from processor: Processor) -> Bool {
        var visited: Set<String> = [processor.id]
        var cursor = processor.parentProcessorId
        while let current = cursor {
            if !visited.insert(current).inserted { return true }
            cursor = register.processor(current)?.parentProcessorId
        }
        return false
    }
}
