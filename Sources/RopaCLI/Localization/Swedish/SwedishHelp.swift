/// `ropa --help` and every command's summary and help, in Swedish. Command and option names, JSON keys, codes
/// and the metavariables of the usage lines (PATH, FILE, N) are not translated.
enum SwedishHelp {
    static let table: [CLIMessage: String] = [
        .helpOverviewHead: """
        ropa — registret över behandlingar (dataskyddsförordningen artikel 30), fört i terminalen.

        Användning: ropa [PATH]
                    ropa COMMAND PATH [OPTIONS]

        PATH är en registermapp, eller en mapp som innehåller flera register.

        Kommandon:

        """,
        .helpOverviewTail: """

        Flaggor:
          -h, --help     visa den här hjälpen, eller ett kommandos hjälp (ropa help COMMAND)
          -V, --version  visa versionen
          --lang en|sv   språket i meddelanden och hjälp: engelska eller svenska (standard: svenska när
                         LC_ALL, LC_MESSAGES eller LANG börjar med sv); före eller efter kommandot

        Slutstatus: 0 i ordning; 1 iakttagelser eller en misslyckad kontroll; 2 felaktig användning eller
        oläsbar indata. Versioner registreras med författaren i ROPA_AUTHOR, annars gits user.name <user.email>, annars användare@värd.

        """,
        .helpUsage: "Användning: ",
        .helpLanguageFooter: """
        Alla kommandon tar --lang en|sv för språket i meddelanden och hjälp (standard: svenska när LC_ALL,
        LC_MESSAGES eller LANG börjar med sv).
        """,
        .initSummary: "skapa ett tomt register i en ny mapp",
        .initHelp: """
        Skapar mappen PATH (läsbar endast för ägaren) med register.json, organisation.json som anger
        organisationen som registrets enda juridiska person, en .gitignore och en första version "Registret
        skapat". PATH får inte finnas, eller ska vara en tom mapp.

        Flaggor:
          --name NAME                 organisationen (den personuppgiftsansvarige), t.ex. 'Exempel AB'
          --org-number NNNNNN-NNNN    dess svenska organisationsnummer; sista siffran är en kontrollsiffra
                                      enligt Luhn. Med ett nummer är den juridiska personen svensk och IMY
                                      dess tillsynsmyndighet.

        I en terminal frågar init efter det som flaggorna inte anger (Enter hoppar över organisationsnumret).
        I ett skript krävs --name. Inget skrivs när PATH inte är tom eller numret inte är giltigt.
        """,
        .validateSummary: "lista registrets iakttagelser: brister som lagen kräver ska åtgärdas, och vad som ska göras",
        .validateHelp: """
        Varje iakttagelse anger posten, fältet, regeln (en stabil kod) och vad som ska göras.
        Det som integritetsinformationen (art. 13 och 14, ropa notice) ännu saknar kommer sist, under en egen rubrik.
        Allvarlighetsgrad: fel (lagen kräver det), varning (krävs där det är möjligt, eller god praxis), info.

        Flaggor:
          --json                 skriv en lista med objekt: severity, code, category, entity, id, kind, file, field, message, article
          --as-of YYYY-MM-DD     mät granskningsdatum mot denna dag i stället för mot i dag
          --severity NIVÅ        bara iakttagelser av denna allvarlighetsgrad eller värre: error, warning eller info
          --all                  visa varje info-iakttagelse; annars sammanfattas de med en rad per regel
          --fail-on NIVÅ         slutstatus 1 bara för iakttagelser av minst denna grad: error, warning (standard) eller never

        Slutstatus 1 när det finns något fel eller någon varning (se --fail-on), 0 när det inte finns något.
        """,
        .verifySummary: "kontrollera historiken: varje version och fil är vad dess hash anger, och filerna stämmer med den senaste versionen",
        .verifyHelp: """
        Kontrollerar att varje versionspost och lagrad fil stämmer med sitt SHA-256-namn (att inget har ändrats
        efter att det skrevs), att varje länk till en föregående version leder rätt och att registrets filer är
        desamma som i den senaste versionen. Ändringar som gjorts utanför ropa (en redigering för hand, en git
        merge) rapporteras tills de registreras med 'ropa commit'.

        Slutstatus 0 när allt stämmer, 1 när något inte gör det.
        """,
        .logSummary: "lista versionerna: nummer, tid, författare, meddelande, hash",
        .logHelp: """
        Nyaste först. En versions nummer är dess generation (föräldraversionens nummer + 1), så det ändras aldrig;
        versioner från två grenar med samma nummer visas med en kort hash (2·a6c5). En version kan anges med
        sitt nummer, den formen eller början av sin hash överallt där ett nummer godtas.

        Flaggor:
          -n N, --max-count N   bara de N nyaste versionerna; i en lång historik läses bara deras poster
          --json                skriv en lista med objekt: number, time, author, message, hash, parents
        """,
        .diffSummary: "visa vad som har ändrats mellan två versioner, fält för fält",
        .diffHelp: """
        Utan versioner: den senaste versionen mot den föregående. Med enbart FROM: FROM mot den senaste versionen.
        Versioner anges med nummer (se 'ropa log') eller med början av hashen. Poster matchas på id, aldrig på
        position.

        Flaggor:
          --json   skriv en lista med ändringar: file, kind, id, entity, action, field, old, new
        """,
        .showSummary: "skriv ut registret (eller en tidigare version av det) som läsbar text",
        .showHelp: """
        Flaggor:
          --version N   visa registret som det var i version N (ett nummer eller början av en hash)
          --json        skriv ut hela registret som ett kanoniskt JSON-dokument
        """,
        .setSummary: "ändra fält i en post, registrerat som en version",
        .setHelp: """
        ID är postens id (se 'ropa show'); organisationen kan också anges som 'organisation'.
        FIELD är en sökväg med punkter: nästlade objekt anges med nyckel, listor med elementets id eller index, t.ex.
          ropa set Data/ist-group kundservice-och-kontakt name='Kundtjänst'
          ropa set Data/ist-group kundservice-och-kontakt purposes.svara-pa-forfragningar.lawfulBasis=legitimateInterests
          ropa set Data/ist-group avastar agreement.status=signed agreement.signedDate=2024-03-01
        VALUE lagras exakt som det anges (även styrtecken). Ett fält som inte är text (ett tal, en flagga, en
        lista) läser VALUE som JSON. FIELD:=JSON läser alltid JSON; FIELD:=null tar bort ett valfritt fält.

        Flaggor:
          -m, --message MESSAGE   versionsmeddelandet (standard: "Ändrade FIELD… i ID")

        Inget skrivs när någon tilldelning avvisas.
        """,
        .importSummary: "skapa eller uppdatera registret från ett kalkylark (CSV eller XLSX), som en version",
        .importHelp: """
        FILE är en CSV-fil, en mapp med sådana (som 'ropa export --table all' skriver) eller med --from xlsx en
        arbetsbok. Varje fil eller blad känns igen på namn eller rubrikrad som behandlingar,
        personuppgiftsbiträden, underbiträden, överföringar, gemensamt personuppgiftsansvariga eller
        säkerhetsåtgärder; de andra tabellerna läses först. Rubriker på engelska eller svenska, som exporten
        skriver dem eller som praxis gör (Syfte, Laglig grund, Registrerade, Gallringsfrist, ICO:s och CNIL:s
        mallar); --map 'Kolumn=fält' anger resten. En kolumn som inte motsvarar något fält rapporteras en gång och
        läses inte (--keep-extra sparar den i anteckningarna). Text i UTF-8, UTF-16 eller Windows-1252 (Excels
        "CSV (semikolonavgränsad)"), ',' eller ';' mellan fälten.

        En rad vars ID är en behandling i registret uppdaterar den; en rad med tomt ID, eller med ett nytt id,
        lägger till en. En cell som fortfarande lyder som exporten skriver den lämnar behandlingens fält som de
        är. Celler med fasta termer tar den engelska eller svenska benämningen, med eller utan
        artikelhänvisning, eller det lagrade värdet; rättslig grund även som praxis skriver den
        ("Intresseavvägning", "art. 6.1 c"). Ett personuppgiftsbiträde, en gemensamt personuppgiftsansvarig, en
        säkerhetsåtgärd, en överföring eller en juridisk person som en rad nämner men som inte finns skapas
        utifrån namnet och listas (--no-create vägrar i stället). Celler med flera värden delas vid ';' och vid
        radbrytningar. Det som filerna inte nämner ändras inte; kolumnerna för den personuppgiftsansvariges
        kontaktuppgifter, dataskyddsombudet och EU-företrädaren läses inte.

        Varje rad som inte kan läsas rapporteras med sitt radnummer i FILE, och då importeras ingenting.

        Flaggor:
          --from csv|xlsx        formatet på FILE
          --dry-run              visa vad som skulle ändras, fält för fält, och skriv ingenting
          -m, --message MESSAGE  versionsmeddelandet (standard: "Import av FILE")
          --delimiter D          ',' ';' tabb eller '|' mellan fälten (standard: avgörs av rubrikraden)
          --map 'Kolumn=fält'    läs Kolumn som fält (namnet i ropa eller rubriken); kan anges flera gånger
          --keep-extra           spara kolumner som inte motsvarar något fält i varje behandlings anteckningar
          --no-create            vägra namn på poster som inte finns i stället för att skapa dem
        """,
        .commitSummary: "registrera ändringar som gjorts utanför ropa (en redigering för hand, en git merge) som en version",
        .commitHelp: """
        Läser registrets filer, kontrollerar dem, skriver om dem kanoniskt och registrerar det som skiljer sig
        från den senaste versionen som en version. Efter en git merge av två grenar registreras
        sammanslagningen (med båda grenarnas senaste versioner som föregående versioner). Inget skrivs när
        filerna inte kan läsas.

        Flaggor:
          -m, --message MESSAGE   versionsmeddelandet (krävs)
        """,
        .restoreSummary: "gör en tidigare version till den senaste, som en ny version (historiken skrivs aldrig om)",
        .restoreHelp: """
        N är ett versionsnummer eller början av en hash (se 'ropa log').

        Flaggor:
          -m, --message MESSAGE   versionsmeddelandet (standard: "Återställ version N")
        """,
        .exportSummary: "skriv registret som CSV för kalkylark, dokument (DOCX, HTML, Markdown), eller JSON",
        .exportHelp: """
        Format:
          --format csv        tabeller enligt RFC 4180 för Excel, LibreOffice och Google Kalkylark: UTF-8, fält
                              inom citattecken där det behövs, celler med flera värden sammanfogade med "; ",
                              celler som ett kalkylark skulle köra som formel (=, +, -, @, tabb, CR) inledda med
                              ' så att de visas som text
          --format markdown   ett dokument för ledningen, revisorer och tillsynsmyndigheten: titel med
                              organisationen, organisationsnummer, dataskyddsombud, datum och version;
                              innehållsförteckning; sammanfattning; ett avsnitt per behandling;
                              personuppgiftsbiträden och underbiträden; överföringar; gemensamt
                              personuppgiftsansvariga; säkerhetsåtgärder; öppna iakttagelser. CommonMark med
                              GFM-tabeller; kan konverteras med pandoc:
                                pandoc -f gfm register.md -o register.docx
          --format json       ett kanoniskt JSON-dokument med nycklarna organisation, activities, processors,
                              transfers, jointControllers, securityMeasures
          --format docx       registret som Word-dokument att lämna till tillsynsmyndigheten: A4, försättsblad
                              med organisation och version, innehållsförteckning med sidnummer, den
                              personuppgiftsansvarige, en sammanfattning, ett avsnitt per behandling med
                              punkterna i art. 30.1 i ordning, personuppgiftsbiträden, överföringar, gemensamt
                              personuppgiftsansvariga, säkerhetsåtgärder; sidnummer i sidfoten. Kräver
                              --output FILE
          --format html       samma dokument som en fristående HTML-fil; en webbläsare skriver ut den på A4
          --format xlsx       en Excel-arbetsbok (kräver --output): ett blad per tabell (organisation, behandlingar,
                              personuppgiftsbiträden, underbiträden, överföringar, gemensamt ansvariga,
                              säkerhetsåtgärder, brister, granskningskö), rubrikraden låst och filtrerad, datum som
                              datum, stämplad med registrets version så att 'ropa import --from xlsx' läser tillbaka den

        Flaggor:
          -o, --output FILE|DIR
                              skriv till FILE, eller i DIR (activities.csv, register.md, …), i stället för till
                              standard ut; filerna är läsbara endast för ägaren
          --version N         exportera registret som det var i version N (ett nummer eller början av en hash)
          --lang en|sv        rubriker och termer på engelska (standard) eller svenska (csv, markdown), och
                              meddelandena; LANG och LC_ALL ändrar inte filerna
          --table NAME        csv: activities (standard), processors, subprocessors, transfers,
                              joint-controllers, security-measures, eller all (en fil var; kräver --output DIR)
          --delimiter D       csv: fältavgränsaren: ',' (standard), ';' för svensk Excel, tabb eller '|'
          --bom               csv: börja med en byteordningsmarkering för UTF-8, så att Excel läser å, ä, ö rätt
          --excel, --no-excel csv: för Excel (';' på svenska, byteordningsmarkering, telefonnummer bevarade) eller vanlig; standard: Excel med --lang sv
          --as-of YYYY-MM-DD  markdown, docx, html: det datum som dokumentet avser och som iakttagelserna
                              mäts mot (standard: i dag)
          --findings          docx, html: lägg till de öppna iakttagelserna som bilaga (utelämnas annars)

        Samma register ger byte för byte samma utdata.
        """,
        .reviewSummary: "de personuppgiftsbiträdesavtal som behöver åtgärdas (art. 28), mest brådskande först; markera ett som granskat",
        .reviewHelp: """
        Listar varje personuppgiftsbiträde och underbiträde vars avtal behöver åtgärdas, varje skäl med sin kod,
        artikeln bakom det och vad som ska göras. Brådska, mest brådskande först:
          critical      inget undertecknat avtal (saknas, utkast, skickat, upphört, uppsagt) medan en
                        behandling använder biträdet; ett underbiträde som ni har invänt mot men som
                        fortfarande anlitas
          overdue       granskningsdatumet har passerat, eller inget granskningsdatum kan fastställas
          dueSoon       granskningen infaller inom registrets förvarningstid (register.json: dueSoonDays)
          agreement     klausuler enligt art. 28.3 a–h saknas, är ofullständiga eller har inte kontrollerats;
                        datum för undertecknande okänt
          subprocessor  underbiträdet är inte godkänt, inget förhandsbesked vid allmänt skriftligt
                        förhandstillstånd, tillståndet okänt
          transfer      biträde utanför EU/EES utan registrerad överföring; standardavtalsklausuler utan
                        modul, hänvisning eller konsekvensbedömning av överföringen (TIA)

        Flaggor:
          --as-of YYYY-MM-DD      mät granskningsdatum mot denna dag i stället för mot i dag
          --json                  skriv en lista med objekt (samma som --format json)
          --format FORMAT         text (standard), markdown (en rapport för ledningen) eller json
          --mark-reviewed ID      registrera att avtalet med ID har granskats: senast granskat = as-of-dagen,
                                  nästa granskning = den dagen plus registrets granskningsintervall
                                  (reviewIntervalMonths), sparat som en version
          -m, --message MESSAGE   versionsmeddelandet för --mark-reviewed (standard: "Granskade avtalet med NAME")

        Slutstatus 1 när något avtal behöver åtgärdas, 0 när inget gör det; --mark-reviewed avslutas med 0 när
        granskningen har sparats.
        """,
    ]
}
