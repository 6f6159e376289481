/// The words a Swedish group's register is written in: processes, departments, data subjects, data
/// categories, purposes, retention rules, recipients, suppliers. The generator combines them so that
/// 10 000 activities read like a real register (and filter, sort and export like one) rather than
/// "activity-1 … activity-9999".
enum SwedishText {
    static let processes = [
        "Löneadministration", "Rekrytering", "Introduktion av nyanställda", "Kundservice och kontakt", "Fakturering",
        "Inkasso och kravhantering", "Nyhetsbrev", "Kundundersökningar", "Leverantörsreskontra", "Passerkontroll",
        "Kameraövervakning", "Tidrapportering", "Sjukfrånvaro och rehabilitering", "Friskvårdsbidrag", "Utbildning av personal",
        "Medarbetarsamtal", "Avtalshantering", "Visselblåsarfunktion", "Incidenthantering", "Behörighetsadministration",
        "Webbplatsanalys", "Marknadsföring i sociala medier", "Evenemang och mässor", "Reklamationer", "Garantiärenden",
        "Kreditprövning", "Penningtvättskontroll", "Bokföring", "Arkivering", "Pensionsadministration",
        "Företagshälsovård", "Tjänstebilar och körjournaler", "Resebokning", "Utlägg och reseräkningar", "Kundklubb och lojalitetsprogram",
        "E-handel och orderhantering", "Leveranser och spårning", "Supportärenden i ärendesystem", "Telefoni och samtalsinspelning",
        "Styrelse- och stämmoprotokoll", "Aktiebok", "Praktikanter och examensarbeten", "Alumnnätverk", "Sponsring",
        "Provmedlemskap", "Kundreferenser och fallstudier", "Fotografering vid evenemang", "Konsultavtal", "Säkerhetsprövning",
        "Loggning av IT-system", "Säkerhetskopiering", "E-postarkivering", "Intranät och medarbetarportal",
    ]

    static let departments = [
        "Ekonomi", "HR", "Kundservice", "Marknad", "Försäljning", "IT", "Juridik", "Inköp", "Logistik", "Produktion",
        "Kommunikation", "Säkerhet", "Fastighet", "Ledning", "Kvalitet", "Affärsutveckling",
    ]

    static let units = [
        "Stockholm", "Göteborg", "Malmö", "Uppsala", "Linköping", "Örebro", "Västerås", "Umeå", "Luleå", "Jönköping",
        "Växjö", "Karlstad", "Sundsvall", "Gävle", "Norrköping", "Helsingborg", "Östersund", "Kalmar", "Visby", "Borås",
    ]

    static let dataSubjects = [
        "Anställda", "Tidigare anställda", "Arbetssökande", "Konsulter", "Kunder", "Kontaktpersoner hos kunder",
        "Leverantörers kontaktpersoner", "Besökare på webbplatsen", "Besökare i lokalerna", "Prenumeranter på nyhetsbrev",
        "Medlemmar i kundklubben", "Närstående till anställda", "Styrelseledamöter", "Aktieägare", "Praktikanter",
        "Personer som kontaktar oss via telefon, mejl eller formulär", "Deltagare på evenemang", "Visselblåsare",
    ]

    /// Categories of personal data: name, and the Art 9 category or high-risk flag where it applies.
    static let dataCategories: [(name: String, special: String?, highRisk: Bool)] = [
        ("Namn", nil, false), ("Personnummer", nil, true), ("E-postadress", nil, false), ("Telefonnummer", nil, false),
        ("Postadress", nil, false), ("Kundnummer", nil, false), ("Anställningsnummer", nil, false), ("Bankkontonummer", nil, true),
        ("Lön och förmåner", nil, false), ("Skattetabell och skatteuppgifter", nil, false), ("Betalningshistorik", nil, false),
        ("IP-adress", nil, false), ("Inloggningsuppgifter", nil, true), ("Loggar över användning", nil, true),
        ("Bilder och filmer", nil, false), ("Röstinspelningar", nil, false), ("Fackföreningstillhörighet", "tradeUnionMembership", false),
        ("Hälsouppgifter vid sjukfrånvaro", "health", false), ("Uppgifter om lagöverträdelser", "criminalOffences", false),
        ("Biometriska uppgifter för passersystem", "biometric", false), ("CV och personligt brev", nil, false),
        ("Betyg och intyg", nil, false), ("Kreditupplysning", nil, true), ("Körkortsuppgifter", nil, false),
        ("Ärendets innehåll", nil, false), ("Köphistorik", nil, false), ("Preferenser och intressen", nil, false),
        ("Fordonsuppgifter och positionsdata", nil, true), ("Närståendes kontaktuppgifter", nil, false),
    ]

