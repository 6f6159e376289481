import RopaModel

/// The rules a register file's values obey beyond their types, checked as it is read so that nothing
/// downstream meets them broken: every number within a sane range (a review interval of 9·10¹⁸ months
/// trapped in date arithmetic), and ids nested in an entity (purposes, data categories, …) following the
/// rule of entity ids (`../../x` is no id).
enum ValueRules {
    static let reviewIntervalMonths = 1...1200
    static let dueSoonDays = 0...3660
    static let retentionAmount = 0...100_000
    static let objectionPeriodDays = 0...3660

    static func check(_ settings: RegisterSettings, path: String) throws {
        try number(settings.reviewIntervalMonths, "reviewIntervalMonths", reviewIntervalMonths, path: path)
        try number(settings.dueSoonDays, "dueSoonDays", dueSoonDays, path: path)
    }

    static func check(_ organisation: Organisation, path: String) throws {
        for (index, entity) in organisation.legalEntities.enumerated() { try id(entity.id, "legalEntities[\(index)].id", path: path) }
        for (index, authority) in organisation.supervisoryAuthorities.enumerated() {
            try id(authority.id, "supervisoryAuthorities[\(index)].id", path: path)
        }
    }

    static func check<T: RegisterEntity>(_ entity: T, path: String) throws {
        if let activity = entity as? Activity {
            for (index, party) in activity.controllers.enumerated() { try id(party.id, "controllers[\(index)].id", path: path) }
            for (index, purpose) in activity.purposes.enumerated() { try id(purpose.id, "purposes[\(index)].id", path: path) }
            for (index, category) in activity.dataCategories.enumerated() { try id(category.id, "dataCategories[\(index)].id", path: path) }
            for (index, rule) in activity.retention.enumerated() {
                try id(rule.id, "retention[\(index)].id", path: path)
                if let period = rule.period { try number(period.amount, "retention[\(index)].period.amount", retentionAmount, path: path) }
            }
        } else if let processor = entity as? Processor {
            if let days = processor.agreement.objectionPeriodDays {
                try number(days, "agreement.objectionPeriodDays", objectionPeriodDays, path: path)
            }
        } else if let joint = entity as? JointController, let party = joint.party {
            try id(party.id, "party.id", path: path)
        } else if let transfer = entity as? Transfer, let recipient = transfer.recipient.id {
            try id(recipient, "recipient.id", path: path)
        }
    }

    /// Every rule over a whole register, before it is written: a value that reading would refuse is never saved.
    static func check(_ register: Register, folder: String) throws {
        func path(_ kind: EntityKind, _ id: String) -> String { "\(folder)/\(RegisterLayout.path(for: kind, id: id))" }
        try check(register.settings, path: "\(folder)/\(RegisterLayout.settingsFile)")
        try check(register.organisation, path: "\(folder)/\(RegisterLayout.organisationFile)")
        func checkList<T: ListedEntity>(_ type: T.Type) throws {
            for entity in register[keyPath: T.list] { try check(entity, path: path(T.kind, entity.id)) }
        }
        for type in EntityKind.listedTypes { try checkList(type) }
    }

    /// The rules over the parts of a register that a save writes (`paths`, relative to the register).
    static func check(_ register: Register, files paths: [String], folder: String) throws {
        for relative in paths {
            let path = "\(folder)/\(relative)"
            if relative == RegisterLayout.settingsFile { try check(register.settings, path: path); continue }
            if relative == RegisterLayout.organisationFile { try check(register.organisation, path: path); continue }
            guard let type = RegisterLayout.kind(ofFile: relative)?.listedType, let id = RegisterLayout.id(ofFile: relative) else { continue }
            func checkEntity<T: ListedEntity>(_ type: T.Type) throws {
                if let entity = register.entity(T.self, id: id) { try check(entity, path: path) }
            }
            try checkEntity(type)
        }
    }

    // The field is worded only for a value that breaks the rule: worded for every nested id of 10 000
    // activities, it was a twentieth of opening the register.
    private static func number(_ value: Int, _ field: @autoclosure () -> String, _ range: ClosedRange<Int>, path: String) throws {
        guard range.contains(value) else {
            throw StoreError.invalidContent(path: path, problem: LocalizedText(.problemNumberOutOfRange, field(), "\(value)",
                                                                               "\(range.lowerBound)", "\(range.upperBound)"))
        }
    }

    private static func id(_ value: String, _ field: @autoclosure () -> String, path: String) throws {
        guard EntityID.isValid(value) else {
            throw StoreError.invalidContent(path: path, problem: LocalizedText(.problemNestedIDInvalid, field(), TerminalText.escape(value)))
        }
    }
}
