import RopaModel
import RopaTestSupport

/// A register with many entities that refer to each other, and to some that are not there: Swedish names
/// with characters Markdown and CSV must escape, names shared by several entities (their headings get
/// `-1`, `-2`, …), blank names, a chain of sub-processors that loops, legal entities and data categories
/// named by ids nobody has, and the activities out of id order. What the exporters look up per row.
enum BusyRegister {
    static let activityCount = 240
    static let processorCount = 40

    /// Names that need escaping or a placeholder, or give the same heading twice.
    static let awkwardNames = [
        "Löneadministration – *Växjö*", "Kundtjänst & support [Malmö]", "1. Ärendehantering", "www.exempel.se/åtkomst",
        "Rekrytering: CV_databas", "a) Övrigt", "   ", "Rapportering | \u{202E}Öresund", "Kundtjänst & support [Malmö]",
        "Tillträde #2 <dörr>", "E-post:smile: & https://x.se", "IV. Styrelse\tarbete",
    ]

    static func make(seed: UInt64 = 7) -> Register {
        var random = SeededGenerator(seed: seed)
        var register = Fixtures.cleanRegister()
        register.organisation.legalEntities += [
            LegalEntity(id: "dotter-ab", name: "Dotter & Co AB", organisationNumber: "556000-0001"),
            LegalEntity(id: "filial", name: "Filial *Norge*"),
        ]
        register.processors = (0..<processorCount).map { number in
            // Sub-processors under the one before, a chain whose first link points to a processor that is
            // missing, and a loop between two of them.
            let parent: String? = switch number % 5 {
            case 1, 2: "biträde-\(number - 1)"
            case 3: "saknat-biträde"
            case 4 where number > 20: "biträde-\(number + 1 < processorCount ? number + 1 : 0)"
            default: nil
            }
            return Processor(id: "biträde-\(number)", name: awkwardNames[number % awkwardNames.count] + " \(number / 3)",
                             service: number % 2 == 0 ? "Drift & lagring" : nil, country: ["SE", "US", "IN", "XX", ""][number % 5],
                             parentProcessorId: parent,
                             approval: parent == nil ? nil : SubprocessorApproval(status: .approved, date: "2025-0\(number % 9 + 1)-15"),
                             agreement: ProcessorAgreement(status: .signed, signedDate: "2025-01-0\(number % 9 + 1)"))
        }
        register.transfers = (0..<12).map { number in
            Transfer(id: "överföring-\(number)", name: number % 4 == 0 ? "" : "Överföring _\(number)_ till \"moln\"",
                     recipient: number % 3 == 0 ? TransferRecipient(kind: .processor, id: "biträde-\(number)")
                         : number % 3 == 1 ? TransferRecipient(kind: .jointController, id: "saknad-part")
                         : TransferRecipient(kind: .other, name: "Partner | Inc."),
                     country: ["US", "IN", "XX", nil][number % 4],
                     safeguard: TransferSafeguard(mechanism: number % 2 == 0 ? .standardContractualClauses : .adequacy))
        }
        register.jointControllers = [
            JointController(id: "linkedin", name: "LinkedIn", activityIds: ["behandling-3", "saknad-behandling", "behandling-3"]),
            JointController(id: "meta", name: "Meta [Ireland]", activityIds: ["behandling-10"], transferIds: ["överföring-2", "saknad-överföring"]),
        ]
        register.securityMeasures = (0..<6).map { SecurityMeasure(id: "åtgärd-\($0)", name: "Åtgärd \($0): *kryptering*", kind: .technical) }

        register.activities = (0..<activityCount).map { number in
            var ids: (processors: [String], transfers: [String], measures: [String]) = ([], [], [])
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                ids.processors.append(Bool.random(using: &random) ? "biträde-\(Int.random(in: 0..<processorCount, using: &random))"
                                                                 : "saknat-\(Int.random(in: 0..<5, using: &random))")
            }
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                ids.transfers.append(Int.random(in: 0..<4, using: &random) == 0 ? "saknad-överföring" : "överföring-\(Int.random(in: 0..<12, using: &random))")
            }
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                ids.measures.append(Int.random(in: 0..<5, using: &random) == 0 ? "saknad-åtgärd" : "åtgärd-\(Int.random(in: 0..<6, using: &random))")
            }
            let categories = [DataCategory(id: "namn", name: "Namn"), DataCategory(id: "hälsa", name: "Hälsa_uppgifter", specialCategory: .health)]
            return Activity(
                id: "behandling-\(number)", name: awkwardNames[number % awkwardNames.count],
                description: number % 7 == 0 ? "Rad ett\r\n- rad två\n\n" : "Beskrivning av *behandling* \(number)",
                role: [.controller, .controller, .processor, .jointController][number % 4],
                legalEntityIds: [[], ["exempel-ab"], ["dotter-ab", "saknad-juridisk-person"], []][number % 4],
                controllers: number % 4 == 2 ? [ExternalParty(id: "kund", name: "Kund <AB>")] : [],
                jointControllerIds: number % 4 == 3 ? ["linkedin", "saknad-part"] : [],
                purposes: [Purpose(id: "ändamål", description: "Ändamål: \(number % 3). steg", lawfulBasis: number % 5 == 0 ? nil : .contract),
                           Purpose(id: "intresse", description: "www.intresse.se", lawfulBasis: .legitimateInterests, legitimateInterest: "Säkerhet & *kontroll*")],
                dataSubjects: ["Anställda", "Kunder | leverantörer"], dataCategories: categories,
                recipients: number % 6 == 0 ? [] : ["Skatteverket"], processorIds: ids.processors, transferIds: ids.transfers,
                retention: [RetentionRule(id: "r", dataCategoryIds: number % 3 == 0 ? ["namn", "saknad-kategori"] : [], text: "2 år – därefter gallras")],
                securityMeasureIds: ids.measures, owner: number % 8 == 0 ? nil : "Ägare_\(number % 4)", lastReviewed: "2025-0\(number % 9 + 1)-01",
                provenance: ["record": "Inventering \(number)", "retention": "Plan #\(number % 3)"])
        }
        register.activities.shuffle(using: &random)
        return register
    }
}
