import Foundation
import RopaJSON
import RopaModel

/// Unsaved edits written when the terminal closes or the process is told to stop (SIGHUP, SIGTERM),
/// so the next `ropa PATH` can offer them back. Local to the machine: the register's .gitignore names it.
public struct RecoveryFile: Equatable, Sendable {
    /// UTC time the edits were written.
    public let time: String
    /// The head version the edits were made on.
    public let head: String?
    public let register: Register

    public init(time: String, head: String?, register: Register) {
        self.time = time
        self.head = head
        self.register = register
    }

    public static func path(in folder: String) -> String { "\(folder)/\(RegisterLayout.recoveryFile)" }

    public func write(to folder: String) throws {
        var files: [String: JSONValue] = [:]
        for (path, bytes) in try RegisterCodec.encode(register) { files[path] = .string(String(decoding: bytes, as: UTF8.self)) }
        var document: [String: JSONValue] = ["time": .string(time), "files": .object(files)]
        if let head { document["head"] = .string(head) }
        try FileIO.writeAtomically(CanonicalJSON.bytes(.object(document)), to: RecoveryFile.path(in: folder))
    }

    /// The recovered edits, or nil when there are none. A damaged file is reported, not silently dropped.
    public static func read(from folder: String) throws -> RecoveryFile? {
        let path = RecoveryFile.path(in: folder)
        guard FileIO.kind(path) == .file else { return nil }
        let value = try RegisterCodec.parse(try FileIO.read(path), path: path)
        guard let files = value["files"]?.objectValue, let time = value["time"]?.stringValue else {
            throw StoreError.invalidContent(path: path, problem: LocalizedText(.problemNotARecoveryFile))
        }
        var registerFiles: RegisterFiles = [:]
        for (name, content) in files {
            guard let text = content.stringValue else { throw StoreError.invalidContent(path: path, problem: LocalizedText(.problemNotText, name)) }
            registerFiles[name] = Array(text.utf8)
        }
        return RecoveryFile(time: time, head: value["head"]?.stringValue, register: try RegisterCodec.decode(registerFiles, folder: path))
    }

    public static func remove(from folder: String) throws {
        try FileIO.remove(RecoveryFile.path(in: folder))
    }
}
