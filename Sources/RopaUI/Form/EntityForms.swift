import RopaJSON
import RopaModel

/// The fields of each kind of entity, in the order a DPO reads them (Art 30 order for activities).
public enum EntityForms {
    private typealias L = BilingualLabel

    public static func fields(for kind: EntityKind) -> [FieldSpec] {
        switch kind {
        case .organisation: return organisation
        case .activity: return activity
        case .processor: return processor
        case .transfer: return transfer
        case .jointController: return jointController
        case .securityMeasure: return securityMeasure
        }
    }

    /// Every label comes from the one catalogue of field labels.
    private typealias F = RegisterField

    static let contactFields: [FieldSpec] = [
        .text("name", F.name.label),
        .text("role", F.role.label),
        .text("email", F.email.label),
        .text("phone", F.phone.label),
        .text("address", F.address.label),
        .text("url", F.web.label),
        .text("note", F.note.label),
    ]

    static let provenance = FieldSpec.textMap("provenance", F.provenance.label)
    static let notes = FieldSpec.text("notes", F.notes.label)

    static let organisation: [FieldSpec] = [
        .text("name", F.name.label, required: true),
        .list("legalEntities", F.legalEntities.label, item: L(en: "legal entity", sv: "juridisk person"), [
            .text("name", F.name.label, required: true),
            .text("organisationNumber", F.organisationNumber.label),
            .text("address", F.address.label),
            .country("country", F.country.label),
        ], template: { .object(["id": .string($0), "name": .string("")]) }),
        .group("contact", F.controllerContact.label, contactFields),
        .group("dataProtectionOfficer", F.dataProtectionOfficer.label, contactFields),
        .group("euRepresentative", F.euRepresentative.label, contactFields),
        .list("supervisoryAuthorities", F.supervisoryAuthorities.label, item: L(en: "authority", sv: "myndighet"), [
            .text("name", F.name.label, required: true),
            .country("country", F.country.label),
            .text("url", F.web.label),
            .flag("lead", F.leadAuthority.label),
        ], template: { .object(["id": .string($0), "name": .string("")]) }),
        .text("breachLog", F.breachLog.label),
        notes,
        provenance,
    ]

    static let activity: [FieldSpec] = [
        .text("name", F.name.label, required: true),
        .text("description", F.description.label),
        .choice("role", F.role.label, ChoiceOption.all(ProcessingRole.self), required: true),
        .choice("status", F.status.label, ChoiceOption.all(ActivityStatus.self), required: true),
        .legalEntities("legalEntityIds", F.legalEntities.label),
        .list("controllers", F.controllers.label, item: L(en: "controller", sv: "ansvarig"), [
            .text("name", F.name.label, required: true),
            .group("contact", F.contact.label, contactFields),
        ], template: { .object(["id": .string($0), "name": .string("")]) }),
        .list("purposes", F.purposes.label, item: L(en: "purpose", sv: "ändamål"), [
            .text("description", F.purpose.label, required: true),
            .choice("lawfulBasis", F.lawfulBasis.label, ChoiceOption.all(LawfulBasis.self)),
            .text("legitimateInterest", F.legitimateInterest.label),
            .choice("article9Condition", F.article9Condition.label, ChoiceOption.all(Article9Condition.self)),
            .text("statutoryProvision", F.statutoryProvision.label),
        ], template: { .object(["id": .string($0), "description": .string("")]) }),
        .textList("dataSubjects", F.dataSubjects.label),
        .list("dataCategories", F.dataCategories.label, item: L(en: "data category", sv: "kategori"), [
            .text("name", F.name.label, required: true),
            .choice("specialCategory", F.specialCategory.label, ChoiceOption.all(SpecialCategory.self)),
            .flag("highRisk", F.highRisk.label),
        ], template: { .object(["id": .string($0), "name": .string("")]) }),
        .textList("dataSources", F.dataSources.label),
        .choice("collectedFrom", F.collectedFrom.label, ChoiceOption.all(CollectionSource.self)),
        .textList("recipients", F.recipients.label),
        .references("processorIds", F.processors.label, .processor),
        .references("jointControllerIds", F.jointControllers.label, .jointController),
        .references("transferIds", F.transfers.label, .transfer),
        .list("retention", F.retention.label, item: L(en: "retention rule", sv: "gallringsregel"), [
            .text("text", F.retentionText.label, required: true),
            .group("period", F.retentionPeriod.label, [
                .number("amount", F.periodAmount.label),
                .choice("unit", F.periodUnit.label, ChoiceOption.all(PeriodUnit.self), required: true),
                .text("startingEvent", F.periodStart.label),
            ]),
        ], template: { .object(["id": .string($0), "text": .string("")]) }),
        .text("retentionPolicy", F.retentionPolicy.label),
        .references("securityMeasureIds", F.securityMeasures.label, .securityMeasure),
        .text("securityDescription", F.securityDescription.label),
        // What Swedish law and the DPIA screening ask beside Art 30, after the record's points (a)–(g).
        .flag("vulnerableDataSubjects", F.vulnerableDataSubjects.label),
        .text("article10Basis", F.article10Basis.label),
        .text("identityNumberJustification", F.identityNumberJustification.label),
        .group("automatedDecisionMaking", F.automatedDecisions.label, [
            .choice("used", F.automatedDecisionsUsed.label, ChoiceOption.all(Answer.self), required: true),
            .choice("profiling", F.profiling.label, ChoiceOption.all(Answer.self)),
            .text("description", F.description.label),
            .choice("exception", F.article22Exception.label, ChoiceOption.all(Article22Exception.self)),
        ]),
        .group("dataProvision", F.dataProvision.label, [
            .choice("requirement", F.provisionRequirement.label, ChoiceOption.all(ProvisionRequirement.self), required: true),
            .text("consequence", F.provisionConsequence.label),
        ]),
        .group("dpia", F.dpia.label, [
            .choice("needed", F.dpiaNeeded.label, ChoiceOption.all(Answer.self), required: true),
            .choice("status", F.dpiaStatus.label, ChoiceOption.all(DPIAStatus.self)),
            .text("link", F.dpiaLink.label),
            .date("date", F.dpiaDate.label),
            .choices("criteria", F.dpiaCriteria.label, ChoiceOption.all(DPIACriterion.self)),
            .choices("imyListItems", F.dpiaIMYListItems.label, ChoiceOption.all(IMYListedProcessing.self)),
            .text("notNeededReason", F.dpiaNotNeededReason.label),
        ]),
        .choices("rightsAvailable", F.rightsAvailable.label, ChoiceOption.all(DataSubjectRight.self)),
        .text("consentRecords", F.consentRecords.label),
        .text("legitimateInterestsAssessment", F.legitimateInterestsAssessment.label),
        .textList("systems", F.systems.label),
        .text("storageLocation", F.storageLocation.label),
        .text("owner", F.owner.label),
        .text("department", F.department.label),
        .date("lastReviewed", F.lastReviewed.label),
        notes,
        provenance,
    ]

