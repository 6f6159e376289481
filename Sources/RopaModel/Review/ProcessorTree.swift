/// The chain of processors as a tree, for display: processor → sub-processors (any depth) → the transfers
/// each one receives.
public struct ProcessorTreeNode: Equatable, Sendable {
    public let processorID: String
    public let name: String
    public let country: String?
    public let agreementStatus: AgreementStatus
    /// For a sub-processor: the controller's approval, if recorded.
    public let approvalStatus: ApprovalStatus?
    /// The transfers whose recipient is this processor, by id.
    public let transfers: [ProcessorTreeTransfer]
    /// The sub-processors this processor engaged, by name.
    public let children: [ProcessorTreeNode]

    public init(processorID: String, name: String, country: String?, agreementStatus: AgreementStatus,
                approvalStatus: ApprovalStatus?, transfers: [ProcessorTreeTransfer], children: [ProcessorTreeNode]) {
        self.processorID = processorID
        self.name = name
        self.country = country
        self.agreementStatus = agreementStatus
        self.approvalStatus = approvalStatus
        self.transfers = transfers
        self.children = children
    }

    /// The node and every node under it, depth first, each with its depth below this node (0 for itself).
    public func flattened() -> [ProcessorTreeLine] {
        var lines: [ProcessorTreeLine] = []
        func walk(_ node: ProcessorTreeNode, depth: Int) {
            lines.append(ProcessorTreeLine(depth: depth, node: node))
            for child in node.children { walk(child, depth: depth + 1) }
        }
        walk(self, depth: 0)
        return lines
    }
}

/// A transfer as shown under its recipient in the processor tree.
public struct ProcessorTreeTransfer: Equatable, Sendable {
    public let transferID: String
    public let name: String
    public let country: String?
    public let mechanism: TransferMechanism
    public let sccModule: SCCModule?

    public init(transferID: String, name: String, country: String?, mechanism: TransferMechanism, sccModule: SCCModule?) {
        self.transferID = transferID
        self.name = name
        self.country = country
        self.mechanism = mechanism
        self.sccModule = sccModule
    }
}

/// One row of a flattened processor tree.
public struct ProcessorTreeLine: Equatable, Sendable {
    public let depth: Int
    public let node: ProcessorTreeNode

    public init(depth: Int, node: ProcessorTreeNode) {
        self.depth = depth
        self.node = node
    }
}

/// Builds processor trees from a register.
public enum ProcessorTree {
    /// One tree per processor the organisation engaged (and per sub-processor whose parent is missing or
    /// whose chain loops, so no processor is left out), by name.
    public static func roots(_ register: Register) -> [ProcessorTreeNode] {
        let ids = Set(register.processors.map(\.id))
        var roots = register.processors.filter { processor in
            processor.parentProcessorId.map { !ids.contains($0) } ?? true
        }
        var reached = Set<String>()
        func mark(_ id: String) {
            guard reached.insert(id).inserted else { return }
            for child in register.subprocessors(of: id) { mark(child.id) }
        }
        roots.forEach { mark($0.id) }
        for processor in sorted(register.processors) where !reached.contains(processor.id) {
            roots.append(processor)
            mark(processor.id)
        }
        return sorted(roots).map { node($0, in: register, path: []) }
    }

    /// The tree under one processor, or nil when it is not in the register.
    public static func tree(of processorID: String, in register: Register) -> ProcessorTreeNode? {
        register.processor(processorID).map { node($0, in: register, path: []) }
    }

    private static func node(_ processor: Processor, in register: Register, path: Set<String>) -> ProcessorTreeNode {
        let path = path.union([processor.id])
        let children = sorted(register.subprocessors(of: processor.id)).filter { !path.contains($0.id) }
        let transfers = register.transfers
            .filter { $0.recipient.kind == .processor && $0.recipient.id == processor.id }
            .sorted { $0.id < $1.id }
            .map { ProcessorTreeTransfer(transferID: $0.id, name: $0.name, country: $0.country,
                                         mechanism: $0.safeguard.mechanism, sccModule: $0.safeguard.sccModule) }
        return ProcessorTreeNode(processorID: processor.id, name: processor.name, country: processor.country,
                                 agreementStatus: processor.agreement.status, approvalStatus: processor.approval?.status,
                                 transfers: transfers,
                                 children: children.map { node($0, in: register, path: path) })
    }

    private static func sorted(_ processors: [Processor]) -> [Processor] {
        processors.sorted { lhs, rhs in
            let a = TextFolding.fold(lhs.name), b = TextFolding.fold(rhs.name)
            return a != b ? a < b : lhs.id < rhs.id
        }
    }
}
