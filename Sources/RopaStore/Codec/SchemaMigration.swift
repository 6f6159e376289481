import RopaJSON
import RopaModel

/// Brings files written by an older ropa up to the current schema, and refuses newer ones.
enum SchemaMigration {
    struct Result {
        var settings: JSONValue
        var files: RegisterFiles
    }

    static func migrate(_ files: RegisterFiles, settings: JSONValue, settingsPath: String) throws -> Result {
        guard case .object(var members) = settings else {
            throw StoreError.invalidContent(path: settingsPath, problem: LocalizedText(.problemExpectedObject))
        }
        guard members["format"]?.stringValue == RegisterSettings.formatName else {
            throw StoreError.invalidContent(path: settingsPath, problem: LocalizedText(.problemFormatName, RegisterSettings.formatName))
        }
        guard case .int(let version) = members["schemaVersion"] ?? .null else {
            throw StoreError.invalidContent(path: settingsPath, problem: LocalizedText(.problemSchemaVersionNotWhole))
        }
        let current = RegisterSettings.currentSchemaVersion
        if version > current { throw StoreError.newerSchema(path: settingsPath, found: version, supported: current) }
        if version < 1 { throw StoreError.invalidContent(path: settingsPath, problem: LocalizedText(.problemSchemaVersionUnknown, "\(version)")) }
        // Version 1 is the first schema; each later one adds a step here that rewrites `files`.
        members["schemaVersion"] = .int(current)
        return Result(settings: .object(members), files: files)
    }
}