    static let processor: [FieldSpec] = [
        .text("name", F.name.label, required: true),
        .text("service", F.service.label),
        .country("country", F.country.label),
        .group("contact", F.contact.label, contactFields),
        .reference("parentProcessorId", F.engagedBy.label, .processor),
        .group("approval", F.approval.label, [
            .choice("status", F.status.label, ChoiceOption.all(ApprovalStatus.self), required: true),
            .date("date", F.approvalDate.label),
            .date("noticeDate", F.noticeDate.label),
        ]),
        .group("agreement", F.agreement.label, [
            .choice("status", F.agreementStatus.label, ChoiceOption.all(AgreementStatus.self), required: true),
            .date("signedDate", F.agreementSigned.label),
            .text("reference", F.agreementReference.label),
            .date("reviewDue", F.reviewDue.label),
            .date("lastReviewed", F.agreementLastReviewed.label),
            .choice("subprocessorAuthorisation", F.subprocessorAuthorisation.label, ChoiceOption.all(SubprocessorAuthorisation.self)),
            .number("objectionPeriodDays", F.objectionPeriodDays.label),
            .keyed("clauses", F.clauses.label, keys: ChoiceOption.all(Article28Clause.self), [
                .choice("status", F.status.label, ChoiceOption.all(ClauseStatus.self), required: true),
                .text("location", F.clauseLocation.label),
                .text("note", F.note.label),
            ]),
            .text("note", F.agreementNote.label),
        ]),
        notes,
        provenance,
    ]

    static let transfer: [FieldSpec] = [
        .text("name", F.name.label, required: true),
        .group("recipient", F.recipient.label, [
            .choice("kind", F.recipientType.label, ChoiceOption.all(TransferRecipientKind.self), required: true),
            .reference("id", F.recipientEntity.label, .processor),
            .text("name", F.otherRecipient.label),
        ]),
        .country("country", F.country.label),
        .group("safeguard", F.safeguard.label, [
            .choice("mechanism", F.mechanism.label, ChoiceOption.all(TransferMechanism.self), required: true),
            .text("adequacyReference", F.adequacyReference.label),
            .choice("sccModule", F.sccModule.label, ChoiceOption.all(SCCModule.self)),
            .text("sccReference", F.sccReference.label),
            .date("sccSignedDate", F.sccSigned.label),
            .text("bcrReference", F.bcrReference.label),
            .choice("derogation", F.derogation.label, ChoiceOption.all(Article49Derogation.self)),
            .text("documentation", F.derogationDocumentation.label),
            .group("recipientCoverage", F.recipientCoverage.label, [
                .flag("covered", F.recipientCovered.label),
                .text("reference", F.coverageReference.label),
                .date("checkedDate", F.coverageChecked.label),
            ]),
            .flag("occasional", F.occasionalTransfers.label),
        ]),
        .date("transferImpactAssessmentDate", F.transferImpactAssessment.label),
        .textList("supplementaryMeasures", F.supplementaryMeasures.label),
        .textList("dataCategories", F.dataTransferred.label),
        notes,
        provenance,
    ]

    static let jointController: [FieldSpec] = [
        .text("name", F.name.label, required: true),
        .group("party", F.party.label, [
            .text("name", F.name.label, required: true),
            .group("contact", F.partyContact.label, contactFields),
        ]),
        .country("country", F.country.label),
        .text("scope", F.scope.label),
        .group("arrangement", F.arrangement.label, [
            .choice("status", F.status.label, ChoiceOption.all(ArrangementStatus.self), required: true),
            .text("title", F.arrangementTitle.label),
            .text("reference", F.arrangementReference.label),
            .date("date", F.arrangementDate.label),
        ]),
        .text("responsibilities", F.responsibilities.label),
        .text("contactPoint", F.contactPoint.label),
        .references("activityIds", F.activities.label, .activity),
        .references("transferIds", F.transfers.label, .transfer),
        notes,
        provenance,
    ]

    static let securityMeasure: [FieldSpec] = [
        .text("name", F.name.label, required: true),
        .choice("kind", F.measureType.label, ChoiceOption.all(SecurityMeasureKind.self)),
        .text("description", F.description.label),
        notes,
        provenance,
    ]
}
