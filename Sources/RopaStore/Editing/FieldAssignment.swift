import RopaJSON
import RopaModel

/// `FIELD=VALUE` edits of one entity by dotted path, as `ropa set` takes them.
///
/// A path walks objects by key and lists by element id (or index): `purposes.marknadsforing.lawfulBasis`,
/// also written `purposes[marknadsforing].lawfulBasis`. A value is stored as the exact string given; only
/// when the field is not text (a number, a flag, a list) is it read as JSON. `FIELD:=JSON` always reads JSON,
/// and `FIELD:=null` removes an optional field.
public struct FieldAssignment: Equatable {
    public enum Value: Equatable {
        case text(String)
        case json(JSONValue)
    }

    public let path: [String]
    public let value: Value

    public init(path: [String], value: Value) {
        self.path = path
        self.value = value
    }

    /// Reads `FIELD=VALUE` or `FIELD:=JSON`.
    public static func parse(_ argument: String) throws -> FieldAssignment {
        guard let equals = argument.firstIndex(of: "=") else {
            throw StoreError.invalidEdit(LocalizedText(.editNotAnAssignment, TerminalText.escape(argument)))
        }
        var field = String(argument[..<equals])
        let raw = String(argument[argument.index(after: equals)...])
        var value = Value.text(raw)
        if field.hasSuffix(":") {
            field.removeLast()
            do {
                value = .json(try JSONParser.parse(raw))
            } catch let error as JSONSyntaxError {
                throw StoreError.invalidEdit(LocalizedText(.editInvalidJSON, arguments: [.verbatim(field), .verbatim("\(error.column)"), error.reason.text]))
            }
        }
        let path = field.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
            .split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !path.isEmpty, path.allSatisfy({ !$0.isEmpty }) else {
            throw StoreError.invalidEdit(LocalizedText(.editNotAFieldPath, TerminalText.escape(field)))
        }
        if path == ["id"] || path.last == "id" && path.count == 1 {
            throw StoreError.invalidEdit(LocalizedText(.editIDNeverChanges))
        }
        return FieldAssignment(path: path, value: value)
    }

    public var pathText: String { path.joined(separator: ".") }

    /// Applies the assignments to the entity with `id` and returns the register's files with that entity
    /// rewritten canonically; the result is checked by decoding the whole register.
    public static func apply(_ assignments: [FieldAssignment], toEntity id: String, in files: RegisterFiles) throws -> (files: RegisterFiles, register: Register) {
        guard let file = entityFile(id, in: files), let bytes = files[file] else { throw StoreError.unknownEntity(id) }
        var entity = try JSONParser.parse(bytes)
        for assignment in assignments {
            entity = try assignment.applied(to: entity) { try FieldAssignment.check($0, file: file, files: files) }
        }
        var updated = files
        updated[file] = CanonicalJSON.bytes(entity)
        let register = try RegisterCodec.decode(updated, folder: "")
        // Store the entity as the model writes it, so the file is canonical down to defaulted fields.
        return (try RegisterCodec.encode(register), register)
    }

    /// The file holding the entity with this id; the organisation also answers to "organisation".
    public static func entityFile(_ id: String, in files: RegisterFiles) -> String? {
        if id == "organisation" { return RegisterLayout.organisationFile }
        for (kind, folder) in RegisterLayout.entityFolders where kind != .organisation {
            let path = "\(folder)/\(id).json"
            if files[path] != nil { return path }
        }
        if let bytes = files[RegisterLayout.organisationFile], (try? JSONParser.parse(bytes))?["id"]?.stringValue == id {
            return RegisterLayout.organisationFile
        }
        return nil
    }

    /// The entity with this assignment made; `check` throws when the result is not a valid entity.
    func applied(to entity: JSONValue, check: (JSONValue) throws -> Void) throws -> JSONValue {
        do {
            return try appliedUnchecked(to: entity, check: check)
        } catch let failure as JSONPath.Failure {
            throw StoreError.invalidEdit(failure.text)
        }
    }

    private func appliedUnchecked(to entity: JSONValue, check: (JSONValue) throws -> Void) throws -> JSONValue {
        switch value {
        case .json(let json):
            return try settingInStore(json, at: path, in: entity)
        case .text(let text):
            let asText = try settingInStore(.string(text), at: path, in: entity)
            let textProblem: StoreError
            do {
                try check(asText)
                return asText
            } catch let problem as StoreError {
                textProblem = problem
            }
            // Not a text field: a number, flag or list given on the command line is read as JSON.
            if let json = try? JSONParser.parse(text) {
                let asJSON = try settingInStore(json, at: path, in: entity)
                if (try? check(asJSON)) != nil { return asJSON }
            }
            throw textProblem
        }
    }

    private static func check(_ entity: JSONValue, file: String, files: RegisterFiles) throws {
        var trial = files
        trial[file] = CanonicalJSON.bytes(entity)
        _ = try RegisterCodec.decode(trial, folder: "")
    }
}

/// `JSONPath.setting`, its refusals worded as the store's errors as `ropa set` has always reported them.
private func settingInStore(_ value: JSONValue, at path: [String], in entity: JSONValue) throws -> JSONValue {
    do {
        return try JSONPath.setting(value, at: path, in: entity)
    } catch {
        throw StoreError.invalidEdit(error.text)
    }
}
