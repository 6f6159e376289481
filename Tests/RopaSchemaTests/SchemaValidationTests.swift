import Foundation
import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// Every file of every register in Data/ against the JSON Schemas, with python's jsonschema; and the
/// schemas against ropa's own decoder, field by field, so that the two cannot drift apart.
final class SchemaValidationTests: XCTestCase {
    var folders: [String] = []

    override func tearDown() {
        for folder in folders { try? FileManager.default.removeItem(atPath: folder) }
        folders = []
    }

    func testEveryFileOfEveryRegisterInDataMatchesItsSchema() throws {
        try PythonValidator.requireJSONSchema()
        let registers = try SchemaFiles.seedRegisters()
        XCTAssertGreaterThanOrEqual(registers.count, 5)
        var cases: [PythonValidator.Case] = []
        for register in registers {
            let documents = try SchemaFiles.documents(in: register)
            let schemas = Set(documents.map(\.schema))
            for expected in ["register.schema.json", "organisation.schema.json", "activity.schema.json", "version.schema.json"] {
                XCTAssertTrue(schemas.contains(expected), "\(register) has no file for \(expected)")
            }
            cases += documents.map { PythonValidator.Case.file($0.path, schema: $0.schema) }
        }
        let results = try PythonValidator.validate(cases, schemaFolder: SchemaFiles.folder)
        for (testCase, error) in zip(cases, results) {
            XCTAssertNil(error, "\(testCase.label) does not match \(testCase.schema)")
        }
    }

    func testRegistersRopaWritesMatchTheirSchemas() throws {
        try PythonValidator.requireJSONSchema()
        var cases: [PythonValidator.Case] = []
        for (name, register) in [("full", FullRegister.make()), ("clean", Fixtures.cleanRegister()),
                                 ("built-in countries", Register(organisation: Organisation(name: "X"), countryList: .builtIn))] {
            // Saved through the store, so that the version records are checked too.
            let folder = try Fixtures.temporaryFolder("ropa-schema")
            folders.append(folder)
            try Fixtures.write(register, to: folder)
            let store = try RegisterStore(folder: folder)
            _ = try store.load()
            try store.save(register, message: "first", author: "Test")
            var edited = register
            edited.activities = []
            try store.save(edited, message: "remove the activities", author: "Test")
            let documents = try SchemaFiles.documents(in: folder)
            XCTAssertTrue(documents.contains { $0.schema == "version.schema.json" }, name)
            cases += documents.map { PythonValidator.Case.file($0.path, schema: $0.schema) }
        }
        let results = try PythonValidator.validate(cases, schemaFolder: SchemaFiles.folder)
        for (testCase, error) in zip(cases, results) {
            XCTAssertNil(error, "\(testCase.label) does not match \(testCase.schema)")
        }
    }

    /// Leaves out each field of a file in turn, and adds an unknown one to each object: the schema must
    /// accept exactly what ropa's decoder accepts (required fields, absent lists, refused unknown fields).
    func testSchemasRequireAndRefuseWhatTheDecoderDoes() throws {
        try PythonValidator.requireJSONSchema()
        let register = FullRegister.make()
        let files = try RegisterCodec.encode(register)
        let version = VersionRecord(parents: [String(repeating: "a", count: 64)], time: "2026-11-23T18:05:00Z", author: "Test",
                                    message: "m", changes: ["activities/kundservice.json": String(repeating: "b", count: 64)],
                                    removed: ["processors/gammal.json"], schemaVersion: 1)
        let versionValue = try JSONValueEncoder().encode(version)

        var cases: [PythonValidator.Case] = []
        var decoderAccepts: [Bool] = []
        func add(_ value: JSONValue, schema: String, label: String, accepted: Bool) {
            cases.append(.value(value, schema: schema, label: label))
            decoderAccepts.append(accepted)
        }
        for path in files.keys.sorted() {
            guard let schema = SchemaFiles.schema(forRegisterFile: path), let bytes = files[path] else { continue }
            let original = try JSONParser.parse(bytes)
            add(original, schema: schema, label: path, accepted: true)
            for mutation in Mutation.all(of: original) {
                var mutated = files
                mutated[path] = CanonicalJSON.bytes(mutation.value)
                let accepted = (try? RegisterCodec.decode(mutated, folder: "")) != nil
                add(mutation.value, schema: schema, label: "\(path): \(mutation.label)", accepted: accepted)
            }
        }
        add(versionValue, schema: "version.schema.json", label: "version", accepted: true)
        for mutation in Mutation.all(of: versionValue) {
            let accepted = (try? RegisterCodec.decodeValue(mutation.value, path: "version") as VersionRecord) != nil
            add(mutation.value, schema: "version.schema.json", label: "version: \(mutation.label)", accepted: accepted)
        }
        XCTAssertGreaterThan(cases.count, 200)

        let results = try PythonValidator.validate(cases, schemaFolder: SchemaFiles.folder)
        for ((testCase, accepted), error) in zip(zip(cases, decoderAccepts), results) {
            if accepted {
                XCTAssertNil(error, "ropa reads \(testCase.label), but \(testCase.schema) refuses it")
            } else {
                XCTAssertNotNil(error, "ropa refuses \(testCase.label), but \(testCase.schema) accepts it")
            }
        }
    }
}

/// A file changed in one place: one field left out, or an unknown field added to one object.
struct Mutation {
    let label: String
    let value: JSONValue

    /// Maps whose keys are data rather than field names: any key is a field there.
    static let maps: Set<String> = ["provenance", "clauses", "changes"]

    static func all(of value: JSONValue) -> [Mutation] {
        var result: [Mutation] = []
        collect(value, path: [], into: &result, root: value)
        return result
    }

    private enum Step { case key(String), index(Int) }

    private static func collect(_ value: JSONValue, path: [Step], into result: inout [Mutation], root: JSONValue) {
        let label = path.map { step -> String in
            switch step {
            case .key(let key): return ".\(key)"
            case .index(let index): return "[\(index)]"
            }
        }.joined()
        switch value {
        case .object(let members):
            var isMap = false
            if case .key(let last)? = path.last { isMap = maps.contains(last) }
            for key in members.keys.sorted() {
                var without = members
                without[key] = nil
                result.append(Mutation(label: "without \(label).\(key)", value: replacing(root, at: path, with: .object(without))))
            }
            if !isMap {
                var with = members
                with["ropaUnknownField"] = .string("x")
                result.append(Mutation(label: "unknown field in \(label.isEmpty ? "the file" : label)",
                                       value: replacing(root, at: path, with: .object(with))))
            }
            for key in members.keys.sorted() {
                if let member = members[key] { collect(member, path: path + [.key(key)], into: &result, root: root) }
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                collect(element, path: path + [.index(index)], into: &result, root: root)
            }
        default:
            break
        }
    }

    private static func replacing(_ value: JSONValue, at path: [Step], with replacement: JSONValue) -> JSONValue {
        guard let first = path.first else { return replacement }
        let rest = Array(path.dropFirst())
        switch (first, value) {
        case (.key(let key), .object(var members)):
            if let member = members[key] { members[key] = replacing(member, at: rest, with: replacement) }
            return .object(members)
        case (.index(let index), .array(var elements)) where index < elements.count:
            elements[index] = replacing(elements[index], at: rest, with: replacement)
            return .array(elements)
        default:
            return value
        }
    }
}
