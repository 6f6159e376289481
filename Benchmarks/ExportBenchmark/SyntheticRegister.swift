import RopaModel

/// A register of the size a large organisation keeps, filled the way the seed registers are: several
/// purposes, data categories, recipients and retention rules per activity, shared processors, transfers
/// and security measures, and some text that needs quoting or escaping.
enum SyntheticRegister {
    static func make(activities count: Int) -> Register {
        let organisation = Organisation(
            name: "Benchmark AB",
            legalEntities: [LegalEntity(id: "benchmark-ab", name: "Benchmark AB", organisationNumber: "556254-0806", country: "SE")],
            dataProtectionOfficer: Contact(name: "Dana Dataskydd", email: "dso@benchmark.se"))
        let processors = (0..<50).map { number in
            Processor(id: "processor-\(number)", name: "Biträde \(number) AB", service: "Drift, \"moln\" och | support",
                      country: number % 5 == 0 ? "US" : "SE",
                      parentProcessorId: number >= 40 ? "processor-\(number - 40)" : nil,
                      agreement: ProcessorAgreement(status: .signed, signedDate: "2025-01-01", reviewDue: "2026-01-01",
                                                    clauses: ["a": ClauseCheck(status: .present, location: "§ 3")]))
        }
        let transfers = (0..<20).map { number in
            Transfer(id: "transfer-\(number)", name: "Överföring \(number)",
                     recipient: TransferRecipient(kind: .processor, id: "processor-\(number % 10 * 5)"), country: "US",
                     safeguard: TransferSafeguard(mechanism: .standardContractualClauses, sccModule: .module2))
        }
        let measures = (0..<10).map { SecurityMeasure(id: "measure-\($0)", name: "Åtgärd \($0)", kind: .technical) }
        let activities = (0..<count).map { number in
            Activity(
                id: "activity-\(number)", name: "Behandling \(number): kunder, *leverantörer* & <partner>",
                description: "Behandling av personuppgifter nummer \(number).\nAndra raden med \"citat\".",
                purposes: (0..<3).map { Purpose(id: "purpose-\($0)", description: "Ändamål \($0) för behandling \(number)",
                                                lawfulBasis: $0 == 0 ? .contract : .legitimateInterests,
                                                legitimateInterest: $0 == 0 ? nil : "Intresseavvägning \(number)") },
                dataSubjects: ["Kunder", "Leverantörer", "Besökare"],
                dataCategories: (0..<5).map { DataCategory(id: "category-\($0)", name: "Kategori \($0)", highRisk: $0 == 4) },
                recipients: ["Bolag inom koncernen", "Myndigheter när lag kräver det"],
                processorIds: ["processor-\(number % 40)", "processor-\((number + 7) % 40)"],
                transferIds: ["transfer-\(number % 20)"],
                retention: [RetentionRule(id: "retention-0", text: "=90 dagar efter avslutat ärende",
                                          period: RetentionPeriod(amount: 90, unit: .days)),
                            RetentionRule(id: "retention-1", dataCategoryIds: ["category-1"], text: "7 år enligt bokföringslagen")],
                securityMeasureIds: ["measure-\(number % 10)"], owner: "Avdelning \(number % 12)", lastReviewed: "2026-01-15")
        }
        return Register(organisation: organisation, activities: activities, processors: processors, transfers: transfers,
                        securityMeasures: measures)
    }
}
