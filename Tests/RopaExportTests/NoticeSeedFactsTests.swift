import Foundation
import RopaExport
import RopaModel
import RopaTestSupport
import XCTest

/// The acceptance test of the privacy notice: for each register in Data/, the Swedish notice states every
/// purpose, lawful basis, retention period, joint controller, named processor and transfer safeguard that
/// the original policy (../shared/seeds, see INDEX.md) states. Each fact is quoted FROM THE POLICY TEXT;
/// where the notice words it in its own plain words (a lawful basis as "artikel 6.1 f", a safeguard), the
/// fact names those words too. A fact with a section must be found under that heading of the notice.
final class NoticeSeedFactsTests: XCTestCase {
    struct Fact {
        let section: String?
        let policy: String
        let notice: String

        init(in section: String?, _ phrase: String) {
            self.init(in: section, policy: phrase, notice: phrase)
        }

        init(in section: String?, policy: String, notice: String) {
            self.section = section
            self.policy = policy
            self.notice = notice
        }
    }

    struct PolicyFacts {
        let register: String
        let policy: String
        let facts: [Fact]
    }

    static let seeds: [PolicyFacts] = [
        PolicyFacts(register: "ist-group", policy: "000_93da13e3dae50c0e.txt", facts: [
            Fact(in: nil, "556254-0806"),
            Fact(in: nil, "556265-4755"),
            Fact(in: nil, "Ingelstadsvägen 9, SE-352 34 Växjö"),
            Fact(in: "Webbplatsaktivitet", "förbättra webbplatsens utseende och användarupplevelse"),
            Fact(in: "Webbplatsaktivitet", "sammanställa statistik"),
            Fact(in: "Webbplatsaktivitet", policy: "om du har gett ditt samtyckte till detta", notice: "artikel 6.1 a"),
            Fact(in: "Applikationsaktivitet", "tillhandahålla tjänsten och fullfölja ett avtal med dig"),
            Fact(in: "Applikationsaktivitet", policy: "DSF art. 6.1.b", notice: "artikel 6.1 b"),
            Fact(in: "Applikationsaktivitet", "så länge ditt konto är aktivt"),
            Fact(in: "Applikationsaktivitet", "efter två års inaktivitet"),
            Fact(in: "Personuppgiftsbehandling vid kundrelation", "inrätta ett avtal och uppfylla detta avtal med dig"),
            Fact(in: "Personuppgiftsbehandling vid kundrelation", policy: "DSF art. 6.1.b", notice: "artikel 6.1 b"),
            Fact(in: "Personuppgiftsbehandling vid kundrelation", policy: "DSF art.6.1.f", notice: "artikel 6.1 f"),
            Fact(in: "Personuppgiftsbehandling vid kundrelation", "som senast 5 år efter kundrelationens slut"),
            Fact(in: "Personuppgiftsbehandling vid kundrelation", "lagras för innevarande räkenskapsår plus 5 år"),
            Fact(in: "IST Support", "i enlighet med det avtal som slutits med företaget, kommunen eller organisationen"),
            Fact(in: "IST Support", policy: "DSF art. 6.1.b", notice: "artikel 6.1 b"),
            Fact(in: "IST Support", "senast 5 år efter avslutad kundrelation"),
            Fact(in: "Kundservice och kontakt", "svara på din förfrågan"),
            Fact(in: "Kundservice och kontakt", "tillhandahålla god kundservice"),
            Fact(in: "Kundservice och kontakt", "undersöka eventuella klagomål"),
            Fact(in: "Kundservice och kontakt", "hantera kundservicefrågor på ett effektivt och kundvänligt sätt"),
            Fact(in: "Kundservice och kontakt", policy: "DSF art. 6.1.f", notice: "artikel 6.1 f"),
            Fact(in: "Kundservice och kontakt", "raderas automatiskt 90 dagar efter att du avslutat din förfrågan"),
            Fact(in: "Nyhetsbrev och driftinformation", "nyhetsbrev och annan marknadsföring"),
            Fact(in: "Nyhetsbrev och driftinformation", "planerat serviceunderhåll och oplanerade serviceavbrott"),
            Fact(in: "Nyhetsbrev och driftinformation", policy: "DSF art. 6.1.a", notice: "artikel 6.1 a"),
            Fact(in: "Nyhetsbrev och driftinformation", "i upp till 2 år efter att du har avregistrerat dig från vårt nyhetsbrev"),
            Fact(in: "Kurser, workshops, seminarier och evenemang", "i enlighet med det avtal som slutits med dig genom ditt deltagande"),
            Fact(in: "Kurser, workshops, seminarier och evenemang", policy: "DSF art. 6.1.b", notice: "artikel 6.1 b"),
            Fact(in: "Kurser, workshops, seminarier och evenemang", "för innevarande räkenskapsår plus 5 år för att följa bokföringslagstiftningen"),
            Fact(in: "Publicering av foto och kunders referenser", "foton av dig, eller referenser som du har gett oss som vår kund, på vår webbplats"),
            Fact(in: "Publicering av foto och kunders referenser", policy: "DSF art. 6.1.a", notice: "artikel 6.1 a"),
            Fact(in: "Publicering av foto och kunders referenser", "i upp till 2 år efter att du har avregistrerat dig"),
            Fact(in: "Närmast anhörig", "få kontakt om det sker något akut med en anställd"),
            Fact(in: "Närmast anhörig", policy: "DSF art. 6.1.f", notice: "artikel 6.1 f"),
            Fact(in: "Närmast anhörig", "under hela anställningstiden"),
            Fact(in: "Jobbansökningar", "bedöma om du är kvalificerad för en befintlig eller framtida tjänst hos oss"),
            Fact(in: "Jobbansökningar", "hitta en lämplig kandidat till våra jobb"),
            Fact(in: "Jobbansökningar", policy: "DSF art. 6.1.f", notice: "artikel 6.1 f"),
            Fact(in: "Jobbansökningar", "i upp till 3 år"),
            Fact(in: "Jobbansökningar", policy: "DSF art. 6.1.a", notice: "artikel 6.1 a"),
            Fact(in: "Sociala medieplattformar", "komma i kontakt med våra kunder och andra affärspartners"),
            Fact(in: "Sociala medieplattformar", "marknadsföra och informera om vår verksamhet och våra tjänster"),
            Fact(in: "Gemensamt personuppgiftsansvar", "Facebook"),
            Fact(in: "Gemensamt personuppgiftsansvar", "Instagram"),
            Fact(in: "Gemensamt personuppgiftsansvar", "LinkedIn"),
            Fact(in: "Gemensamt personuppgiftsansvar", "YouTube"),
            Fact(in: "Gemensamt personuppgiftsansvar", "Google"),
            Fact(in: "Överföring till länder utanför EU/EES", "standardavtalsklausuler (SCC)"),
            Fact(in: "Överföring till länder utanför EU/EES", policy: "få en kopia av den rättsliga överföringsgrunden", notice: "kopia av skyddsåtgärderna"),
            Fact(in: "Klagomål", "Integritetsskyddsmyndigheten (IMY), www.imy.se"),
            Fact(in: "Klagomål", "www.datatilsynet.no"),
            Fact(in: "Klagomål", "www.datatilsynet.dk"),
            Fact(in: "Klagomål", "www.datenschutzkonferenz-online.de"),
        ]),
        PolicyFacts(register: "izonen", policy: "003_fe48cc31deeb79c8.txt", facts: [
            Fact(in: nil, "556961-0214"),
            Fact(in: nil, "556768-2942"),
            Fact(in: nil, "Skårsgatan 48, 412 69 Göteborg"),
            Fact(in: nil, "info@izonen.se"),
            Fact(in: nil, "031 – 20 20 29"),
            Fact(in: nil, "tillhandahålla, utföra och förbättra våra tjänster till dig"),
            Fact(in: nil, "fullgöra våra förpliktelser enligt gällande lag och förordningar"),
            Fact(in: nil, "kommunicera och skicka marknadsföringsmaterial och annan information om våra tjänster till dig"),
            Fact(in: "Kunder", policy: "fullgöra ett avtal med dig eller din arbetsgivare", notice: "artikel 6.1 b"),
            Fact(in: "Kunder", policy: "fullgöra våra rättsliga förpliktelser", notice: "artikel 6.1 c"),
            Fact(in: "Leverantörer", "fullgöra ett avtal med dig eller din arbetsgivare"),
            Fact(in: "Leverantörer", policy: "fullgöra våra rättsliga förpliktelser", notice: "artikel 6.1 c"),
            Fact(in: "Marknadsföring", policy: "samtycke från dig att behandla dina personuppgifter för kommunikation och marknadsföringsändamål", notice: "artikel 6.1 a"),
            Fact(in: "Kunder", "när det gäller kund- och leverantörsinformation sparar vi dessa i sju år"),
            Fact(in: "Leverantörer", "sparar vi dessa i sju år"),
            Fact(in: nil, "Dina personuppgifter kommer sparas som längst i fem år från avslutat avtal"),
            // The policy names these as suppliers; Visma and the Office programs it names as software used
            // internally ("Internt hanterar vi personuppgifter i vanliga Office-programvaror och i Visma"), which
            // the register keeps as a note, not as a recipient; Swish and ePay as payment suppliers (recipients).
            Fact(in: "Leverantörer som behandlar", "Avastar AB"),
            Fact(in: "Leverantörer som behandlar", "Cityweb"),
            Fact(in: "Leverantörer som behandlar", "JGLIT-service"),
            Fact(in: "Leverantörer som behandlar", "Editnews"),
            Fact(in: "Leverantörer som behandlar", "Lundalogik"),
            Fact(in: nil, "Swish"),
            Fact(in: nil, "ePay"),
            Fact(in: "Leverantörer som behandlar", "Skype"),
            Fact(in: "Leverantörer som behandlar", "GotoMeeting"),
            Fact(in: "Leverantörer som behandlar", "Gotowebinar"),
            Fact(in: "Gemensamt personuppgiftsansvar", "Facebook"),
            Fact(in: "Gemensamt personuppgiftsansvar", "LinkedIn"),
        ]),
        PolicyFacts(register: "intelliplan", policy: "002_65b7c35b520ab143.txt", facts: [
            Fact(in: nil, "556582-6848"),
            Fact(in: nil, "Arenavägen 39"),
            Fact(in: nil, "privacy@intelliplan.se"),
            Fact(in: nil, "+46 8 600 90 20"),
            Fact(in: nil, "förbättra våra tjänster, produkter, service eller liknande"),
            Fact(in: nil, "informera om status i pågående och kommande händelser"),
            Fact(in: nil, "genomföra kundundersökningar"),
            Fact(in: nil, "känna igen återkommande användare"),
            Fact(in: nil, "beräkna och rapportera transaktioner, användarantal och trafik"),
            Fact(in: nil, "lösa ditt ärende"),
            Fact(in: "Registrering, information och marknadsföring", policy: "samtycker du till att Intelliplan använder uppgifterna", notice: "artikel 6.1 a"),
            Fact(in: nil, "bokföringslagen"),
            Fact(in: nil, "Dina personuppgifter lagras inte längre än det är nödvändigt för att kunna uppfylla ändamålen med behandlingen"),
            Fact(in: nil, "Dina personuppgifter gallras eller anonymiseras när de inte längre är relevanta för de ändamål som de har samlats in"),
            Fact(in: "Personuppgifter som vi behandlar för andras räkning", policy: "är vår kund personuppgiftsansvarig och Intelliplan blir personuppgiftsbiträde", notice: "för våra kunders räkning"),
            Fact(in: "Klagomål", "Integritetsskyddsmyndigheten"),
        ]),
        PolicyFacts(register: "jsc-it-partner", policy: "004_b2c96983f3adddb4.txt", facts: [
            Fact(in: nil, "556595-0648"),
            Fact(in: nil, "Lerbacksgatan 13, 571 38 Nässjö"),
            Fact(in: nil, "support@jsc.se"),
            Fact(in: nil, "+46 380 556500"),
            Fact(in: nil, "kommunicera med dig och skicka marknadsföring"),
            Fact(in: nil, "fullgöra vårt tjänsteavtal"),
            Fact(in: nil, "säkerställa spårbarhet av avtalade förändringar eller beställningar av eller inom tjänst"),
            Fact(in: nil, "administrera rekryteringsprocessen"),
            Fact(in: nil, "värdera om du kvalificerar dig för tjänsten"),
            Fact(in: nil, "statistik"),
            Fact(in: nil, policy: "(Fullgörande av avtal)", notice: "artikel 6.1 b"),
            Fact(in: nil, policy: "(Intresseavvägning)", notice: "artikel 6.1 f"),
            Fact(in: "Cookies", policy: "ditt medgivande i form av ett samtycke", notice: "artikel 6.1 a"),
            Fact(in: nil, "upp till 1 år efter mottagen ansökan"),
            Fact(in: nil, "så länge det finns ett affärsmässigt intresse mellan oss"),
            Fact(in: nil, "tills event är genomfört"),
            Fact(in: nil, "adekvat skyddsnivå"),
            Fact(in: nil, "allergi"),
            Fact(in: nil, "LinkedIn"),
            Fact(in: nil, "Google"),
            Fact(in: "Klagomål", "Integritetsskyddsmyndigheten"),
        ]),
        PolicyFacts(register: "ict-workgroup", policy: "001_213b3d7508a93fb7.txt", facts: [
            Fact(in: nil, "Industrivägen 55, 433 61 Sävedalen"),
            Fact(in: nil, "indo@ictworkgroup.se"),
            Fact(in: "Dataskyddsombud", "Att: Dataskyddsombud"),
            Fact(in: nil, "WHOIS"),
            Fact(in: nil, "nyhetsbrev"),
            Fact(in: nil, "administrera ditt konto på Min Sida"),
            Fact(in: nil, "hantera och förbättra våra produkter, webbplatser, mobilappar, kundlojalitetsprogram och andra tjänster"),
            Fact(in: nil, "upptäcka och motverka bedrägeri, andra brott och missbruk av tjänster"),
            Fact(in: nil, "anpassa marknadsföring genom profilering"),
            Fact(in: nil, policy: "Avtal med den registrerade", notice: "artikel 6.1 b"),
            Fact(in: nil, policy: "Rättslig förpliktelse", notice: "artikel 6.1 c"),
            Fact(in: nil, "Uppgifter vi behöver för bokföring lagras 7 år"),
            Fact(in: nil, "Backuper för shared hosting (Webbhotell) raderas efter 3 månader"),
            Fact(in: nil, "Spar"),
            Fact(in: nil, "Bisnode"),
            Fact(in: nil, "Facebook"),
            Fact(in: nil, "Twitter"),
            Fact(in: "Överföring till länder utanför EU/EES", policy: "registreras utomlands", notice: "utomlands"),
            Fact(in: "Personuppgifter som vi behandlar för andras räkning", policy: "Personuppgiftsbiträde är vi till dig som använder en molntjänst i form av webbhotell", notice: "webbhotell"),
        ]),
    ]

