/// Where an export cannot be written: a missing or unsuitable folder, nothing to export, a file inside the
/// register, in English.
enum EnglishExportErrors {
    static let table: [ExportMessage: String] = [
        .exportNeedsFolder: "{0}: is a file, but this export writes {1} files: give a folder",
        .exportMissingFolder: "{0}: no such folder to write the export in",
        .exportNotAFileOrFolder: "{0}: is neither a file nor a folder",
        .exportNothingToExport: "nothing to export: no table was chosen",
        .exportInsideRegister: "{0}: is inside the register {1}: an export never goes into a register folder (it could overwrite the register's files); nothing written",
    ]
}
