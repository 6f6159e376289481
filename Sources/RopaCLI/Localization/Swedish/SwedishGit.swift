/// Att dela ett register genom git, på svenska: sammanslagningsdrivrutinen, konflikter och `ropa resolve`,
/// `ropa git-setup`, `ropa add` och `ropa delete`, CI-spärren i `ropa validate`.
enum SwedishGit {
    static let table: [CLIMessage: String] = [
        .mergeFileSummary: "gits sammanslagningsdrivrutin: slå ihop en registerfil fält för fält (se git-setup)",
        .mergeFileHelp: """
        Git kör den som 'ropa merge-file %O %A %B %P' för de filer som .gitattributes lämnar till drivrutinen
        'ropa' (skrivs av 'ropa git-setup'). BASE är den gemensamma förfadern, MINE den här grenens fil
        (sammanslagningen skrivs i den), THEIRS den andra grenens och PATHNAME filens namn i förrådet.

        Objekt slås ihop per nyckel, listor med ändamål, personuppgiftskategorier, gallringsregler och andra
        element per id, listor med enkla värden som mängder: ändringar i olika fält krockar aldrig. Där båda
        grenarna ändrat samma fält till olika värden får fältet båda värdena som en konflikt som
        'ropa validate', 'ropa show' och 'ropa resolve' pekar ut.

        Slutstatus 0 när filen slogs ihop utan konflikt, 1 när den har konflikter eller en sida inte är JSON
        (lämnas som på den här grenen).
        """,
        .mergeFileConflicts: "{0}: {1} konflikt(er): samma fält ändrat på båda grenarna; lös dem med 'ropa resolve'",
        .mergeFileUnreadable: "{0}: kan inte slås ihop fält för fält ({1}); lämnas som på den här grenen",
        .resolveSummary: "lös konflikterna efter en git-sammanslagning: behåll min, behåll deras eller ange värdet",
        .resolveHelp: """
        Utan val listas varje konflikt: posten, fältet och båda värdena. Med --mine eller --theirs behålls den
        sidan för alla konflikter, för post ID:s eller för ett FÄLT i den (en sökväg som 'ropa set' tar den:
        purposes[x].lawfulBasis). FÄLT=VÄRDE (eller FÄLT:=JSON) anger värdet i stället.

        När ingen konflikt återstår sparas registret som sammanslagningen: en version vars föräldrar är båda
        grenarnas senaste versioner. Gör sedan 'git add' på registret och checka in.

        Flaggor:
          --mine                  behåll den här grenens värde
          --theirs                behåll den andra grenens värde
          -m, --message MESSAGE   sammanslagningsversionens meddelande (standard: "Sammanslagning: N konflikt(er) lösta")

        Slutstatus 1 när konflikter listas, 0 när de lösts eller inga finns.
        """,
        .resolveNoConflicts: "Inga sammanslagningskonflikter.",
        .resolveNoMatch: "ingen sammanslagningskonflikt i {0} matchar '{1}'",
        .resolveChooseOne: "välj en: --mine, --theirs eller FÄLT=VÄRDE",
        .resolveResolved: "Löste {0} konflikt(er); {1} återstår.",
        .resolveRecorded: "Löste {0} konflikt(er) och sparade sammanslagningen som version {1} ({2}).",
        .resolveDefaultMessage: "Sammanslagning: {0} konflikt(er) lösta",
        .resolveGitConflictsHead: "Git anger {0} fil(er) i registret som inte sammanslagna, utan fältkonflikt som ropa kan lösa:",
        .resolveGitConflictLine: "{0}: borttagen på ena sidan och ändrad på den andra: behåll eller ta bort filen, kör `git add` eller `git rm`, sedan sparar `ropa commit` beslutet",
        .resolveGitAddNext: "Git anger fortfarande dessa som inte sammanslagna: git add {0}",
        .resolveListHead: "{0} sammanslagningskonflikt(er):",
        .resolveNeedsPath: "ange registret: ropa resolve PATH",
        .verifyOKMerge: "OK: {0} versioner, kedjan hel, filerna är den fältvisa sammanslagningen av version {1} och {2}; nästa sparning registrerar sammanslagningen.",
        .gitSetupSummary: "skriv .gitattributes för ropas sammanslagningsdrivrutin och visa git config-raden varje klon behöver",
        .gitSetupHelp: """
        Skriver (eller kompletterar) .gitattributes i registermappen så att git slår ihop registrets filer med
        'ropa merge-file', fält för fält, och skriver ut den rad som varje klon måste köra en gång: git kör
        aldrig en sammanslagningsdrivrutin som bara förrådets egna filer nämner. 'ropa init' i ett
        git-förråd gör detsamma. 'ropa verify' varnar så länge ett register i ett git-förråd saknar drivrutinen.
        """,
        .gitSetupWrote: "Skrev {0}.",
        .gitSetupUnchanged: "{0} lämnar redan registrets filer till ropas sammanslagningsdrivrutin.",
        .gitSetupConfigLine: "Varje klon slår på sammanslagningsdrivrutinen en gång med:",
        .gitSetupNotInGit: "{0} ligger inte i ett git-förråd än: kör raden nedan i varje klon när det gör det.",
        .verifyDriverMissing: "varning: {0} ligger i ett git-förråd utan ropas sammanslagningsdrivrutin: att slå ihop två ändringar av samma post kräver då handpåläggning. Kör 'ropa git-setup {0}'.",
        .addSummary: "lägg till en post (behandling, personuppgiftsbiträde, …) med dess fält, som en version; skriver ut dess id",
        .addHelp: """
        KIND är activity, processor, transfer, joint-controller eller security-measure. name=NAMN krävs: id
        görs av det som terminalgränssnittet gör det (gemener, diakritiska tecken borttagna, bindestreck mellan
        orden: 'Löneadministration' → loneadministration; numreras när det är upptaget) och skrivs ut. Fler
        FÄLT=VÄRDE-par sätts som 'ropa set' sätter dem, t.ex.
          ropa add Data/ist-group processor name='Visma Enterprise AB' country=SE
          ropa add Data/ist-group activity name='Löneadministration' purposes:='[{"id":"lon","description":"Lön"}]'

        Flaggor:
          -m, --message MESSAGE   versionens meddelande (standard: "Lägg till SLAG NAMN")

        Inget skrivs när något fält vägras.
        """,
        .addNeedsArguments: "ange registret, slaget och name=NAMN: ropa add PATH KIND name=NAMN [FÄLT=VÄRDE...]",
        .addUnknownKind: "okänt slag '{0}': använd något av {1}",
        .addNeedsName: "ange den nya postens namn med name=NAMN",
        .addDefaultMessage: "Lägg till {0} {1}",
        .addCreated: "Lade till {0} '{1}' med id {2}: version {3} ({4}).",
        .deleteSummary: "ta bort en post som en version; vägrar så länge andra hänvisar till den (--force tar bort hänvisningarna)",
        .deleteHelp: """
        Så länge andra poster hänvisar till ID (en behandling som anlitar ett personuppgiftsbiträde, en
        överföring till det, ett underbiträde under det, …) tas inget bort och de listas. --force tar bort
        posten och varje sådan hänvisning, och nämner var och en.

        Flaggor:
          --force                 ta också bort varje hänvisning till ID
          -m, --message MESSAGE   versionens meddelande (standard: "Ta bort SLAG NAMN")

        Slutstatus 1 när andra hänvisar till posten och --force inte angavs.
        """,
        .deleteNeedsArguments: "ange registret och id: ropa delete PATH ID",
        .deleteReferenced: "{0} hänvisas till {1} gång(er); inget togs bort (--force tar också bort hänvisningarna):",
        .deleteReferrer: "  hänvisas till från {0}",
        .deleteRemovedReference: "Tog bort hänvisningen från {0}.",
        .deleteDone: "Tog bort {0} '{1}': version {2} ({3}).",
        .deleteDefaultMessage: "Ta bort {0} {1}",
        .deleteOrganisation: "organisationen kan inte tas bort",
        .errorUnknownCommandSuggest: "okänt kommando '{0}': menade du 'ropa {1}'?",
        .validateFailOnValue: "--fail-on tar error, warning eller never, inte '{0}'",
        .conflictPromptHead: "En git-sammanslagning lämnade {0} konflikt(er) i registret: samma fält ändrat på båda grenarna. För var och en behåller m min, t deras, e ändrar värdet, q avslutar.",
        .conflictPromptAsk: "  [m] behåll min, [t] behåll deras, [e] ändra, [q] avsluta? ",
        .conflictPromptValue: "  värde: ",
        .conflictPromptQuit: "Inget skrevs: konflikterna finns kvar ('ropa resolve' löser dem också).",
        .acceptSummary: "godta en öppen iakttagelse till ett datum, med skälet, som en version",
        .acceptHelp: """
        CODE är iakttagelsens regel (som 'ropa validate' skriver den), ID dess post och FIELD dess fält (utan
        FIELD godtas regeln för alla fält i posten). Till och med datumet i --until lämnas iakttagelsen utanför
        'ropa validate' (och dess slutstatus), gränssnittets öppna iakttagelser och dokumentets; den listas
        som godtagen, med skälet, datumet och vem som godtog den. Dagen efter är den öppen igen.
        Godtagandet sparas i register.json: versionshanterat, syns i 'ropa diff', ångras med 'ropa restore'.

        Flaggor:
          --reason TEXT           varför den godtas (krävs)
          --until YYYY-MM-DD      sista dagen godtagandet gäller (krävs)
          --as-of YYYY-MM-DD      dagen den godtas (standard: i dag)
          -m, --message MESSAGE   versionens meddelande (standard: "Godta CODE för ID till DATUM")
        """,
        .acceptNeedsArguments: "ange registret, regeln och posten: ropa accept PATH CODE ID [FIELD] --reason TEXT --until ÅÅÅÅ-MM-DD",
        .acceptUnknownCode: "ingen regel heter '{0}': använd en kod som 'ropa validate' skriver ut",
        .acceptNeedsReason: "ange skälet med --reason TEXT",
        .acceptUntilValue: "--until kräver sista dagen godtagandet gäller, ÅÅÅÅ-MM-DD, inte '{0}'",
        .acceptUntilPast: "--until {0} är före {1}: godtagandet skulle aldrig gälla",
        .acceptNoSuchFinding: "ingen iakttagelse {0} för {1}: 'ropa validate' listar de öppna",
        .acceptDefaultMessage: "Godta {0} för {1} till {2}",
        .acceptDone: "Godtog {0} för {1} till {2}: version {3} ({4}).",
        .validateAcceptedLine: "godtagen {0}  {1} · {2}: {3} (till {4}, {5})",
    ]
}
