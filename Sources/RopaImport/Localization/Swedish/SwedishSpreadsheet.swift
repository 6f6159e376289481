/// What is wrong with a row of an entity table or a workbook, and the conflicts a version stamp finds, in Swedish.
enum SwedishSpreadsheet {
    static let table: [ImportMessage: String] = [
        .importNotACountry: "{0} är inget land: skriv landets namn eller dess tvåbokstavskod (US, IN)",
        .importDuplicateEntity: "{0} finns också på rad {1}",
        .importIDTaken: "{0} är redan id för något annat i registret: rätta det, eller lämna cellen tom",
        .importRowNeedsName: "varje rad behöver ett namn",
        .importWorkbookDamaged: "arbetsboken {0} går inte att läsa: {1}",
        .importConflictChanged: "ändrad",
        .importConflictDeleted: "borttagen",
    ]
}
