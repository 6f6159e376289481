import Foundation
import RopaModel
import RopaStore

/// Registers and folders for tests.
public enum Fixtures {
    /// The day the clean register's dates are measured against.
    public static let asOf = CalendarDate(year: 2026, month: 6, day: 1)

    /// A small register that satisfies every validation rule: no error, warning or info.
    public static func cleanRegister() -> Register {
        let organisation = Organisation(
            id: "organisation", name: "Exempel AB",
            legalEntities: [LegalEntity(id: "exempel-ab", name: "Exempel AB", organisationNumber: "556254-0806",
                                        address: "Storgatan 1, 352 34 Växjö", country: "SE")],
            contact: Contact(email: "info@exempel.se", phone: "0470-123 45"),
            dataProtectionOfficer: Contact(name: "Dana Dataskydd", email: "dso@exempel.se"),
            supervisoryAuthorities: [SupervisoryAuthority(id: "imy", name: "Integritetsskyddsmyndigheten", country: "SE", url: "https://www.imy.se", lead: true)],
            provenance: ["record": "test fixture"])
        let activity = Activity(
            id: "kundservice", name: "Kundservice och kontakt", role: .controller, jointControllerIds: ["linkedin"],
            purposes: [Purpose(id: "svara", description: "Svara på förfrågningar", lawfulBasis: .legitimateInterests,
                               legitimateInterest: "Hantera kundservice effektivt; intresseavvägning 2026-01-10")],
            dataSubjects: ["Kunder"],
            dataCategories: [DataCategory(id: "namn", name: "Namn"), DataCategory(id: "epost", name: "E-postadress")],
            recipients: ["Personuppgiftsbiträden för ärendehantering"],
            processorIds: ["arendesystem"], transferIds: ["overforing-usa"],
            retention: [RetentionRule(id: "arenden", text: "90 dagar efter avslutat ärende",
                                      period: RetentionPeriod(amount: 90, unit: .days, startingEvent: "avslutat ärende"))],
            securityMeasureIds: ["behorighetsstyrning"], dataProvision: DataProvision(requirement: .voluntary), owner: "Kundservicechef", status: .active, lastReviewed: "2026-01-15")
        var clauses: [String: ClauseCheck] = [:]
        for clause in Article28Clause.allCases { clauses[clause.rawValue] = ClauseCheck(status: .present, location: "§ \(clause.rawValue)") }
        let processor = Processor(
            id: "arendesystem", name: "Ärendesystem AB", service: "Ärendehantering", country: "SE",
            agreement: ProcessorAgreement(status: .signed, signedDate: "2025-09-01", reference: "PUB-2025-01",
                                          reviewDue: "2026-09-01", lastReviewed: "2025-09-01", clauses: clauses,
                                          subprocessorAuthorisation: .generalWithNotice, objectionPeriodDays: 30))
        let subprocessor = Processor(
            id: "molnleverantor", name: "Moln Inc.", service: "Drift", country: "US", parentProcessorId: "arendesystem",
            approval: SubprocessorApproval(status: .approved, date: "2025-09-15", noticeDate: "2025-09-01"),
            agreement: ProcessorAgreement(status: .signed, signedDate: "2025-09-10"))
        let transfer = Transfer(
            id: "overforing-usa", name: "Drift hos Moln Inc.", recipient: TransferRecipient(kind: .processor, id: "molnleverantor"),
            country: "US",
            safeguard: TransferSafeguard(mechanism: .standardContractualClauses, sccModule: .module3, sccSignedDate: "2025-09-01"),
            transferImpactAssessmentDate: "2025-08-20", supplementaryMeasures: ["Kryptering i vila"], dataCategories: ["Namn"])
        let joint = JointController(
            id: "linkedin", name: "LinkedIn", party: ExternalParty(id: "linkedin-ireland", name: "LinkedIn Ireland Unlimited Company",
                                                                 contact: Contact(address: "Wilton Place, Dublin 2, Ireland")),
            country: "IE", scope: "Page Insights för företagssidan",
            arrangement: JointArrangement(status: .inPlace, title: "Page Insights Joint Controller Addendum"),
            responsibilities: "LinkedIn svarar på de registrerades begäranden om Page Insights", activityIds: ["kundservice"])
        let measure = SecurityMeasure(id: "behorighetsstyrning", name: "Behörighetsstyrning", kind: .technical)
        return Register(organisation: organisation, activities: [activity], processors: [processor, subprocessor],
                        transfers: [transfer], jointControllers: [joint], securityMeasures: [measure])
    }

    /// A fresh folder under the system's temporary folder, removed by the caller's tearDown.
    public static func temporaryFolder(_ name: String = "ropa") throws -> String {
        let path = NSTemporaryDirectory() + "\(name)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Writes a register's files (no history) into `folder`.
    public static func write(_ register: Register, to folder: String) throws {
        for (path, bytes) in try RegisterCodec.encode(register) {
            let full = "\(folder)/\(path)"
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: full))
        }
    }

    /// A register folder with `register` saved as its first version.
    /// A register saved as its first version; `time` fixes the version's time where two saves must match.
    public static func savedRegister(_ register: Register = cleanRegister(), message: String = "first",
                                     time: Date = Date()) throws -> String {
        let folder = try temporaryFolder()
        try write(register, to: folder)
        let store = try RegisterStore(folder: folder)
        _ = try store.load()
        try store.save(register, message: message, author: "Test", time: time)
        return folder
    }

    /// Runs `body` with the first version's record of the register in `folder` changed in place, which `verify`
    /// and every full read refuse, and puts it back after: a command that reads no record older than it needs
    /// never notices.
    public static func withTheFirstRecordChanged<T>(in folder: String, _ body: () throws -> T) throws -> T {
        let history = try RegisterStore(folder: folder).history
        guard let first = history.ordered.first else { throw CocoaError(.fileNoSuchFile) }
        let path = history.recordPath(first)
        let original = try FileIO.read(path)
        try Data(original + Array(" ".utf8)).write(to: URL(fileURLWithPath: path))
        defer { try? Data(original).write(to: URL(fileURLWithPath: path)) }
        return try body()
    }

    /// Every file under a folder with its bytes, to prove a refused command changed nothing.
    public static func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return result }
        for case let path as String in enumerator {
            var isFolder: ObjCBool = false
            let full = "\(folder)/\(path)"
            if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                result[path] = FileManager.default.contents(atPath: full)
            }
        }
        return result
    }

    /// The repository's root, found from this source file, for tests that read Data/.
    public static var repositoryRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }
}
