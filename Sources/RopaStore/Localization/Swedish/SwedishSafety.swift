/// The messages about untrusted register folders (links, special files, journals, unrecorded edits, invalid
/// history), in Swedish.
enum SwedishSafety {
    static let table: [StoreMessage: String] = [
        .storeSymbolicLink: "{0}: är en symbolisk länk: ropa läser och skriver bara riktiga filer och mappar i registret, aldrig via en länk",
        .storeNotARegularFile: "{0}: är ingen vanlig fil (en FIFO, socket eller enhet): vägras",
        .storeUnrecordedChanges: "{0}: filer skiljer sig från huvudversionen ({1}): inte sparat; spara dem först med: ropa commit {0} -m MEDDELANDE",
        .storeJournalRefused: "{0}: {1}; ingenting skrevs",
        .journalNotAFile: "journalen för en avbruten sparning är ingen vanlig fil: den lämnades orörd",
        .journalUnreadable: "journalen för en avbruten sparning går inte att läsa som en version: den lämnades orörd",
        .journalNotTheHead: "journalen för en avbruten sparning namnger version {0}, som inte är huvudversionen: den lämnades orörd; ta bort den när du har kontrollerat filerna",
        .journalFileOfNeither: "journalen för en avbruten sparning namnger version {1}, men {0} ser varken ut som i den versionen eller i dess förälder: den lämnades orörd; ta bort den när du har kontrollerat filerna",
        .historyRecordNameInvalid: "{0}: en versionspost måste vara namngiven efter sin hash (64 hexadecimala siffror)",
        .historyRecordPathInvalid: "{0}: posten namnger en sökväg som inget register har (bara register.json, organisation.json, reference/countries.json och <mapp>/<id>.json): posten är ogiltig",
        .historyRecordSchemaVersionInvalid: "{0}: postens schemaversion är inte ett tal som ropa kan känna till: posten är ogiltig",
        .historyRecordHashInvalid: "{0}: posten namnger ett objekt eller en förälder som inte är en hash: posten är ogiltig",
        .historyOlderThanParent: "{0}: versionen är daterad tidigare än sin förälder",
        .problemNumberOutOfRange: "\"{0}\" är {1}: det måste vara mellan {2} och {3}",
        .problemNestedIDInvalid: "\"{0}\": id \"{1}\" är inte giltigt: använd gemena bokstäver, siffror och bindestreck",
    ]
}
