/// What `ropa import` and `ropa export` report about spreadsheets: the tables and columns read, created entities,
/// cut cells, version stamps and conflicts, in English.
enum EnglishSpreadsheet {
    static let table: [CLIMessage: String] = [
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
        .importNoTableInWorkbook: "no sheet of {0} is a table ropa reads: name the sheets (Activities, Processors, …) or give them the export's headers",
        .exportCellsCut: "{0} value(s) are longer than the 32,767 characters Excel holds in a cell: each was cut and ends with a note saying how much more ropa holds",
        .exportCharactersDropped: "{0} control character(s) that a workbook cannot hold were left out",
        .importStampBase: "{0} was exported from version {1}: what it changed since then is applied on top of version {2}, and newer work in the register is kept",
        .importStampHead: "{0} was exported from version {1}, the current one",
        .importNoStamp: "{0} carries no register version: it is compared with the current version ({1}), so a value the register changed after the sheet was made is set back to the sheet's",
        .importStampUnknown: "{0} names version {1}, which this register's history does not have: it is compared with the current version ({2})",
        .importConflictsHeading: "Changed both in the sheet and in the register since version {0}; the register's value is kept:",
        .importConflictLine: "! {0} '{1}' · {2}: the sheet says {3}, the register now {4}",
    ]
}
