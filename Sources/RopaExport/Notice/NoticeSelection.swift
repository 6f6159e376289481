import RopaModel

/// What a notice covers: the activities it describes and the processors, transfers and joint controllers
/// they involve. Drafts and retired activities are left out (they are not what happens to anyone's data
/// now); records kept as a processor are described apart, since the customer is the controller there.
struct NoticeSelection {
    let controllerActivities: [Activity]
    let processorActivities: [Activity]
    let processors: [Processor]
    let transfers: [Transfer]
    let jointControllers: [JointController]

    init(register: Register, audience: String?) {
        let needle = TextFolding.Needle(audience ?? "")
        let current = register.activities.filter { activity in
            activity.status == .active
                && (needle.isEmpty || activity.dataSubjects.contains { TextFolding.matches(TextFolding.SearchKey($0), needle) })
        }
        controllerActivities = current.filter { $0.role != .processor }
        processorActivities = current.filter { $0.role == .processor }

        guard !needle.isEmpty else {
            // The whole organisation's notice names everyone the register names.
            processors = register.processors
            transfers = register.transfers
            jointControllers = register.jointControllers
            return
        }
        // An audience's notice names who its activities involve, with the sub-processors under them.
        let activityIDs = Set(current.map(\.id))
        var processorIDs = Set(current.flatMap(\.processorIds))
        var added = true
        while added {
            added = false
            for processor in register.processors where !processorIDs.contains(processor.id) {
                if let parent = processor.parentProcessorId, processorIDs.contains(parent) {
                    processorIDs.insert(processor.id)
                    added = true
                }
            }
        }
        processors = register.processors.filter { processorIDs.contains($0.id) }
        let jointIDs = Set(current.flatMap(\.jointControllerIds))
        jointControllers = register.jointControllers.filter { joint in
            jointIDs.contains(joint.id) || joint.activityIds.contains(where: activityIDs.contains)
        }
        let chosenJointIDs = Set(jointControllers.map(\.id))
        let transferIDs = Set(current.flatMap(\.transferIds) + jointControllers.flatMap(\.transferIds))
        transfers = register.transfers.filter { transfer in
            if transferIDs.contains(transfer.id) { return true }
            guard let recipient = transfer.recipient.id else { return false }
            switch transfer.recipient.kind {
            case .processor: return processorIDs.contains(recipient)
            case .jointController: return chosenJointIDs.contains(recipient)
            case .other, .internationalOrganisation: return false
            }
        }
    }
}
