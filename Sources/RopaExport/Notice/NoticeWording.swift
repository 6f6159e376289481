import Foundation
import RopaModel

/// The register's vocabularies in plain words for the people a notice is written for: what a lawful basis,
/// an Art 9 condition, a transfer safeguard or a duty to give data means for them, with the article.
struct NoticeWording {
    let language: Language

    func text(_ message: ExportMessage, _ arguments: String...) -> String {
        message.text(language, arguments)
    }

    func lawfulBasis(_ basis: LawfulBasis) -> String {
        switch basis {
        case .consent: return text(.noticeBasisConsent)
        case .contract: return text(.noticeBasisContract)
        case .legalObligation: return text(.noticeBasisLegalObligation)
        case .vitalInterests: return text(.noticeBasisVitalInterests)
        case .publicTask: return text(.noticeBasisPublicTask)
        case .legitimateInterests: return text(.noticeBasisLegitimateInterests)
        }
    }

    func article9(_ condition: Article9Condition) -> String {
        switch condition {
        case .explicitConsent: return text(.noticeArt9ExplicitConsent)
        case .employmentAndSocialSecurity: return text(.noticeArt9Employment)
        case .vitalInterests: return text(.noticeArt9VitalInterests)
        case .notForProfitBody: return text(.noticeArt9NotForProfit)
        case .manifestlyPublic: return text(.noticeArt9ManifestlyPublic)
        case .legalClaims: return text(.noticeArt9LegalClaims)
        case .substantialPublicInterest: return text(.noticeArt9SubstantialPublicInterest)
        case .healthOrSocialCare: return text(.noticeArt9HealthOrSocialCare)
        case .publicHealth: return text(.noticeArt9PublicHealth)
        case .archivingResearchStatistics: return text(.noticeArt9Archiving)
        }
    }

    func provision(_ requirement: ProvisionRequirement) -> String {
        switch requirement {
        case .statutory: return text(.noticeProvisionStatutory)
        case .contractual: return text(.noticeProvisionContractual)
        case .contractPrerequisite: return text(.noticeProvisionContractPrerequisite)
        case .voluntary: return text(.noticeProvisionVoluntary)
        }
    }

    /// The safeguard in plain words; nil when none is recorded, since a notice claims none it lacks.
    func safeguard(_ safeguard: TransferSafeguard) -> String? {
        switch safeguard.mechanism {
        case .adequacy:
            if let decision = NoticeWording.present(safeguard.adequacyReference) {
                return text(.noticeSafeguardAdequacyDecision, decision)
            }
            return text(.noticeSafeguardAdequacy)
        case .standardContractualClauses: return text(.noticeSafeguardSCC)
        case .bindingCorporateRules: return text(.noticeSafeguardBCR)
        case .codeOfConduct: return text(.noticeSafeguardCode)
        case .certification: return text(.noticeSafeguardCertification)
        case .adHocClauses: return text(.noticeSafeguardAdHocClauses)
        case .derogation:
            if let derogation = safeguard.derogation {
                return text(.noticeSafeguardDerogationKind, derogation.label.text(language).lowercasedFirst)
            }
            return text(.noticeSafeguardDerogation)
        case .none, .unknown: return nil
        }
    }

    /// Whether a copy of the safeguard can be asked for (Art 13(1)(f)): the Art 46 and 47 instruments.
    static func hasCopy(_ mechanism: TransferMechanism) -> Bool {
        switch mechanism {
        case .standardContractualClauses, .bindingCorporateRules, .codeOfConduct, .certification, .adHocClauses: return true
        case .adequacy, .derogation, .none, .unknown: return false
        }
    }

    /// The text with surrounding white space removed, or nil when nothing is left.
    static func present(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

extension String {
    /// "Explicit consent" → "explicit consent", for a label inside a sentence; "SCC" stays as it is.
    var lowercasedFirst: String {
        guard let first, count > 1, let second = dropFirst().first, !second.isUppercase else { return self }
        return first.lowercased() + dropFirst()
    }
}
