/// Why an export could not be written where it was asked to go. Nothing is written when one is thrown
/// before the first file.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    /// Several files (`--table all`) need a folder, and the path is a file.
    case needsFolder(path: String, files: Int)
    /// The folder the file should go in does not exist.
    case missingFolder(path: String)
    /// The path exists and is neither a file nor a folder.
    case notAFileOrFolder(path: String)
    /// The export would produce no file at all (a CSV request with no tables).
    case nothingToExport

    public var description: String {
        switch self {
        case .needsFolder(let path, let files):
            return "\(path): is a file, but this export writes \(files) files: give a folder"
        case .missingFolder(let path):
            return "\(path): no such folder to write the export in"
        case .notAFileOrFolder(let path):
            return "\(path): is neither a file nor a folder"
        case .nothingToExport:
            return "nothing to export: no table was chosen"
        }
    }
}
