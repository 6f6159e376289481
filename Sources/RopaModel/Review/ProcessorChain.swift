/// Who engaged a sub-processor, and which activities a processor serves.
extension Register {
    /// The processors that engaged `processorID`, from the one the organisation engaged down to the direct
    /// parent. Stops at a parent missing from the register and never loops on a broken chain.
    public func engagingChain(of processorID: String) -> [Processor] {
        var chain: [Processor] = []
        var seen: Set<String> = [processorID]
        var current = processor(processorID)?.parentProcessorId
        while let id = current, !seen.contains(id), let parent = processor(id) {
            chain.insert(parent, at: 0)
            seen.insert(id)
            current = parent.parentProcessorId
        }
        return chain
    }

    /// The ids of the activities that are not retired and use the processor: directly, or through the
    /// processors that engaged it.
    public func activitiesUsing(processorID: String) -> [String] {
        let ids = Set([processorID] + engagingChain(of: processorID).map(\.id))
        return activities
            .filter { $0.status != .retired && $0.processorIds.contains(where: ids.contains) }
            .map(\.id)
            .sorted()
    }
}
