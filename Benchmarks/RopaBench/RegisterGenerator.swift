import RopaModel

/// A large Swedish group's register, made up but shaped like the real ones in `Data/`: activities with
/// several purposes, lawful bases, data categories (some special, Art 9), recipients and retention rules;
/// processors with signed agreements and nested sub-processors; transfers outside the EU/EEA with SCCs
/// or adequacy; joint controllers (social media, partners); security measures. The same sizes and seed
/// always give the same register.
struct RegisterGenerator {
    let activityCount: Int
    let processorCount: Int
    var random: SeededRandom

    init(activities: Int, processors: Int, seed: UInt64) {
        activityCount = activities
        processorCount = processors
        random = SeededRandom(seed: seed)
    }

    static let eeaCountries = ["SE", "SE", "SE", "SE", "SE", "SE", "DE", "IE", "NL", "FI", "DK", "NO"]
    static let thirdCountries = ["US", "US", "US", "GB", "IN", "CH", "JP"]

    mutating func make() -> Register {
        let organisation = makeOrganisation()
        let measures = SwedishText.securityMeasures.enumerated().map { index, measure in
            SecurityMeasure(id: EntityID.slug(measure.name), name: measure.name, kind: SecurityMeasureKind(rawValue: measure.kind),
                            description: "\(measure.name) enligt koncernens informationssäkerhetspolicy, avsnitt \(index + 1).",
                            provenance: ["record": "Informationssäkerhetspolicy 2024"])
        }
        let processors = makeProcessors()
        let joint = makeJointControllers()
        let transfers = makeTransfers(processors: processors, joint: joint)
        var register = Register(organisation: organisation, processors: processors, transfers: transfers,
                                jointControllers: joint, securityMeasures: measures)
        let topLevel = processors.filter { !$0.isSubprocessor }.map(\.id)
        register.activities = (0..<activityCount).map { makeActivity(number: $0, in: register, topLevelProcessors: topLevel) }
        linkJointControllers(&register)
        return register
    }

    // MARK: Organisation

    private mutating func makeOrganisation() -> Organisation {
        let names = ["Nordlund Holding AB", "Nordlund Handel AB", "Nordlund Logistik AB", "Nordlund Fastigheter AB",
                     "Nordlund Finans AB", "Nordlund Tjänster AB", "Nordlund Digital AB", "Nordlund Service Norr AB"]
        let entities = names.enumerated().map { index, name in
            LegalEntity(id: EntityID.slug(name), name: name, organisationNumber: organisationNumber(index),
                        address: "\(["Storgatan", "Kungsgatan", "Drottninggatan", "Hamngatan"][index % 4]) \(index + 1), \(SwedishText.units[index])",
                        country: "SE")
        }
        return Organisation(
            id: "organisation", name: "Nordlundkoncernen", legalEntities: entities,
            contact: Contact(email: "info@nordlund.se", phone: "08-123 456 00", address: "Storgatan 1, 111 22 Stockholm"),
            dataProtectionOfficer: Contact(name: "Dana Dataskydd", role: "Dataskyddsombud", email: "dataskydd@nordlund.se"),
            supervisoryAuthorities: [SupervisoryAuthority(id: "imy", name: "Integritetsskyddsmyndigheten", country: "SE",
                                                          url: "https://www.imy.se", lead: true)],
            provenance: ["record": "Koncernens integritetspolicy 2024"])
    }

    /// A valid Swedish organisation number (Luhn check digit), different for each index.
    private func organisationNumber(_ index: Int) -> String {
        let digits = Array(([5, 5, 6] + String(100_000 + index * 7_919).compactMap(\.wholeNumberValue)).prefix(9))
        let text = digits.map(String.init).joined() + String(OrganisationNumber.luhnCheckDigit(digits))
        return String(text.prefix(6)) + "-" + String(text.dropFirst(6))
    }

    // MARK: Processors

