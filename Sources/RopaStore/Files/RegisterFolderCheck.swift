/// The folders inside a register are real folders: a symbolic link (`history` → elsewhere) would make ropa
/// read and write outside the register, so it is refused with the link named.
enum RegisterFolderCheck {
    /// Whether `relative` is a folder in the register (false when missing); throws for a link or a file.
    static func isFolder(_ register: String, _ relative: String) throws -> Bool {
        let full = "\(register)/\(relative)"
        switch FileIO.entryKind(full) {
        case .missing: return false
        case .folder: return true
        case .link: throw StoreError.symbolicLink(path: full)
        case .file, .other: throw StoreError.notAFolder(path: full)
        }
    }
}