    static let purposeTexts: [(text: String, basis: String)] = [
        ("Fullgöra anställningsavtalet och betala ut lön", "contract"),
        ("Fullgöra skyldigheter enligt bokföringslagen", "legalObligation"),
        ("Fullgöra skyldigheter enligt skatteförfarandelagen", "legalObligation"),
        ("Hantera kundens beställning och leverans", "contract"),
        ("Svara på frågor och hantera ärenden", "legitimateInterests"),
        ("Skicka nyhetsbrev och erbjudanden", "consent"),
        ("Förbättra våra tjänster genom analys", "legitimateInterests"),
        ("Förebygga och utreda bedrägerier", "legitimateInterests"),
        ("Säkerställa IT-säkerheten och spåra incidenter", "legitimateInterests"),
        ("Bedöma kandidater inför anställning", "legitimateInterests"),
        ("Uppfylla krav enligt penningtvättslagen", "legalObligation"),
        ("Skydda personers liv och hälsa i en nödsituation", "vitalInterests"),
        ("Arbetsgivarens rehabiliteringsansvar", "legalObligation"),
        ("Marknadsföring till befintliga kunder", "legitimateInterests"),
        ("Publicera bilder från evenemang", "consent"),
        ("Administrera avtal med leverantörer", "contract"),
    ]

    static let legitimateInterests = [
        "Vårt berättigade intresse av att hantera kundservicefrågor effektivt; intresseavvägning dokumenterad i PIA-2024-03",
        "Berättigat intresse av att skydda verksamhetens IT-miljö; intresseavvägning i säkerhetspolicyn bilaga 2",
        "Berättigat intresse av att utveckla tjänsterna; avvägningstest genomfört av dataskyddsombudet",
        "Berättigat intresse av direktmarknadsföring till befintliga kunder (skäl 47)",
        "Berättigat intresse av att rekrytera rätt kompetens; intresseavvägning i rekryteringsrutinen",
    ]

    static let retentionTexts: [(text: String, amount: Int, unit: String, event: String?)] = [
        ("Uppgifterna raderas 90 dagar efter avslutat ärende", 90, "days", "avslutat ärende"),
        ("Sparas i sju år efter utgången av det kalenderår då räkenskapsåret avslutades (bokföringslagen 7 kap. 2 §)", 7, "years", "räkenskapsårets slut"),
        ("Raderas två år efter att anställningen upphört", 2, "years", "anställningens upphörande"),
        ("Ansökningshandlingar sparas i två år efter avslutad rekrytering (diskrimineringslagen)", 2, "years", "avslutad rekrytering"),
        ("Inspelat material raderas efter 30 dagar om ingen incident inträffat", 30, "days", "inspelning"),
        ("Loggar sparas i tolv månader", 12, "months", nil),
        ("Kunduppgifter sparas så länge kundrelationen varar och därefter i tre år", 3, "years", "kundrelationens slut"),
        ("Prenumerationen och uppgifterna tas bort när samtycket återkallas", 0, "days", "återkallat samtycke"),
        ("Underlag för rehabilitering sparas i tio år", 10, "years", "avslutad rehabilitering"),
        ("Gallras enligt arkivplanen efter fem år", 5, "years", nil),
    ]

    static let recipients = [
        "Bolag inom koncernen", "Skatteverket", "Försäkringskassan", "Pensionsförvaltare", "Banker och betaltjänstleverantörer",
        "Revisorer", "Myndigheter när lag kräver det", "Polisen vid misstanke om brott", "Inkassobolag", "Fraktbolag",
        "Personuppgiftsbiträden för drift och support", "Försäkringsbolag", "Företagshälsovården", "Rekryteringskonsulter",
        "Annonsplattformar", "Juridiska ombud",
    ]

    static let dataSources = [
        "Den registrerade själv", "Arbetsförmedlingen", "Kreditupplysningsföretag", "Statens personadressregister (SPAR)",
        "Kundens arbetsgivare", "Offentliga register", "Referenspersoner",
    ]