    private mutating func makeProcessors() -> [Processor] {
        var processors: [Processor] = []
        var taken = Set<String>()
        let topLevel = max(1, processorCount * 7 / 10)
        for number in 0..<processorCount {
            let name = "\(random.pick(SwedishText.supplierPrefixes))\(random.pick(SwedishText.supplierCores).lowercased()) \(random.pick(SwedishText.supplierSuffixes))"
            let id = EntityID.unique(from: name, taken: taken)
            taken.insert(id)
            let outside = random.chance(0.15)
            let country = outside ? random.pick(Self.thirdCountries) : random.pick(Self.eeaCountries)
            let signedYear = random.int(2018...2025)
            let signed = date(year: signedYear, month: random.int(1...12), day: random.int(1...28))
            var clauses: [String: ClauseCheck] = [:]
            for clause in Article28Clause.allCases {
                let status: ClauseStatus = random.chance(0.9) ? .present : random.pick([.partial, .missing, .notChecked])
                clauses[clause.rawValue] = ClauseCheck(status: status, location: "§ \(random.int(2...14)).\(random.int(1...6))")
            }
            let status: AgreementStatus = random.chance(0.9) ? .signed : random.pick([.draft, .sent, .missing, .expired])
            var processor = Processor(
                id: id, name: name, service: random.pick(SwedishText.services), country: country,
                contact: Contact(name: "\(random.pick(SwedishText.firstNames)) \(random.pick(SwedishText.lastNames))", role: "Kundansvarig",
                                 email: "dataskydd@\(id.prefix(20)).example"),
                agreement: ProcessorAgreement(
                    status: status, signedDate: status == .signed ? signed : nil, reference: "PUB-\(signedYear)-\(number + 1)",
                    reviewDue: status == .signed ? date(year: random.int(2025...2027), month: random.int(1...12), day: random.int(1...28)) : nil,
                    lastReviewed: status == .signed ? signed : nil, clauses: clauses,
                    subprocessorAuthorisation: random.chance(0.7) ? .generalWithNotice : .specific),
                provenance: ["agreement": "Avtalsarkivet, diarienummer \(2018 + number % 8)-\(100 + number)"])
            if number >= topLevel, !processors.isEmpty {
                // A sub-processor: engaged by an earlier processor, now and then by another sub-processor.
                let parent = processors[random.int(below: processors.count)]
                processor.parentProcessorId = parent.id
                processor.approval = SubprocessorApproval(status: random.chance(0.85) ? .approved : .pending,
                                                          date: signed, noticeDate: random.chance(0.8) ? signed : nil)
                processor.agreement = ProcessorAgreement(status: .signed, signedDate: signed, clauses: [:])
            }
            processors.append(processor)
        }
        return processors
    }

    // MARK: Joint controllers and transfers

    private mutating func makeJointControllers() -> [JointController] {
        let count = max(1, activityCount / 250)
        return (0..<count).map { number in
            let platform = SwedishText.jointPlatforms[number % SwedishText.jointPlatforms.count]
            let name = number < SwedishText.jointPlatforms.count ? platform.name : "\(platform.name) \(SwedishText.units[number % SwedishText.units.count])"
            let id = EntityID.slug(name) + (number < SwedishText.jointPlatforms.count ? "" : "-\(number)")
            let inPlace = random.chance(0.8)
            return JointController(
                id: id, name: name, party: ExternalParty(id: EntityID.slug(platform.party), name: platform.party),
                country: platform.country, scope: "Gemensam behandling av besökarstatistik och kontaktuppgifter",
                arrangement: JointArrangement(status: inPlace ? .inPlace : .missing, title: inPlace ? "Överenskommelse om gemensamt ansvar" : nil,
                                              reference: inPlace ? "https://example.com/\(id)/arrangement" : nil,
                                              date: inPlace ? date(year: random.int(2019...2024), month: random.int(1...12), day: random.int(1...28)) : nil),
                responsibilities: random.chance(0.7) ? "\(platform.party) svarar på de registrerades begäranden om plattformens uppgifter; vi informerar besökarna." : nil,
                contactPoint: "dataskydd@nordlund.se", provenance: ["record": "Avtalsarkivet"])
        }
    }

    private mutating func makeTransfers(processors: [Processor], joint: [JointController]) -> [Transfer] {
        var transfers: [Transfer] = []
        for processor in processors where Self.thirdCountries.contains(processor.country ?? "") {
            let country = processor.country ?? "US"
            var safeguard = TransferSafeguard(mechanism: .standardContractualClauses, sccModule: random.chance(0.8) ? .module2 : .module3,
                                              sccSignedDate: processor.agreement.signedDate)
            if country == "GB" || country == "CH" || country == "JP" || (country == "US" && random.chance(0.4)) {
                safeguard = TransferSafeguard(mechanism: .adequacy, adequacyReference: "Kommissionens beslut om adekvat skyddsnivå")
            }
            transfers.append(Transfer(
                id: "overforing-\(processor.id)", name: "Överföring till \(processor.name)",
                recipient: TransferRecipient(kind: .processor, id: processor.id), country: country, safeguard: safeguard,
                transferImpactAssessmentDate: random.chance(0.7) ? date(year: random.int(2021...2025), month: random.int(1...12), day: random.int(1...28)) : nil,
                supplementaryMeasures: ["Kryptering där biträdet inte har nyckeln", "Pseudonymisering före överföring"].filter { _ in random.chance(0.6) },
                dataCategories: ["Kontaktuppgifter", "Ärendeinformation"], provenance: ["record": "Överföringsanalys"]))
        }
        for controller in joint where !["SE", "IE", "NO", "DE", "NL", "FI", "DK"].contains(controller.country ?? "") {
            transfers.append(Transfer(
                id: "overforing-\(controller.id)", name: "Överföring till \(controller.name)",
                recipient: TransferRecipient(kind: .jointController, id: controller.id), country: controller.country,
                safeguard: TransferSafeguard(mechanism: .standardContractualClauses, sccModule: .module1),
                transferImpactAssessmentDate: "2024-03-01", dataCategories: ["Personaluppgifter"]))
        }
        return transfers
    }

    // MARK: Activities

