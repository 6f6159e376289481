/// Meddelandena för kalkylblad in och ut (flera tabeller, kolumner, teckenkodningar, skapade poster,
/// arbetsböcker, versionsstämplar), på svenska.
enum SwedishSpreadsheet {
    static let table: [Message: String] = [
        .importNotACountry: "{0} är inget land: skriv landets namn eller dess tvåbokstavskod (US, IN)",
        .importDuplicateEntity: "{0} finns också på rad {1}",
        .importIDTaken: "{0} är redan id för något annat i registret: rätta det, eller lämna cellen tom",
        .importRowNeedsName: "varje rad behöver ett namn",
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
        .importNotAWorkbook: "{0} är ingen Excel-arbetsbok (.xlsx): {1}",
        .importWorkbookDamaged: "arbetsboken {0} går inte att läsa: {1}",
        .importNoTableInWorkbook: "inget blad i {0} är en tabell som ropa läser: ge bladen namn (Behandlingar, Personuppgiftsbiträden, …) eller exportens rubriker",
        .exportCellsCut: "{0} värde(n) är längre än de 32 767 tecken Excel rymmer i en cell: vart och ett kortades och slutar med en anteckning om hur mycket mer ropa har",
        .exportCharactersDropped: "{0} styrtecken som en arbetsbok inte kan innehålla utelämnades",
    ]
}
