import RopaModel

extension CSVTable {
    /// The table's title: a workbook's sheet name, and a name the import recognises a sheet or file by.
    /// Each fits Excel's 31 characters and avoids the characters sheet names cannot hold.
    public var title: BilingualLabel {
        switch self {
        case .activities: return .init(en: "Activities", sv: "Behandlingar")
        case .processors: return .init(en: "Processors", sv: "Personuppgiftsbiträden")
        case .subprocessors: return .init(en: "Sub-processors", sv: "Underbiträden")
        case .transfers: return .init(en: "Transfers", sv: "Överföringar")
        case .jointControllers: return .init(en: "Joint controllers", sv: "Gemensamt ansvariga")
        case .securityMeasures: return .init(en: "Security measures", sv: "Säkerhetsåtgärder")
        }
    }

    /// The column that names each row's entity: the one column a sheet of this table needs.
    public var nameField: ExportField {
        switch self {
        case .activities: return .activity
        case .processors: return .processor
        case .subprocessors: return .subprocessor
        case .transfers: return .transfer
        case .jointControllers: return .jointController
        case .securityMeasures: return .securityMeasure
        }
    }
}