    /// Descriptions of an activity from its process and where it happens.
    static let descriptions: [@Sendable (String, String) -> String] = [
        { "Behandlingen omfattar de uppgifter som behövs för \($0.lowercased()) inom \($1)." },
        { "Uppgifterna samlas in direkt från den registrerade eller från dennes arbetsgivare och används för \($0.lowercased()) vid \($1)." },
        { "Avdelningen behandlar personuppgifter för \($0.lowercased()); rutinen är dokumenterad i verksamhetshandboken för \($1)." },
        { "Personuppgifter behandlas för \($0.lowercased()). Åtkomst är begränsad till behörig personal vid \($1)." },
    ]

    static let supplierPrefixes = [
        "Nordisk", "Svensk", "Sverige", "Norrlands", "Skandinavisk", "Baltisk", "Euro", "Global", "Moln", "Data",
        "Säker", "Lön", "Kund", "Trygg", "Digital", "Smart", "Öresunds", "Mälardalens", "Västkust", "Fjäll",
    ]

    static let supplierCores = [
        "Lönesystem", "Drift", "Hosting", "Ärendehantering", "Säkerhet", "Arkiv", "Analys", "Utskick", "Telefoni", "Betalningar",
        "Inkasso", "Rekrytering", "Bokföring", "Passersystem", "Kamerabevakning", "Backup", "E-post", "Signering", "Logistik", "Support",
    ]

    static let supplierSuffixes = ["AB", "AB", "AB", "Aktiebolag", "Group AB", "Sverige AB", "Nordic AB", "GmbH", "Ltd", "Inc.", "B.V.", "Oy", "A/S"]

    static let services = [
        "Drift och underhåll av lönesystemet", "Molntjänst för lagring", "Ärendehanteringssystem för kundservice",
        "Utskick av nyhetsbrev", "Säkerhetskopiering", "Telefoni och samtalsinspelning", "Betaltjänster", "Inkassotjänster",
        "Rekryteringssystem", "Redovisningstjänster", "Passersystem", "Kamerabevakning", "E-postfiltrering", "Elektronisk signering",
        "Support och felsökning", "Webbanalys", "Drift av intranätet", "Arkivering av handlingar",
    ]

    static let securityMeasures: [(name: String, kind: String)] = [
        ("Behörighetsstyrning", "technical"), ("Tvåfaktorsautentisering", "technical"), ("Kryptering vid lagring", "technical"),
        ("Kryptering vid överföring (TLS)", "technical"), ("Loggning och logguppföljning", "technical"), ("Säkerhetskopiering", "technical"),
        ("Brandväggar och nätsegmentering", "technical"), ("Sårbarhetsskanning", "technical"), ("Pseudonymisering", "technical"),
        ("Informationssäkerhetspolicy", "organisational"), ("Utbildning i dataskydd", "organisational"), ("Sekretessavtal", "organisational"),
        ("Incidentrutin", "organisational"), ("Gallringsrutin", "organisational"), ("Leverantörsgranskning", "organisational"),
        ("Låsta arkivskåp", "physical"), ("Passerkontroll till serverrum", "physical"), ("Larm och bevakning", "physical"),
    ]

    static let jointPlatforms: [(name: String, party: String, country: String)] = [
        ("Facebook och Instagram", "Meta Platforms Ireland Ltd", "IE"), ("LinkedIn", "LinkedIn Ireland Unlimited Company", "IE"),
        ("YouTube", "Google Ireland Ltd", "IE"), ("X (Twitter)", "Twitter International Unlimited Company", "IE"),
        ("TikTok", "TikTok Technology Ltd", "IE"), ("Branschorganisationens medlemsregister", "Svensk Handel Service AB", "SE"),
        ("Gemensam kundklubb", "Partnerkedjan AB", "SE"), ("Forskningssamarbete", "Karolinska Institutet", "SE"),
        ("Koncernens HR-system", "Moderbolaget Holding Inc.", "US"), ("Samarbetspartner i Norge", "Norsk Partner AS", "NO"),
    ]

    static let firstNames = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per", "Lena", "Mikael", "Åsa", "Örjan", "Märta"]
    static let lastNames = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindqvist", "Åberg", "Öberg", "Ström"]

    static let versionMessages = [
        "Uppdaterad lagringstid efter genomgång med verksamheten", "Ny behandling registrerad", "Biträdesavtal granskat",
        "Lagt till personuppgiftskategori", "Kopplat biträde till behandlingen", "Förtydligad beskrivning", "Behandlingen avslutad",
        "Konsekvensbedömning genomförd", "Nytt underbiträde godkänt", "Överföringens riskbedömning (TIA) dokumenterad",
        "Årlig genomgång av behandlingen", "Rättslig grund ändrad efter juridisk bedömning", "Ny mottagare tillagd",
    ]
}
