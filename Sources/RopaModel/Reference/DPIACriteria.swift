/// The criteria of processing "likely to result in a high risk" (Art 35(1)), as data with their sources.
///
/// The nine criteria are those of the Article 29 Working Party's Guidelines on DPIA, WP 248 rev.01 (adopted
/// 4 April 2017, revised 4 October 2017, endorsed by the EDPB on 25 May 2018), section III.B.a. IMY's list
/// under Art 35(4) ("Förteckning över när en konsekvensbedömning ska göras", imy.se) restates the same
/// criteria and asks for a DPIA when at least two of them are met; the cases of Art 35(3) each meet two.
/// Checked 2026-12-02.
public enum DPIACriterion: String, Vocabulary {
    case evaluationOrScoring
    case automatedDecisionWithEffect
    case systematicMonitoring
    case sensitiveData
    case largeScale
    case matchingDatasets
    case vulnerableSubjects
    case innovativeTechnology
    case preventsRights

    public var label: BilingualLabel {
        switch self {
        case .evaluationOrScoring: return .init(en: "Evaluation or scoring, including profiling", sv: "Utvärdering eller poängsättning, även profilering")
        case .automatedDecisionWithEffect:
            return .init(en: "Automated decisions with legal or similarly significant effect",
                         sv: "Automatiserade beslut med rättsliga följder eller liknande betydande påverkan")
        case .systematicMonitoring: return .init(en: "Systematic monitoring", sv: "Systematisk övervakning")
        case .sensitiveData: return .init(en: "Sensitive data or data of a highly personal nature", sv: "Känsliga uppgifter eller uppgifter av mycket personlig karaktär")
        case .largeScale: return .init(en: "Data processed on a large scale", sv: "Uppgifter som behandlas i stor omfattning")
        case .matchingDatasets: return .init(en: "Matching or combining datasets", sv: "Matchning eller kombination av datamängder")
        case .vulnerableSubjects: return .init(en: "Data concerning vulnerable data subjects", sv: "Uppgifter om sårbara registrerade")
        case .innovativeTechnology:
            return .init(en: "Innovative use or new technological or organisational solutions", sv: "Innovativ användning eller nya tekniska eller organisatoriska lösningar")
        case .preventsRights:
            return .init(en: "Prevents people from exercising a right or using a service or contract",
                         sv: "Hindrar de registrerade från att utöva en rättighet eller använda en tjänst eller ett avtal")
        }
    }

    public var citation: String? { "WP 248 rev.01" }
}

/// DPIA screening: which criteria an activity meets, from what it records (its data, its data subjects, its
/// automated decisions) and what its DPIA record ticks.
public enum DPIAScreening {
    /// How many criteria make a DPIA likely required (WP 248 rev.01; IMY's Art 35(4) list: "minst två").
    public static let threshold = 2
    public static let source = "WP 248 rev.01 (EDPB-endorsed 25 May 2018); IMY, Förteckning enligt artikel 35.4, checked 2026-12-02"

    /// The criteria the activity meets: those its DPIA record ticks, and those its other fields show.
    public static func criteria(of activity: Activity) -> [DPIACriterion] {
        var met = Set(activity.dpia?.criteria ?? [])
        // Art 9 and Art 10 data is "sensitive data" in WP 248's sense.
        if activity.dataCategories.contains(where: { $0.specialCategory != nil }) { met.insert(.sensitiveData) }
        if activity.vulnerableDataSubjects == true { met.insert(.vulnerableSubjects) }
        if let automated = activity.automatedDecisionMaking {
            if automated.profiling == .yes { met.insert(.evaluationOrScoring) }
            if automated.used == .yes, let exception = automated.exception, exception != .outsideArticle22 {
                met.insert(.automatedDecisionWithEffect)
            }
        }
        return DPIACriterion.allCases.filter(met.contains)
    }
}
