/// The messages of spreadsheets in and out (several tables, columns, encodings, created entities, workbooks,
/// version stamps), in English.
enum EnglishSpreadsheet {
    static let table: [Message: String] = [
        .importNotACountry: "{0} is not a country: write its name or its two-letter code (US, IN)",
        .importDuplicateEntity: "{0} is also on line {1}",
        .importIDTaken: "{0} is already the id of something else in the register: correct it, or leave the cell empty",
        .importRowNeedsName: "every row needs a name",
        .importColumnsOf: "Columns of {0}:",
        .importColumnTo: "  {0} → {1}",
        .importColumnNotRead: "  {0} → not read",
        .importExtraIgnored: "{0}: not read: {1} (--keep-extra keeps them in the notes; --map 'Column=field' says what one holds)",
        .importExtraKept: "{0}: kept in the notes of each row: {1}",
        .importReadAs: "{0}: read as {1}",
        .importCreatedHeading: "Created from the names rows give them (neither the register nor the file has them; --no-create refuses instead):",
        .importCreatedLine: "+ {0} '{1}' ({2}), named on {3}",
        .importSkippedSheet: "{0}: not read: neither its name nor its header says which table it is",
        .importTableSummaryDryRun: "{0}: {1}, {2} row(s); would add {3}, change {4}, {5} unchanged.",
        .importTableSummaryDone: "{0}: {1}, {2} row(s); added {3}, changed {4}, {5} unchanged.",
        .importPurposeIsName: "{0}: no name column, so each activity is named by its purpose",
        .importMapValue: "--map takes 'Column=field', the field as ropa names it or as the export's header does: {0} is not that",
        .importNotAWorkbook: "{0} is not an Excel workbook (.xlsx): {1}",
        .importWorkbookDamaged: "the workbook {0} cannot be read: {1}",
        .importNoTableInWorkbook: "no sheet of {0} is a table ropa reads: name the sheets (Activities, Processors, …) or give them the export's headers",
        .exportCellsCut: "{0} value(s) are longer than the 32,767 characters Excel holds in a cell: each was cut and ends with a note saying how much more ropa holds",
        .exportCharactersDropped: "{0} control character(s) that a workbook cannot hold were left out",
    ]
}
