import Foundation
import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport

/// The JSON Schemas in Data/schema and which of them describes each file of a register.
enum SchemaFiles {
    static var folder: String { "\(Fixtures.repositoryRoot)/Data/schema" }

    /// Every schema file, by name.
    static func all() throws -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".schema.json") {
            result[name] = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)"))))
        }
        return result
    }

    /// The schema of a register file, by its path inside the register folder; nil for files that are not JSON
    /// documents of the format (history objects, .gitignore, lock and journal files).
    static func schema(forRegisterFile path: String) -> String? {
        switch path {
        case RegisterLayout.settingsFile: return "register.schema.json"
        case RegisterLayout.organisationFile: return "organisation.schema.json"
        case RegisterLayout.countriesFile: return "countries.schema.json"
        default: break
        }
        if path.hasPrefix(RegisterLayout.versionsFolder + "/"), path.hasSuffix(".json") { return "version.schema.json" }
        guard let kind = RegisterLayout.kind(ofFile: path), path.hasSuffix(".json") else { return nil }
        return schema(for: kind)
    }

    static func schema(for kind: EntityKind) -> String {
        switch kind {
        case .organisation: return "organisation.schema.json"
        case .activity: return "activity.schema.json"
        case .processor: return "processor.schema.json"
        case .transfer: return "transfer.schema.json"
        case .jointController: return "joint-controller.schema.json"
        case .securityMeasure: return "security-measure.schema.json"
        }
    }

    /// The register folders in Data/ (every folder holding a register.json).
    static func seedRegisters() throws -> [String] {
        let data = "\(Fixtures.repositoryRoot)/Data"
        return try FileManager.default.contentsOfDirectory(atPath: data).sorted()
            .map { "\(data)/\($0)" }
            .filter { RegisterStore.isRegister($0) }
    }

    /// Every file of a register folder that a schema describes, as (absolute path, schema name).
    static func documents(in register: String) throws -> [(path: String, schema: String)] {
        var result: [(path: String, schema: String)] = []
        guard let walker = FileManager.default.enumerator(atPath: register) else { return result }
        for case let relative as String in walker {
            if let schema = schema(forRegisterFile: relative) { result.append(("\(register)/\(relative)", schema)) }
        }
        return result.sorted { $0.path < $1.path }
    }
}
