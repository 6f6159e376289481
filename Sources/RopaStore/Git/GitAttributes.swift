/// The `.gitattributes` a register folder carries so that git hands its files to ropa's merge driver.
/// Patterns are relative to the register folder, so it works wherever the register sits in the repository.
public enum GitAttributes {
    public static let fileName = ".gitattributes"

    /// The lines ropa needs, after a comment saying how each clone enables the driver.
    public static var lines: [String] {
        var result = ["# ropa: merge the register's files field by field. Each clone once: \(GitRepository.configLine)"]
        let files = [RegisterLayout.settingsFile, RegisterLayout.organisationFile, RegisterLayout.countriesFile]
            + RegisterLayout.entityFolders.map { "\($0.folder)/*.json" }
        result += files.map { "\($0) merge=\(GitRepository.driverName)" }
        // Packs are compressed bytes: never diffed or merged as text (each is new and named by its version).
        result.append("\(RegisterLayout.packsFolder)/*.pack binary")
        return result
    }

    /// Writes or completes the folder's `.gitattributes`, keeping any lines already there. Returns whether
    /// the file changed.
    @discardableResult
    public static func write(in folder: String) throws -> Bool {
        let path = "\(folder)/\(fileName)"
        var existing: [String] = []
        if FileIO.kind(path) == .file {
            existing = String(decoding: try FileIO.read(path), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if existing.last == "" { existing.removeLast() }
        }
        let missing = lines.filter { line in !existing.contains(line) && !(line.hasPrefix("#") && existing.contains(where: { $0.hasPrefix("# ropa:") })) }
        guard !missing.isEmpty else { return false }
        let text = (existing + missing).joined(separator: "\n") + "\n"
        try FileIO.writeAtomically(Array(text.utf8), to: path)
        return true
    }

    /// Whether the folder's `.gitattributes` gives every register file to the driver.
    public static func isComplete(in folder: String) -> Bool {
        let path = "\(folder)/\(fileName)"
        guard FileIO.kind(path) == .file, let bytes = try? FileIO.read(path) else { return false }
        let existing = Set(String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init))
        return lines.dropFirst().allSatisfy(existing.contains)
    }
}
