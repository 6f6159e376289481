/// Where an activity's data goes outside the EU/EEA (Art 30(1)(e)): its own transfers, and those reached
/// through its processors, their sub-processors at any depth, and the transfers they receive.
public struct ActivityTransferRoute: Equatable, Sendable {
    /// The processors from the one the activity uses down to the recipient; empty for the activity's own transfers.
    public let processorPath: [Processor]
    /// The transfer recorded for this route, or nil when a processor outside the EU/EEA has none.
    public let transfer: Transfer?
    /// The destination: the transfer's country, else the processor's.
    public let country: String?

    public init(processorPath: [Processor], transfer: Transfer?, country: String?) {
        self.processorPath = processorPath
        self.transfer = transfer
        self.country = country
    }
}

/// The register's processors by parent and transfers by receiving processor, built once to follow every
/// activity's chain without searching all transfers per processor.
public struct ProcessorChainIndex: Sendable {
    let children: [String: [Processor]]
    let received: [String: [Transfer]]
    /// Processors and transfers by id, the first of each id as `Register.processor(_:)` and `transfer(_:)` find
    /// it: searching the lists for every activity's processors was a tenth of `ropa validate`.
    let processors: [String: Processor]
    let transfers: [String: Transfer]

    public init(_ register: Register) {
        processors = Dictionary(register.processors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        transfers = Dictionary(register.transfers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var children: [String: [Processor]] = [:]
        for processor in register.processors { if let parent = processor.parentProcessorId { children[parent, default: []].append(processor) } }
        var received: [String: [Transfer]] = [:]
        for transfer in register.transfers where transfer.recipient.kind == .processor {
            if let id = transfer.recipient.id { received[id, default: []].append(transfer) }
        }
        self.children = children
        self.received = received
    }
}

extension Register {
    /// The activity's routes out of the EU/EEA: its linked transfers first, then, through each processor it uses
    /// (depth first, each processor once), the transfers received by that processor or its sub-processors, and
    /// any processor outside the EU/EEA that receives no recorded transfer.
    public func transferRoutes(of activity: Activity, index: ProcessorChainIndex? = nil) -> [ActivityTransferRoute] {
        let index = index ?? ProcessorChainIndex(self)
        // A linked transfer missing from the register stays a route with nothing known (validation reports the reference).
        var routes = activity.transferIds.map { id in
            let transfer = index.transfers[id]
            return ActivityTransferRoute(processorPath: [], transfer: transfer, country: transfer?.country)
        }
        var seenTransfers = Set(activity.transferIds)
        var visited = Set<String>()
        func walk(_ processor: Processor, _ path: [Processor]) {
            guard visited.insert(processor.id).inserted else { return }
            let path = path + [processor]
            let received = index.received[processor.id] ?? []
            for transfer in received where seenTransfers.insert(transfer.id).inserted {
                routes.append(ActivityTransferRoute(processorPath: path, transfer: transfer, country: transfer.country ?? processor.country))
            }
            if received.isEmpty, let code = thirdCountry(of: processor) {
                routes.append(ActivityTransferRoute(processorPath: path, transfer: nil, country: code))
            }
            for child in index.children[processor.id] ?? [] { walk(child, path) }
        }
        for id in activity.processorIds { if let processor = index.processors[id] { walk(processor, []) } }
        return routes
    }

    /// The processor's country when the register's list knows it and it is outside the EU/EEA: a processor
    /// there that receives no recorded transfer is a route with nothing known.
    func thirdCountry(of processor: Processor) -> String? {
        guard let code = processor.country, let country = countries.country(code), !country.eea else { return nil }
        return code
    }
}
