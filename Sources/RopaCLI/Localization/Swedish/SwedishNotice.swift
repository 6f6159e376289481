/// The help and errors of `ropa notice`, and the notice's heading in `ropa validate`, in Swedish.
enum SwedishNotice {
    static let table: [CLIMessage: String] = [
        .noticeSummary: "skriv integritetsinformationen (information enligt art. 13 och 14) till de registrerade från registret",
        .noticeHelp: """
        Skriver den information som de registrerade ska få enligt artiklarna 13 och 14 från registret, som en text
        för allmänheten: den personuppgiftsansvarige och dess bolag, kontaktuppgifter, dataskyddsombudet, företrädaren
        i EU, gemensamt personuppgiftsansvariga och det väsentliga i deras överenskommelse; för varje aktuell behandling
        vilka uppgifter som behandlas och varför, varje ändamål med sin rättsliga grund i klartext, det berättigade
        intresset, villkoret enligt art. 9, om uppgifterna måste lämnas och vad som händer annars, källan när
        uppgifterna inte kommer från den registrerade; mottagare och personuppgiftsbiträden; överföringar utanför
        EU/EES med skyddsåtgärd och hur man får en kopia; hur länge uppgifterna sparas; de rättigheter som följer av
        de rättsliga grunderna; klagomål till tillsynsmyndigheten; automatiserade beslut och profilering. Den anger
        bara det som registret innehåller: ropa validate listar under "notice" vad registret ännu saknar.

        Flaggor:
          --format FORMAT       markdown (standard), html eller docx
          -o, --output FILE     skriv till FILE (läsbar bara för ägaren) i stället för till standard ut
          --audience SUBJECTS   bara de behandlingar vars registrerade innehåller SUBJECTS (skiftläge och accenter
                                spelar ingen roll), t.ex. --audience 'söker jobb' för informationen till jobbsökande
          --lang en|sv          informationens språk (standard engelska; miljön väljer det inte)
        """,
        .noticeDOCXNeedsOutput: "--format docx skriver en binär fil: ange den med --output FILE",
        .noticeAudienceEmpty: "--audience kräver de registrerade som ska väljas, t.ex. --audience kunder",
        .validateNoticeHeading: "Integritetsinformation (art. 13 och 14): vad registret saknar för den",
    ]
}
