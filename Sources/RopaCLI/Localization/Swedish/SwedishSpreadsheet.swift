/// What `ropa import` and `ropa export` report about spreadsheets: the tables and columns read, created entities,
/// cut cells, version stamps and conflicts, in Swedish.
enum SwedishSpreadsheet {
    static let table: [CLIMessage: String] = [
        .importColumnsOf: "Kolumner i {0}:",
        .importColumnTo: "  {0} läses som {1}",
        .importColumnNotRead: "  {0} → läses inte",
        .importExtraIgnored: "{0}: läses inte: {1} (--keep-extra sparar dem i anteckningarna; --map 'Kolumn=fält' anger vad en kolumn innehåller)",
        .importExtraKept: "{0}: sparas i varje rads anteckningar: {1}",
        .importReadAs: "{0}: läst som {1}",
        .importCreatedHeading: "Skapade utifrån namnen på raderna (varken registret eller filen har dem; --no-create vägrar i stället):",
        .importCreatedLine: "+ {0} '{1}' ({2}), nämnd på {3}",
        .importSkippedSheet: "{0}: läses inte: varken namnet eller rubrikraden visar vilken tabell det är",
        .importTableSummaryDryRun: "{0}: {1}, {2} rad(er); skulle lägga till {3}, ändra {4}, {5} oförändrade.",
        .importTableSummaryDone: "{0}: {1}, {2} rad(er); lade till {3}, ändrade {4}, {5} oförändrade.",
        .importPurposeIsName: "{0}: ingen namnkolumn, så varje behandling får sitt ändamål som namn",
        .importMapValue: "--map tar 'Kolumn=fält', med fältet som ropa eller exportens rubrik kallar det: {0} är inte det",
        .importNoTableInWorkbook: "inget blad i {0} är en tabell som ropa läser: ge bladen namn (Behandlingar, Personuppgiftsbiträden, …) eller exportens rubriker",
        .exportCellsCut: "{0} värde(n) är längre än de 32 767 tecken Excel rymmer i en cell: vart och ett kortades och slutar med en anteckning om hur mycket mer ropa har",
        .exportCharactersDropped: "{0} styrtecken som en arbetsbok inte kan innehålla utelämnades",
        .importStampBase: "{0} exporterades från version {1}: det som ändrats i den sedan dess läggs ovanpå version {2}, och nyare ändringar i registret behålls",
        .importStampHead: "{0} exporterades från version {1}, den nuvarande",
        .importNoStamp: "{0} anger ingen registerversion: den jämförs med nuvarande version ({1}), så ett värde som ändrats i registret efter att bladet skapades sätts tillbaka till bladets",
        .importStampUnknown: "{0} anger version {1}, som inte finns i registrets historik: den jämförs med nuvarande version ({2})",
        .importConflictsHeading: "Ändrat både i bladet och i registret sedan version {0}; registrets värde behålls:",
        .importConflictLine: "! {0} '{1}' · {2}: bladet säger {3}, registret nu {4}",
    ]
}
