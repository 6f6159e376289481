/// Art 30(1)(e) through the processor chain: an activity whose data reaches a third country through its
/// processors or their sub-processors, with no transfer recorded on the way. Depends on processors and
/// transfers too, so it is not among the per-activity rules that an edit may reuse.
struct ActivityChainRules {
    let register: Register
    let index: ProcessorChainIndex
    /// The processor ids from which a chain may reach a processor outside the EU/EEA that receives no
    /// recorded transfer: an activity using none of them has no finding here, and its routes, copies of
    /// every processor on the way, are not built (a sixteenth of `ropa validate` on 10 000 activities).
    let mayReachUnrecordedCountry: Set<String>

    init(register: Register) {
        self.register = register
        index = ProcessorChainIndex(register)
        mayReachUnrecordedCountry = Self.idsReaching(register, index)
    }

    /// Every id along parents from each processor outside the EU/EEA with no transfer received (as
    /// `transferRoutes` judges one), through every processor of that id: a superset of the ids whose walk
    /// finds such a processor, also when ids repeat or parents form a loop.
    private static func idsReaching(_ register: Register, _ index: ProcessorChainIndex) -> Set<String> {
        var parents: [String: Set<String>] = [:]
        for processor in register.processors { if let parent = processor.parentProcessorId { parents[processor.id, default: []].insert(parent) } }
        var reaching = Set<String>()
        var pending: [String] = []
        for processor in register.processors where index.received[processor.id] == nil && register.thirdCountry(of: processor) != nil {
            if reaching.insert(processor.id).inserted { pending.append(processor.id) }
        }
        while let id = pending.popLast() {
            for parent in parents[id] ?? [] where reaching.insert(parent).inserted { pending.append(parent) }
        }
        return reaching
    }

    func check(_ activity: Activity) -> [Finding] {
        guard activity.status != .retired, activity.processorIds.contains(where: mayReachUnrecordedCountry.contains) else { return [] }
        var found: [Finding] = []
        for route in register.transferRoutes(of: activity, index: index) where route.transfer == nil && !route.processorPath.isEmpty {
            guard let code = route.country, let country = register.countries.country(code) else { continue }
            let path = route.processorPath.map(\.name).joined(separator: " → ")
            found.append(Finding(.warning, .thirdCountryThroughProcessor, kind: .activity, id: activity.id, name: activity.name,
                                 field: "processorIds",
                                 message: BilingualText(
                                     en: "the data reaches \(country.name) through \(path), and no transfer is recorded: record the transfer and its safeguard",
                                     sv: "uppgifterna når \(country.name(.sv)) via \(path), och ingen överföring är registrerad: registrera överföringen och dess skyddsåtgärd"),
                                 article: "Art 30(1)(e), Art 44"))
        }
        return found
    }
}
