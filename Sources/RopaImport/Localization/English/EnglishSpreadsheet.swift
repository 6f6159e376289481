/// What is wrong with a row of an entity table or a workbook, and the conflicts a version stamp finds, in English.
enum EnglishSpreadsheet {
    static let table: [ImportMessage: String] = [
        .importNotACountry: "{0} is not a country: write its name or its two-letter code (US, IN)",
        .importDuplicateEntity: "{0} is also on line {1}",
        .importIDTaken: "{0} is already the id of something else in the register: correct it, or leave the cell empty",
        .importRowNeedsName: "every row needs a name",
        .importWorkbookDamaged: "the workbook {0} cannot be read: {1}",
        .importConflictChanged: "changed",
        .importConflictDeleted: "deleted",
    ]
}
