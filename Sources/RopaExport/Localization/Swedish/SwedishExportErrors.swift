/// Where an export cannot be written: a missing or unsuitable folder, nothing to export, a file inside the
/// register, in Swedish.
enum SwedishExportErrors {
    static let table: [ExportMessage: String] = [
        .exportNeedsFolder: "{0}: är en fil, men den här exporten skriver {1} filer: ange en mapp",
        .exportMissingFolder: "{0}: mappen som exporten ska skrivas i finns inte",
        .exportNotAFileOrFolder: "{0}: är varken en fil eller en mapp",
        .exportNothingToExport: "inget att exportera: ingen tabell valdes",
        .exportInsideRegister: "{0}: ligger i registret {1}: en export hamnar aldrig i en registermapp (den kunde skriva över registrets filer); ingenting skrevs",
    ]
}
