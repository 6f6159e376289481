/// Processing that may carry a high risk: DPIA screening (Art 35, WP 248 rev.01, IMY's Art 35(4) list) and
/// automated decisions (Art 22).
struct HighRiskRules {
    let register: Register

    func check(_ activity: Activity, add: (Severity, FindingCode, String, String, String, String?) -> Void) {
        // A processor assists; the DPIA and the Art 22 exception are the controllers' (Art 28(3)(f)).
        guard activity.role != .processor, activity.status != .retired else { return }
        let met = DPIAScreening.criteria(of: activity)
        let dpia = activity.dpia
        let settled = dpia?.status == .done || dpia?.needed == .yes || !register.isBlank(dpia?.notNeededReason)
        // One item of IMY's Art 35(4) list requires a DPIA on its own; otherwise two WP 248 criteria do.
        let listed = dpia?.imyListItems ?? []
        if !listed.isEmpty, !settled {
            add(.warning, .dpiaLikelyRequired, "dpia.imyListItems",
                "the activity is on IMY's Art 35(4) list (\(listed.map(\.label.en).joined(separator: "; "))): carry out a DPIA, or record why none is needed",
                "behandlingen finns i IMY:s förteckning enligt art. 35.4 (\(listed.map(\.label.sv).joined(separator: "; "))): gör en konsekvensbedömning, eller ange varför ingen behövs",
                "Art 35(4); \(IMYDPIAList.citation)")
        } else if met.count >= DPIAScreening.threshold, !settled {
            add(.warning, .dpiaLikelyRequired, "dpia",
                "the activity meets \(met.count) of the WP 248 criteria (\(met.map(\.label.en).joined(separator: "; "))): carry out a DPIA, or record why none is needed",
                "behandlingen uppfyller \(met.count) av kriterierna i WP 248 (\(met.map(\.label.sv).joined(separator: "; "))): gör en konsekvensbedömning, eller ange varför ingen behövs",
                "Art 35(1), 35(4)")
        }
        if let automated = activity.automatedDecisionMaking, automated.used == .yes, automated.exception == nil {
            add(.warning, .automatedDecisionWithoutException, "automatedDecisionMaking.exception",
                "decisions are automated: record the Art 22(2) exception they rest on (contract, law or explicit consent), or that they are not solely automated or have no legal or similarly significant effect",
                "beslut fattas automatiskt: ange vilket undantag i art. 22.2 de vilar på (avtal, lag eller uttryckligt samtycke), eller att de inte är helt automatiserade eller saknar rättsliga följder eller liknande betydande påverkan",
                "Art 22(2)")
        }
    }
}
