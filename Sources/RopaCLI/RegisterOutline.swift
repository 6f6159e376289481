import RopaModel

/// The register as an indented plain-text outline, for `ropa show`. Every value is made terminal-safe.
enum RegisterOutline {
    static func text(_ register: Register) -> String {
        var lines: [String] = []
        func line(_ indent: Int, _ text: String) { lines.append(String(repeating: "  ", count: indent) + text) }
        func field(_ indent: Int, _ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            line(indent, "\(label): \(TerminalText.escape(value))")
        }
        func list(_ indent: Int, _ label: String, _ values: [String]) {
            guard !values.isEmpty else { return }
            line(indent, "\(label): \(values.map(TerminalText.escape).joined(separator: "; "))")
        }
        func contact(_ contact: Contact?) -> String? {
            guard let contact else { return nil }
            let parts = [contact.name, contact.role, contact.email, contact.phone, contact.address, contact.url, contact.note].compactMap { $0 }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        }
        let organisation = register.organisation
        line(0, "Organisation: \(TerminalText.escape(organisation.name))")
        for entity in organisation.legalEntities {
            line(1, "- \(TerminalText.escape(entity.name)) \(entity.organisationNumber ?? "") \(TerminalText.escape(entity.address ?? ""))")
        }
        field(1, "Contact", contact(organisation.contact))
        field(1, "DPO", contact(organisation.dataProtectionOfficer))
        field(1, "EU representative", contact(organisation.euRepresentative))
        list(1, "Supervisory authorities", organisation.supervisoryAuthorities.map { "\($0.name) (\($0.country ?? "?"))" })
        line(0, "")
        line(0, "Activities (\(register.activities.count))")
        for activity in register.activities.sorted(by: { $0.id < $1.id }) {
            line(1, "\(TerminalText.escape(activity.name)) [\(activity.id)] · \(activity.role.label.en)")
            for purpose in activity.purposes {
                let basis = purpose.lawfulBasis.map { "\($0.label.en), \($0.citation ?? "")" } ?? "no lawful basis"
                line(2, "purpose: \(TerminalText.escape(purpose.description)) (\(basis))")
            }
            list(2, "data subjects", activity.dataSubjects)
            list(2, "data", activity.dataCategories.map { $0.name + ($0.specialCategory.map { " [\($0.label.en)]" } ?? "") })
            list(2, "recipients", activity.recipients)
            list(2, "processors", activity.processorIds.map { register.processor($0)?.name ?? $0 })
            list(2, "transfers", activity.transferIds.map { register.transfer($0)?.name ?? $0 })
            list(2, "joint controllers", activity.jointControllerIds.map { register.jointController($0)?.name ?? $0 })
            list(2, "retention", activity.retention.map(\.text))
            list(2, "security", activity.securityMeasureIds.map { register.securityMeasure($0)?.name ?? $0 })
        }
        line(0, "")
        line(0, "Processors (\(register.processors.count))")
        func processorTree(_ processor: Processor, depth: Int) {
            let country = processor.country ?? "country unknown"
            line(depth, "\(TerminalText.escape(processor.name)) [\(processor.id)] · \(country) · agreement \(processor.agreement.status.label.en.lowercased())")
            for child in register.subprocessors(of: processor.id) { processorTree(child, depth: depth + 1) }
        }
        for processor in register.processors.sorted(by: { $0.id < $1.id }) where processor.parentProcessorId == nil {
            processorTree(processor, depth: 1)
        }
        line(0, "")
        line(0, "Transfers (\(register.transfers.count))")
        for transfer in register.transfers.sorted(by: { $0.id < $1.id }) {
            line(1, "\(TerminalText.escape(transfer.name)) [\(transfer.id)] · \(transfer.country ?? "country unknown") · \(transfer.safeguard.mechanism.label.en)")
        }
        line(0, "")
        line(0, "Joint controllers (\(register.jointControllers.count))")
        for joint in register.jointControllers.sorted(by: { $0.id < $1.id }) {
            line(1, "\(TerminalText.escape(joint.name)) [\(joint.id)] · \(TerminalText.escape(joint.party?.name ?? "party unknown")) · arrangement \(joint.arrangement.status.label.en.lowercased())")
        }
        line(0, "")
        line(0, "Security measures (\(register.securityMeasures.count))")
        for measure in register.securityMeasures.sorted(by: { $0.id < $1.id }) {
            line(1, "\(TerminalText.escape(measure.name)) [\(measure.id)]\(measure.kind.map { " · \($0.label.en)" } ?? "")")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