    mutating func makeActivity(number: Int, in register: Register, topLevelProcessors: [String]) -> Activity {
        let process = SwedishText.processes[number % SwedishText.processes.count]
        let department = random.pick(SwedishText.departments)
        let unit = SwedishText.units[(number / SwedishText.processes.count) % SwedishText.units.count]
        let name = "\(process) – \(department), \(unit) \(number / (SwedishText.processes.count * SwedishText.units.count) + 1)"
        let id = "\(EntityID.slug(name))-\(number)"
        let roll = random.int(below: 100)
        let role: ProcessingRole = roll < 85 ? .controller : roll < 93 ? .processor : .jointController
        let categories = random.sample(SwedishText.dataCategories, count: random.int(2...7)).map { category in
            DataCategory(id: EntityID.slug(category.name), name: category.name,
                         specialCategory: category.special.flatMap(SpecialCategory.init(rawValue:)), highRisk: category.highRisk ? true : nil)
        }
        let special = categories.contains { $0.specialCategory != nil }
        var purposes = random.sample(SwedishText.purposeTexts, count: random.int(1...4)).map { purpose -> Purpose in
            let basis = LawfulBasis(rawValue: purpose.basis)
            return Purpose(id: EntityID.slug(purpose.text), description: purpose.text, lawfulBasis: role == .processor ? nil : basis,
                           legitimateInterest: basis == .legitimateInterests ? random.pick(SwedishText.legitimateInterests) : nil)
        }
        if special, random.chance(0.9) { purposes[0].article9Condition = random.pick([.employmentAndSocialSecurity, .explicitConsent, .legalClaims]) }
        let processorIds = random.sample(topLevelProcessors, count: random.int(0...3))
        let transferIds = register.transfers.filter { $0.recipient.kind == .processor && processorIds.contains($0.recipient.id ?? "") }.map(\.id)
        let retention = random.sample(SwedishText.retentionTexts, count: random.int(1...2)).enumerated().map { index, rule in
            RetentionRule(id: "lagring-\(index + 1)", dataCategoryIds: index == 0 ? [] : [categories[0].id], text: rule.text,
                          period: index == 0 && rule.amount > 0 && random.chance(0.7)
                              ? RetentionPeriod(amount: rule.amount, unit: PeriodUnit(rawValue: rule.unit) ?? .years, startingEvent: rule.event) : nil)
        }
        let status: ActivityStatus = random.chance(0.9) ? .active : random.pick([.draft, .retired])
        return Activity(
            id: id, name: name, description: random.pick(SwedishText.descriptions)(process, "\(department) i \(unit)"), role: role,
            legalEntityIds: random.sample(register.organisation.legalEntities.map(\.id), count: random.int(0...2)),
            controllers: role == .processor ? [ExternalParty(id: "kund-\(number % 97)", name: "Kundföretag \(number % 97) AB",
                                                             contact: Contact(email: "dataskydd@kund\(number % 97).example"))] : [],
            purposes: purposes,
            dataSubjects: random.sample(SwedishText.dataSubjects, count: random.int(1...3)),
            dataCategories: categories,
            dataSources: random.chance(0.3) ? random.sample(SwedishText.dataSources, count: random.int(1...2)) : [],
            recipients: random.sample(SwedishText.recipients, count: random.int(1...3)),
            processorIds: processorIds, transferIds: transferIds, retention: retention,
            securityMeasureIds: random.sample(register.securityMeasures.map(\.id), count: random.int(1...4)),
            securityDescription: random.chance(0.2) ? "Uppgifterna lagras i system med rollbaserad behörighet och loggning." : nil,
            automatedDecisionMaking: random.chance(0.1) ? AutomatedDecisionMaking(used: .no, profiling: random.chance(0.5) ? .yes : .no) : nil,
            dpia: special || random.chance(0.1)
                ? DPIA(needed: .yes, status: random.chance(0.9) ? .done : .inProgress, link: "https://intranat.nordlund.se/dpia/\(number)",
                       date: date(year: random.int(2020...2025), month: random.int(1...12), day: random.int(1...28)))
                : nil,
            owner: "\(department)chef \(unit)", status: status,
            lastReviewed: random.chance(0.85) ? date(year: random.int(2022...2025), month: random.int(1...12), day: random.int(1...28)) : nil,
            notes: random.chance(0.1) ? "Se även rutinbeskrivningen i ledningssystemet." : nil,
            provenance: ["record": "Inventering med \(department.lowercased()) \(date(year: 2023, month: 1 + number % 12, day: 1 + number % 28))",
                         "retention": "Dokumenthanteringsplan"])
    }

    /// Activities run as joint controller name one of the joint controllers, which lists them back.
    private mutating func linkJointControllers(_ register: inout Register) {
        guard !register.jointControllers.isEmpty else { return }
        for index in register.activities.indices where register.activities[index].role == .jointController {
            let joint = random.int(below: register.jointControllers.count)
            register.activities[index].jointControllerIds = [register.jointControllers[joint].id]
            register.jointControllers[joint].activityIds.append(register.activities[index].id)
        }
    }

    func date(year: Int, month: Int, day: Int) -> String {
        CalendarDate(year: year, month: month, day: day).description
    }
}
