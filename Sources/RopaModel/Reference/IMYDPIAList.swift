/// Processing that IMY's list under Art 35(4) ("Förteckning över när en konsekvensbedömning ska göras",
/// imy.se) names as always requiring a DPIA: the list asks for one when at least two WP 248 criteria are met
/// (`DPIACriterion`) and ends with examples in which at least two "shall be deemed" met, so that one example
/// alone requires a DPIA.
///
/// Only the examples whose wording was checked on IMY's own pages are here: the five of working life, as IMY's
/// page "Konsekvensbedömning" (Arbetsliv, imy.se) lists them, checked 2026-12-02. The list's further examples
/// (marketing, sensitive data, other private and public sector) were seen only in a third party's copy and are
/// left out until checked: on 2026-12-02 the stored copy of IMY's list page ("Förteckning över när en
/// konsekvensbedömning ska göras") could be read only up to its introduction (IMY adopted it following the EDPB's
/// criteria; a DPIA when at least two of them are met; examples at the end in which at least two "ska anses
/// föreligga"), not as far as the examples. Datainspektionen published the list on 16 January 2019 (Hannes
/// Snellman, 26 February 2019; Dagens Juridik, February 2019); the decision's diary number was not found.
public enum IMYListedProcessing: String, Vocabulary {
    case employeeInternetAndEmailMonitoring
    case biometricAccessControl
    case whistleblowingSystem
    case candidateDatabases
    case recruitmentBackgroundChecks

    public var label: BilingualLabel {
        switch self {
        case .employeeInternetAndEmailMonitoring:
            return .init(en: "An employer systematically monitoring employees' use of the internet and e-mail",
                         sv: "En arbetsgivare som systematiskt övervakar hur de anställda använder internet och e-post")
        case .biometricAccessControl:
            return .init(en: "An entry system for employees using biometric data to identify a particular person (e.g. fingerprints)",
                         sv: "Ett inpasseringssystem för anställda med biometriska uppgifter för att identifiera en viss person (t.ex. fingeravtryck)")
        case .whistleblowingSystem:
            return .init(en: "A joint system for reporting wrongdoing at the workplace (whistleblowing system)",
                         sv: "Ett gemensamt system för att anmäla missförhållanden på arbetsplatsen (visselblåsarsystem)")
        case .candidateDatabases:
            return .init(en: "A recruitment company setting up candidate or competence databases",
                         sv: "Ett rekryteringsföretag som inrättar kandidat- eller kompetensdatabaser")
        case .recruitmentBackgroundChecks:
            return .init(en: "Background checks before recruitment", sv: "Bakgrundskontroller inför rekryteringar")
        }
    }

    public var citation: String? { IMYDPIAList.citation }
}

/// IMY's Art 35(4) list as a source.
public enum IMYDPIAList {
    public static let citation = "IMY, Art 35(4) list"
    public static let source = "IMY, Förteckning över när en konsekvensbedömning ska göras (Art 35(4), published 16 January 2019); examples as worded on imy.se, Konsekvensbedömning (Arbetsliv); checked 2026-12-02"
}
