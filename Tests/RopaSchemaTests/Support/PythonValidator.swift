import Foundation
import RopaJSON
import RopaTestSupport
import XCTest

/// Validates JSON documents against the schemas with python's `jsonschema` (Draft 2020-12, formats
/// checked): an implementation that shares nothing with ropa, so that schema and code are checked
/// against each other rather than against themselves.
enum PythonValidator {
    /// One document to validate: a file, or a value given inline.
    struct Case {
        let schema: String
        let label: String
        let path: String?
        let instance: JSONValue?

        static func file(_ path: String, schema: String) -> Case { Case(schema: schema, label: path, path: path, instance: nil) }
        static func value(_ value: JSONValue, schema: String, label: String) -> Case { Case(schema: schema, label: label, path: nil, instance: value) }

        var json: JSONValue {
            var members: [String: JSONValue] = ["schema": .string(schema), "label": .string(label)]
            if let path { members["path"] = .string(path) }
            if let instance { members["instance"] = instance }
            return .object(members)
        }
    }

    /// The first error for each case, or nil when it is valid; schemas that are not valid 2020-12 fail the run.
    /// `script` is the validator's python; a test gives another to check that odd output fails.
    static func validate(_ cases: [Case], schemaFolder: String, script: String = script) throws -> [String?] {
        let request = JSONValue.object(["schemaFolder": .string(schemaFolder), "cases": .array(cases.map(\.json))])
        let output = try run(script, input: CanonicalJSON.compactBytes(request))
        // Output that is not one answer per case is a failure of the check, never a reason to skip it.
        guard let results = try? JSONParser.parse(output).arrayValue, results.count == cases.count else {
            throw UnexpectedOutput(output: String(decoding: output, as: UTF8.self))
        }
        return results.map { $0.stringValue }
    }

    /// Skips the test when python3 or its jsonschema package is missing (.ci/run installs them).
    static func requireJSONSchema() throws {
        do {
            _ = try run("from jsonschema import Draft202012Validator", input: [])
        } catch {
            throw XCTSkip("python3 with the jsonschema package is needed: python3 -m pip install jsonschema (\(error))")
        }
    }

    struct UnexpectedOutput: Error, CustomStringConvertible {
        let output: String
        var description: String { "unexpected output from python: \(output.prefix(500))" }
    }

    struct Failure: Error, CustomStringConvertible {
        let status: Int32
        let stderr: String
        var description: String { "python3 exited with \(status): \(stderr)" }
    }

    private static func run(_ code: String, input: [UInt8]) throws -> [UInt8] {
        guard let python = Program.find("python3") else { throw Failure(status: 127, stderr: "python3 is not installed") }
        let run = try Program.run(python, ["-c", code], input: input)
        guard run.status == 0 else { throw Failure(status: run.status, stderr: run.errors) }
        return Array(run.output.utf8)
    }

    /// Reads {"schemaFolder", "cases": [{"schema", "label", "path" | "instance"}]} on stdin and prints, for each
    /// case, null when it is valid or its first error.
    static let script = #"""
import json, os, sys
from jsonschema import Draft202012Validator
request = json.load(sys.stdin)
folder = request["schemaFolder"]
validators = {}
for name in sorted(os.listdir(folder)):
    if name.endswith(".schema.json"):
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            schema = json.load(handle)
        Draft202012Validator.check_schema(schema)
        validators[name] = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
results = []
for case in request["cases"]:
    if "path" in case:
        with open(case["path"], encoding="utf-8") as handle:
            instance = json.load(handle)
    else:
        instance = case["instance"]
    errors = sorted(validators[case["schema"]].iter_errors(instance), key=lambda error: error.json_path)
    results.append(None if not errors else "%s: %s" % (errors[0].json_path, errors[0].message))
json.dump(results, sys.stdout)
"""#
}