    func testTheSwedishNoticeOfEverySeedStatesWhatItsPolicyStates() throws {
        XCTAssertEqual(Set(Self.seeds.map(\.register)), Set(SeedRegisters.names), "every register in Data/ has its facts")
        for seed in Self.seeds {
            let (register, _) = try SeedRegisters.load(seed.register)
            let notice = NoticeText(PrivacyNotice.document(register, options: NoticeOptions(language: .sv)))
            for fact in seed.facts {
                let text: String
                if let section = fact.section {
                    guard let found = notice.section(section) else {
                        XCTFail("\(seed.register): the notice has no section '\(section)'")
                        continue
                    }
                    text = found
                } else {
                    text = notice.text
                }
                XCTAssertTrue(TextFolding.contains(NoticeSeedFactsTests.spaced(text), NoticeSeedFactsTests.spaced(fact.notice)),
                              "\(seed.register): '\(fact.notice)' (policy: '\(fact.policy)') is not in \(fact.section ?? "the notice")")
            }
        }
    }

    /// The facts are quoted from the policies, where the seed texts are at hand (they are not part of the
    /// repository: ROPA_SEEDS names their folder, else ../shared/seeds beside the repository is looked in).
    func testEveryFactIsQuotedFromItsPolicy() throws {
        guard let folder = Self.seedFolder() else { throw XCTSkip("the seed policies are not at hand") }
        for seed in Self.seeds {
            let policy = try String(contentsOfFile: "\(folder)/\(seed.policy)", encoding: .utf8)
            for fact in seed.facts {
                XCTAssertTrue(TextFolding.contains(Self.spaced(policy), Self.spaced(fact.policy)),
                              "\(seed.register): '\(fact.policy)' is not in \(seed.policy)")
            }
        }
    }

    static func seedFolder() -> String? {
        let root = Fixtures.repositoryRoot
        let candidates = [ProcessInfo.processInfo.environment["ROPA_SEEDS"], "\(root)/../shared/seeds", "\(root)/../../shared/seeds"]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: "\($0)/INDEX.md") }
    }

    /// Runs of white space as one space, as text wraps differently in a policy and in a notice.
    static func spaced(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
