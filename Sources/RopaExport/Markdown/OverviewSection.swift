import RopaModel

/// What stands under the title: the controller (Art 30(1)(a)) with its organisation numbers, contact,
/// DPO and authorities, and the date and version the document speaks for.
enum OverviewSection {
    static func write(_ context: DocumentContext, to writer: inout MarkdownWriter) {
        let organisation = context.index.register.organisation
        let text = context.text
        context.list(to: &writer) { list in
            list.field(.organisation, organisation.name)
            list.fieldList(.legalEntities, organisation.legalEntities.map(text.legalEntityInFull))
            list.field(.contact, text.contact(organisation.contact))
            list.field(.dataProtectionOfficer, text.contact(organisation.dataProtectionOfficer))
            if let representative = organisation.euRepresentative, !representative.isEmpty || representative.note != nil {
                list.field(.euRepresentative, text.contact(representative))
            }
            list.fieldList(.supervisoryAuthorities, organisation.supervisoryAuthorities.map(text.supervisoryAuthority))
            list.optionalField(.breachLog, organisation.breachLog)
            list.item(.label(text.phrase(.date)) + .raw(" ") + .text(context.options.date.description))
            list.item(.label(text.phrase(.version)) + .raw(" ") + .text(version(context)))
            list.optionalField(.notes, organisation.notes)
        }
    }

    /// "3 (3f1c2a4b5d6e)", with a note when the files held changes not recorded as a version.
    static func version(_ context: DocumentContext) -> String {
        guard let version = context.options.version else { return context.text.sentence(.noVersion) }
        var text = "\(version.number) (\(version.shortHash))"
        if version.hasUnrecordedChanges { text += ", \(context.text.sentence(.unrecordedChanges))" }
        return text
    }
}
