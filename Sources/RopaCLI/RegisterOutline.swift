import RopaModel

/// The register as an indented plain-text outline, for `ropa show`, with its labels and vocabulary in the
/// run's language. Every value is made terminal-safe.
enum RegisterOutline {
    static func text(_ register: Register, language: Language = .en) -> String {
        var lines: [String] = []
        func t(_ message: CLIMessage, _ arguments: String...) -> String { message.text(language, arguments) }
        func line(_ indent: Int, _ text: String) { lines.append(String(repeating: "  ", count: indent) + text) }
        func field(_ indent: Int, _ label: RegisterField, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            line(indent, "\(label.text(language)): \(TerminalText.escape(value))")
        }
        func list(_ indent: Int, _ label: RegisterField, _ values: [String]) {
            guard !values.isEmpty else { return }
            line(indent, "\(label.text(language)): \(values.map(TerminalText.escape).joined(separator: "; "))")
        }
        func contact(_ contact: Contact?) -> String? {
            guard let contact else { return nil }
            let parts = [contact.name, contact.role, contact.email, contact.phone, contact.address, contact.url, contact.note].compactMap { $0 }
            return parts.isEmpty ? nil : parts.joined(separator: ", ")
        }
        let organisation = register.organisation
        line(0, t(.outlineOrganisation, TerminalText.escape(organisation.name)))
        for entity in organisation.legalEntities {
            line(1, "- \(TerminalText.escape(entity.name)) \(entity.organisationNumber ?? "") \(TerminalText.escape(entity.address ?? ""))")
        }
        field(1, .controllerContact, contact(organisation.contact))
        field(1, .dataProtectionOfficer, contact(organisation.dataProtectionOfficer))
        field(1, .euRepresentative, contact(organisation.euRepresentative))
        list(1, .supervisoryAuthorities, organisation.supervisoryAuthorities.map { "\($0.name) (\($0.country ?? "?"))" })
        line(0, "")
        line(0, t(.outlineActivities, "\(register.activities.count)"))
        for activity in register.activities.sorted(by: { $0.id < $1.id }) {
            line(1, "\(TerminalText.escape(activity.name)) [\(activity.id)] · \(activity.role.label.text(language))")
            for purpose in activity.purposes {
                let basis = purpose.lawfulBasis.map { "\($0.label.text(language)), \($0.citation ?? "")" } ?? t(.outlineNoLawfulBasis)
                line(2, t(.outlinePurpose, TerminalText.escape(purpose.description), basis))
            }
            list(2, .dataSubjects, activity.dataSubjects)
            list(2, .dataCategories, activity.dataCategories.map { $0.name + ($0.specialCategory.map { " [\($0.label.text(language))]" } ?? "") })
            list(2, .recipients, activity.recipients)
            list(2, .processors, activity.processorIds.map { register.processor($0)?.name ?? $0 })
            list(2, .transfers, activity.transferIds.map { register.transfer($0)?.name ?? $0 })
            list(2, .jointControllers, activity.jointControllerIds.map { register.jointController($0)?.name ?? $0 })
            list(2, .retention, activity.retention.map(\.text))
            list(2, .securityMeasures, activity.securityMeasureIds.map { register.securityMeasure($0)?.name ?? $0 })
        }
        line(0, "")
        line(0, t(.outlineProcessorsHeading, "\(register.processors.count)"))
        func processorTree(_ processor: Processor, depth: Int) {
            let country = processor.country ?? t(.outlineCountryUnknown)
            let agreement = t(.outlineAgreement, processor.agreement.status.label.text(language).lowercased())
            line(depth, "\(TerminalText.escape(processor.name)) [\(processor.id)] · \(country) · \(agreement)")
            for child in register.subprocessors(of: processor.id) { processorTree(child, depth: depth + 1) }
        }
        for processor in register.processors.sorted(by: { $0.id < $1.id }) where processor.parentProcessorId == nil {
            processorTree(processor, depth: 1)
        }
        line(0, "")
        line(0, t(.outlineTransfersHeading, "\(register.transfers.count)"))
        for transfer in register.transfers.sorted(by: { $0.id < $1.id }) {
            let country = transfer.country ?? t(.outlineCountryUnknown)
            line(1, "\(TerminalText.escape(transfer.name)) [\(transfer.id)] · \(country) · \(transfer.safeguard.mechanism.label.text(language))")
        }
        line(0, "")
        line(0, t(.outlineJointControllersHeading, "\(register.jointControllers.count)"))
        for joint in register.jointControllers.sorted(by: { $0.id < $1.id }) {
            let party = joint.party.map { TerminalText.escape($0.name) } ?? t(.outlinePartyUnknown)
            let arrangement = t(.outlineArrangement, joint.arrangement.status.label.text(language).lowercased())
            line(1, "\(TerminalText.escape(joint.name)) [\(joint.id)] · \(party) · \(arrangement)")
        }
        line(0, "")
        line(0, t(.outlineSecurityMeasuresHeading, "\(register.securityMeasures.count)"))
        for measure in register.securityMeasures.sorted(by: { $0.id < $1.id }) {
            line(1, "\(TerminalText.escape(measure.name)) [\(measure.id)]\(measure.kind.map { " · \($0.label.text(language))" } ?? "")")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
