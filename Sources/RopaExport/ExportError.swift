import RopaModel

/// Why an export could not be written where it was asked to go. Nothing is written when one is thrown
/// before the first file.
public enum ExportError: Error, Equatable, LocalizedDescription {
    /// Several files (`--table all`) need a folder, and the path is a file.
    case needsFolder(path: String, files: Int)
    /// The folder the file should go in does not exist.
    case missingFolder(path: String)
    /// The path exists and is neither a file nor a folder.
    case notAFileOrFolder(path: String)
    /// The export would produce no file at all (a CSV request with no tables).
    case nothingToExport
    /// The output would land inside a register folder (and could overwrite its files).
    case insideRegister(path: String, register: String)

    public func description(_ language: Language) -> String {
        switch self {
        case .needsFolder(let path, let files): return ExportMessage.exportNeedsFolder.text(language, path, "\(files)")
        case .missingFolder(let path): return ExportMessage.exportMissingFolder.text(language, path)
        case .notAFileOrFolder(let path): return ExportMessage.exportNotAFileOrFolder.text(language, path)
        case .nothingToExport: return ExportMessage.exportNothingToExport.text(language)
        case .insideRegister(let path, let register): return ExportMessage.exportInsideRegister.text(language, path, register)
        }
    }
}
