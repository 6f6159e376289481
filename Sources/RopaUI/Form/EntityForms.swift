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

    static let contactFields: [FieldSpec] = [
        .text("name", L(en: "Name", sv: "Namn")),
        .text("role", L(en: "Role", sv: "Roll")),
        .text("email", L(en: "E-mail", sv: "E-post")),
        .text("phone", L(en: "Phone", sv: "Telefon")),
        .text("address", L(en: "Address", sv: "Adress")),
        .text("url", L(en: "Web", sv: "Webb")),
        .text("note", L(en: "Note", sv: "Anteckning")),
    ]

    static let provenance = FieldSpec.textMap("provenance", L(en: "Provenance (field → source)", sv: "Källa (fält → källa)"))
    static let notes = FieldSpec.text("notes", L(en: "Notes", sv: "Anteckningar"))

    static let organisation: [FieldSpec] = [
        .text("name", L(en: "Name", sv: "Namn"), required: true),
        .list("legalEntities", L(en: "Legal entities", sv: "Juridiska personer"), item: L(en: "legal entity", sv: "juridisk person"), [
            .text("name", L(en: "Name", sv: "Namn"), required: true),
            .text("organisationNumber", L(en: "Organisation number", sv: "Organisationsnummer")),
            .text("address", L(en: "Address", sv: "Adress")),
            .country("country", L(en: "Country", sv: "Land")),
        ], template: { .object(["id": .string($0), "name": .string("")]) }),
        .group("contact", L(en: "Contact", sv: "Kontakt"), contactFields),
        .group("dataProtectionOfficer", L(en: "Data protection officer", sv: "Dataskyddsombud"), contactFields),
        .group("euRepresentative", L(en: "EU representative", sv: "Företrädare i EU"), contactFields),
        .list("supervisoryAuthorities", L(en: "Supervisory authorities", sv: "Tillsynsmyndigheter"), item: L(en: "authority", sv: "myndighet"), [
            .text("name", L(en: "Name", sv: "Namn"), required: true),
            .country("country", L(en: "Country", sv: "Land")),
            .text("url", L(en: "Web", sv: "Webb")),
            .flag("lead", L(en: "Lead authority", sv: "Ansvarig myndighet")),
        ], template: { .object(["id": .string($0), "name": .string("")]) }),
        notes,
        provenance,
    ]

    static let activity: [FieldSpec] = [
        .text("name", L(en: "Name", sv: "Namn"), required: true),
        .text("description", L(en: "Description", sv: "Beskrivning")),
        .choice("role", L(en: "Role", sv: "Roll"), ChoiceOption.all(ProcessingRole.self), required: true),
        .choice("status", L(en: "Status", sv: "Status"), ChoiceOption.all(ActivityStatus.self), required: true),
        .legalEntities("legalEntityIds", L(en: "Legal entities (none: all)", sv: "Juridiska personer (inga: alla)")),
        .list("controllers", L(en: "Controllers (Art 30(2))", sv: "Personuppgiftsansvariga (art. 30.2)"), item: L(en: "controller", sv: "ansvarig"), [
            .text("name", L(en: "Name", sv: "Namn"), required: true),
            .group("contact", L(en: "Contact", sv: "Kontakt"), contactFields),
        ], template: { .object(["id": .string($0), "name": .string("")]) }),
        .list("purposes", L(en: "Purposes", sv: "Ändamål"), item: L(en: "purpose", sv: "ändamål"), [
            .text("description", L(en: "Purpose", sv: "Ändamål"), required: true),
            .choice("lawfulBasis", L(en: "Lawful basis", sv: "Rättslig grund"), ChoiceOption.all(LawfulBasis.self)),
            .text("legitimateInterest", L(en: "Legitimate interest", sv: "Berättigat intresse")),
            .choice("article9Condition", L(en: "Art 9 condition", sv: "Villkor enligt art. 9"), ChoiceOption.all(Article9Condition.self)),
        ], template: { .object(["id": .string($0), "description": .string("")]) }),
        .textList("dataSubjects", L(en: "Data subjects", sv: "Registrerade")),
        .list("dataCategories", L(en: "Personal data", sv: "Personuppgifter"), item: L(en: "data category", sv: "kategori"), [
            .text("name", L(en: "Name", sv: "Namn"), required: true),
            .choice("specialCategory", L(en: "Special category", sv: "Känslig kategori"), ChoiceOption.all(SpecialCategory.self)),
            .flag("highRisk", L(en: "High risk", sv: "Hög risk")),
        ], template: { .object(["id": .string($0), "name": .string("")]) }),
        .textList("dataSources", L(en: "Sources", sv: "Källor")),
        .choice("collectedFrom", L(en: "Collected from (Art 13/14)", sv: "Insamlade från (art. 13/14)"), ChoiceOption.all(CollectionSource.self)),
        .textList("recipients", L(en: "Recipients", sv: "Mottagare")),
        .references("processorIds", L(en: "Processors", sv: "Biträden"), .processor),
        .references("jointControllerIds", L(en: "Joint controllers", sv: "Gemensamt ansvariga"), .jointController),
        .references("transferIds", L(en: "Transfers", sv: "Överföringar"), .transfer),
        .list("retention", L(en: "Retention", sv: "Lagringstid"), item: L(en: "retention rule", sv: "gallringsregel"), [
            .text("text", L(en: "As written", sv: "Som skrivet"), required: true),
            .group("period", L(en: "Period", sv: "Tidsperiod"), [
                .number("amount", L(en: "Amount", sv: "Antal")),
                .choice("unit", L(en: "Unit", sv: "Enhet"), ChoiceOption.all(PeriodUnit.self), required: true),
                .text("startingEvent", L(en: "From", sv: "Räknat från")),
            ]),
        ], template: { .object(["id": .string($0), "text": .string("")]) }),
        .references("securityMeasureIds", L(en: "Security measures", sv: "Säkerhetsåtgärder"), .securityMeasure),
        .text("securityDescription", L(en: "Security description", sv: "Säkerhetsbeskrivning")),
        .group("automatedDecisionMaking", L(en: "Automated decisions", sv: "Automatiserade beslut"), [
            .choice("used", L(en: "Used", sv: "Används"), ChoiceOption.all(Answer.self), required: true),
            .choice("profiling", L(en: "Profiling", sv: "Profilering"), ChoiceOption.all(Answer.self)),
            .text("description", L(en: "Description", sv: "Beskrivning")),
        ]),
        .group("dataProvision", L(en: "Giving the data (Art 13(2)(e))", sv: "Skyldighet att lämna uppgifterna (art. 13.2 e)"), [
            .choice("requirement", L(en: "Requirement", sv: "Krav"), ChoiceOption.all(ProvisionRequirement.self), required: true),
            .text("consequence", L(en: "If not given", sv: "Om de inte lämnas")),
        ]),
        .group("dpia", L(en: "DPIA", sv: "Konsekvensbedömning"), [
            .choice("needed", L(en: "Needed", sv: "Behövs"), ChoiceOption.all(Answer.self), required: true),
            .choice("status", L(en: "Status", sv: "Status"), ChoiceOption.all(DPIAStatus.self)),
            .text("link", L(en: "Link", sv: "Länk")),
            .date("date", L(en: "Date", sv: "Datum")),
        ]),
        .text("owner", L(en: "Owner", sv: "Ägare")),
        .date("lastReviewed", L(en: "Last reviewed", sv: "Senast granskad")),
        notes,
        provenance,
    ]

    static let processor: [FieldSpec] = [
        .text("name", L(en: "Name", sv: "Namn"), required: true),
        .text("service", L(en: "Service", sv: "Tjänst")),
        .country("country", L(en: "Country", sv: "Land")),
        .group("contact", L(en: "Contact", sv: "Kontakt"), contactFields),
        .reference("parentProcessorId", L(en: "Engaged by (sub-processor of)", sv: "Anlitad av (underbiträde till)"), .processor),
        .group("approval", L(en: "Sub-processor approval", sv: "Godkännande av underbiträde"), [
            .choice("status", L(en: "Status", sv: "Status"), ChoiceOption.all(ApprovalStatus.self), required: true),
            .date("date", L(en: "Decided", sv: "Beslutat")),
            .date("noticeDate", L(en: "Notice given", sv: "Förhandsbesked")),
        ]),
        .group("agreement", L(en: "Processor agreement", sv: "Personuppgiftsbiträdesavtal"), [
            .choice("status", L(en: "Status", sv: "Status"), ChoiceOption.all(AgreementStatus.self), required: true),
            .date("signedDate", L(en: "Signed", sv: "Undertecknat")),
            .text("reference", L(en: "Reference", sv: "Referens")),
            .date("reviewDue", L(en: "Review due", sv: "Nästa granskning")),
            .date("lastReviewed", L(en: "Last reviewed", sv: "Senast granskat")),
            .choice("subprocessorAuthorisation", L(en: "Sub-processors", sv: "Underbiträden"), ChoiceOption.all(SubprocessorAuthorisation.self)),
            .keyed("clauses", L(en: "Art 28(3) checklist", sv: "Checklista art. 28.3"), keys: ChoiceOption.all(Article28Clause.self), [
                .choice("status", L(en: "Status", sv: "Status"), ChoiceOption.all(ClauseStatus.self), required: true),
                .text("location", L(en: "Where", sv: "Var i avtalet")),
                .text("note", L(en: "Note", sv: "Anteckning")),
            ]),
            .text("note", L(en: "Note", sv: "Anteckning")),
        ]),
        notes,
        provenance,
    ]

    static let transfer: [FieldSpec] = [
        .text("name", L(en: "Name", sv: "Namn"), required: true),
        .group("recipient", L(en: "Recipient", sv: "Mottagare"), [
            .choice("kind", L(en: "Kind", sv: "Typ"), ChoiceOption.all(TransferRecipientKind.self), required: true),
            .reference("id", L(en: "Processor or joint controller", sv: "Biträde eller gemensamt ansvarig"), .processor),
            .text("name", L(en: "Other recipient", sv: "Annan mottagare")),
        ]),
        .country("country", L(en: "Country", sv: "Land")),
        .group("safeguard", L(en: "Safeguard", sv: "Skyddsåtgärd"), [
            .choice("mechanism", L(en: "Mechanism", sv: "Mekanism"), ChoiceOption.all(TransferMechanism.self), required: true),
            .text("adequacyReference", L(en: "Adequacy decision", sv: "Adekvansbeslut")),
            .choice("sccModule", L(en: "SCC module", sv: "SCC-modul"), ChoiceOption.all(SCCModule.self)),
            .text("sccReference", L(en: "SCC reference (default 2021/914)", sv: "SCC-referens (standard 2021/914)")),
            .date("sccSignedDate", L(en: "SCC signed", sv: "SCC undertecknade")),
            .text("bcrReference", L(en: "BCR reference", sv: "BCR-referens")),
            .choice("derogation", L(en: "Art 49 derogation", sv: "Undantag art. 49"), ChoiceOption.all(Article49Derogation.self)),
            .text("documentation", L(en: "Documentation", sv: "Dokumentation")),
        ]),
        .date("transferImpactAssessmentDate", L(en: "Transfer impact assessment", sv: "Konsekvensbedömning av överföring")),
        .textList("supplementaryMeasures", L(en: "Supplementary measures", sv: "Kompletterande åtgärder")),
        .textList("dataCategories", L(en: "Data transferred", sv: "Uppgifter som överförs")),
        notes,
        provenance,
    ]

    static let jointController: [FieldSpec] = [
        .text("name", L(en: "Name", sv: "Namn"), required: true),
        .group("party", L(en: "Legal party", sv: "Juridisk part"), [
            .text("name", L(en: "Name", sv: "Namn"), required: true),
            .group("contact", L(en: "Contact", sv: "Kontakt"), contactFields),
        ]),
        .country("country", L(en: "Country", sv: "Land")),
        .text("scope", L(en: "Jointly controlled", sv: "Gemensamt ansvar för")),
        .group("arrangement", L(en: "Arrangement (Art 26)", sv: "Arrangemang (art. 26)"), [
            .choice("status", L(en: "Status", sv: "Status"), ChoiceOption.all(ArrangementStatus.self), required: true),
            .text("title", L(en: "Title", sv: "Titel")),
            .text("reference", L(en: "Reference or URL", sv: "Referens eller URL")),
            .date("date", L(en: "Date", sv: "Datum")),
        ]),
        .text("responsibilities", L(en: "Responsibilities", sv: "Ansvarsfördelning")),
        .text("contactPoint", L(en: "Contact point", sv: "Kontaktpunkt")),
        .references("activityIds", L(en: "Activities", sv: "Behandlingar"), .activity),
        .references("transferIds", L(en: "Transfers", sv: "Överföringar"), .transfer),
        notes,
        provenance,
    ]

    static let securityMeasure: [FieldSpec] = [
        .text("name", L(en: "Name", sv: "Namn"), required: true),
        .choice("kind", L(en: "Kind", sv: "Typ"), ChoiceOption.all(SecurityMeasureKind.self)),
        .text("description", L(en: "Description", sv: "Beskrivning")),
        notes,
        provenance,
    ]
}
