import RopaModel

/// The messages of the exports: where an export may be written, what a spreadsheet could not hold, the
/// privacy notice and the review report. Worded through the model's `CatalogueMessage`; the English and
/// Swedish parts are in `English/` and `Swedish/` beside this file.
public enum ExportMessage: String, CatalogueMessage {
    // MARK: The command line: usage errors, what each command prints, the `ropa show` outline, export errors
    case exportNeedsFolder, exportMissingFolder, exportNotAFileOrFolder, exportNothingToExport

    // MARK: Untrusted register folders: links, special files, journals, unrecorded edits, invalid history
    case exportInsideRegister

    // MARK: The processor-agreement review: `ropa review` text, the Markdown report, mark reviewed
    case reviewNothingNeedsAttention, reportTitle, reportAsOf, reportSummary, reportNeedAttention
    case reportColumnUrgency, reportColumnProcessors, reportTotal, reportQueue, reportColumnProcessor
    case reportColumnEngagedBy, reportColumnReviewDue, reportColumnReasons, reportID, reportEngagedBy
    case reportAgreement, reportReviewDue, reportUsedBy, reportNoActivity, reportUrgency, reportColumnArticle
    case reportColumnWhatIsWrong, reportColumnWhatToDo, reportSigned, reportReference, reportLastReviewed
    case reportSubprocessors

    // MARK: The privacy notice (`ropa notice`): Art 13 and 14 information for data subjects
    case noticeTitle, noticeIntro, noticeAudience, noticeNoActivities, noticeControllerHeading, noticeControllerOne
    case noticeControllerMany, noticeOrganisationNumber, noticeContactIntro, noticeEmail, noticePhone, noticeAddress
    case noticeWebsite, noticeDPOHeading, noticeDPOAppointed, noticeDPOReach, noticeRepresentativeHeading
    case noticeRepresentativeIntro, noticeActivitiesHeading, noticeFieldController, noticeFieldSubjects
    case noticeFieldData, noticeSensitive, noticeFieldPurposes, noticePurpose, noticeLegitimateInterest
    case noticeArticle9, noticeFieldProvision, noticeProvisionConsequence, noticeFieldSources, noticeFieldRecipients
    case noticeProcessorRecipient, noticeJointRecipient, noticeFieldTransfers, noticeFieldRetention
    case noticeFieldAutomated, noticeAutomatedYes, noticeAutomatedNo, noticeProfilingYes, noticeProfilingNo
    case noticeAutomatedLogic, noticeBasisConsent, noticeBasisContract, noticeBasisLegalObligation
    case noticeBasisVitalInterests, noticeBasisPublicTask, noticeBasisLegitimateInterests, noticeArt9ExplicitConsent
    case noticeArt9Employment, noticeArt9VitalInterests, noticeArt9NotForProfit, noticeArt9ManifestlyPublic
    case noticeArt9LegalClaims, noticeArt9SubstantialPublicInterest, noticeArt9HealthOrSocialCare
    case noticeArt9PublicHealth, noticeArt9Archiving, noticeProvisionStatutory, noticeProvisionContractual
    case noticeProvisionContractPrerequisite, noticeProvisionVoluntary, noticeTransfersHeading, noticeTransfersIntro
    case noticeTransferIn, noticeSafeguardAdequacy, noticeSafeguardAdequacyDecision, noticeSafeguardSCC
    case noticeSafeguardBCR, noticeSafeguardCode, noticeSafeguardCertification, noticeSafeguardAdHocClauses
    case noticeSafeguardDerogation, noticeSafeguardDerogationKind, noticeTransferCopy, noticeProcessorsHeading
    case noticeProcessorsIntro, noticeSubprocessor, noticeJointHeading, noticeJointIntro, noticeJointParty
    case noticeJointScope, noticeJointResponsibilities, noticeJointArrangement, noticeJointContact
    case noticeJointActivities, noticeOnBehalfHeading, noticeOnBehalfIntro, noticeOnBehalfFor, noticeOnBehalfWhat
    case noticeRightsHeading, noticeRightsIntro, noticeRightAccess, noticeRightRectification, noticeRightErasure
    case noticeRightRestriction, noticeRightPortability, noticeRightObjection, noticeRightWithdraw, noticeRightsHow
    case noticeRightsHowWithDPO, noticeComplaintHeading, noticeComplaint, noticeDefaultAuthority
    case noticeCollectedElsewhere, noticeCollectedBoth

    public static let tables = MessageTables(
        english: [EnglishExportErrors.table, EnglishNotice.table, EnglishReview.table],
        swedish: [SwedishExportErrors.table, SwedishNotice.table, SwedishReview.table])
}

extension LocalizedText {
    /// A message of the exports; the arguments fill its `{0}`, `{1}`, … and are the same in every language.
    public init(_ message: ExportMessage, _ arguments: String...) { self.init(key: message, verbatim: arguments) }
}
