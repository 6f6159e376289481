import Foundation
import RopaModel
import RopaStore

/// Exports a register in any format, to bytes or to a path. This is the entry point for the command
/// line and for the terminal UI's export key.
public enum Exporter {
    /// The files an export consists of: one, or one per table for several CSV tables.
    public static func files(_ register: Register, request: ExportRequest) throws -> [ExportFile] {
        switch request.format {
        case .csv:
            guard !request.tables.isEmpty else { throw ExportError.nothingToExport }
            return CSVExporter.export(register, tables: request.tables, options: request.csv)
                .map { ExportFile(name: $0.table.fileName, bytes: $0.bytes) }
        case .markdown:
            return [ExportFile(name: "register.md", bytes: MarkdownExporter.export(register, options: request.markdown))]
        case .json:
            return [ExportFile(name: "register.json", bytes: try JSONExporter.export(register))]
        case .xlsx:
            return [ExportFile(name: "register.xlsx", bytes: try XLSXExporter.export(register, options: request.workbook).bytes)]
        case .docx:
            return [ExportFile(name: "register.docx", bytes: try DOCXRenderer.render(RegisterDocument.make(register, options: request.document)))]
        case .html:
            return [ExportFile(name: "register.html", bytes: HTMLRenderer.render(RegisterDocument.make(register, options: request.document)))]
        }
    }

    /// Exports the register to `path` and returns the paths written, for the caller to say where.
    ///
    /// One file goes to `path` itself, or into it when `path` is a folder (or ends in `/`). Several files
    /// go into the folder `path`, created when missing. Files are written atomically and readable by their
    /// owner only, folders created owner-only.
    @discardableResult
    public static func write(_ register: Register, request: ExportRequest, to path: String) throws -> [String] {
        try write(try files(register, request: request), to: path)
    }

    /// Writes files already exported; see `write(_:request:to:)`.
    @discardableResult
    public static func write(_ files: [ExportFile], to path: String) throws -> [String] {
        let targets = try destinations(for: files, at: path)
        for (file, target) in zip(files, targets) {
            FileIO.sweepTemporaryFiles(of: target)
            try FileIO.writeAtomically(file.bytes, to: target)
        }
        return targets
    }

    /// Refuses an output inside a register folder: the nearest existing folder of `path` and every folder
    /// above it, with links resolved, must not hold a register (`-o REG` once overwrote `register.json`).
    public static func refuseInsideRegister(_ path: String) throws {
        var existing = path
        while FileIO.kind(existing) == .missing {
            let parent = FileIO.parentFolder(of: existing)
            if parent == existing { break }
            existing = parent
        }
        guard let resolved = realpath(existing, nil) else { return }
        var folder = String(cString: resolved)
        free(resolved)
        if FileIO.kind(folder) != .folder { folder = FileIO.parentFolder(of: folder) }
        while true {
            if RegisterStore.isRegister(folder) { throw ExportError.insideRegister(path: path, register: folder) }
            let parent = FileIO.parentFolder(of: folder)
            if parent == folder || parent == "." { return }
            folder = parent
        }
    }

    /// Where each file goes, checked and with any folder needed created, before anything is written.
    static func destinations(for files: [ExportFile], at path: String) throws -> [String] {
        guard !files.isEmpty else { throw ExportError.nothingToExport }
        try refuseInsideRegister(path)
        let folder = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        let namesAFolder = path.hasSuffix("/")
        switch FileIO.kind(folder) {
        case .folder:
            return files.map { "\(folder)/\($0.name)" }
        case .other:
            throw ExportError.notAFileOrFolder(path: folder)
        case .file:
            guard files.count == 1, !namesAFolder else { throw ExportError.needsFolder(path: folder, files: files.count) }
            return [folder]
        case .missing:
            if files.count > 1 || namesAFolder {
                try FileIO.makeFolder(folder)
                return files.map { "\(folder)/\($0.name)" }
            }
            let parent = FileIO.parentFolder(of: folder)
            guard parent.isEmpty || FileIO.kind(parent) == .folder else { throw ExportError.missingFolder(path: parent) }
            return [folder]
        }
    }
}
