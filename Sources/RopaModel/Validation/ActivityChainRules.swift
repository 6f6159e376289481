/// Art 30(1)(e) through the processor chain: an activity whose data reaches a third country through its
/// processors or their sub-processors, with no transfer recorded on the way. Depends on processors and
/// transfers too, so it is not among the per-activity rules that an edit may reuse.
struct ActivityChainRules {
    let register: Register
    let index: ProcessorChainIndex

    init(register: Register) {
        self.register = register
        index = ProcessorChainIndex(register)
    }

    func check(_ activity: Activity) -> [Finding] {
        guard activity.status != .retired, !activity.processorIds.isEmpty else { return [] }
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
