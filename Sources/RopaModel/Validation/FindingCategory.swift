/// What a finding is about: the Article 30 record itself, or what the privacy notice (Art 13 and 14)
/// needs and the register lacks. `ropa validate` and the UI show notice findings under their own heading.
public enum FindingCategory: String, CaseIterable, Sendable {
    case record
    case notice

    public var label: BilingualLabel {
        switch self {
        case .record: return .init(en: "Record", sv: "Registret")
        case .notice: return .init(en: "Privacy notice", sv: "Integritetsinformation")
        }
    }
}

extension FindingCode {
    public var category: FindingCategory {
        switch self {
        case .noticeAutomatedLogicNotDescribed, .noticeConsequenceNotStated, .noticeDPOWithoutContact,
             .noticeLegitimateInterestNotDescribed, .noticeProvisionNotStated, .noticeSourceNotStated:
            return .notice
        default:
            return .record
        }
    }
}

extension Finding {
    public var category: FindingCategory { code.category }
}
