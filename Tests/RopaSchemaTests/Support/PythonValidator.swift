import Foundation
import RopaJSON
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
    static func validate(_ cases: [Case], schemaFolder: String) throws -> [String?] {
        let request = JSONValue.object(["schemaFolder": .string(schemaFolder), "cases": .array(cases.map(\.json))])
        let output = try run(script, input: CanonicalJSON.compactBytes(request))
        guard let results = try JSONParser.parse(output).arrayValue, results.count == cases.count else {
            throw XCTSkip("unexpected output from python: \(String(decoding: output, as: UTF8.self).prefix(500))")
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

    struct Failure: Error, CustomStringConvertible {
        let status: Int32
        let stderr: String
        var description: String { "python3 exited with \(status): \(stderr)" }
    }

    private static func run(_ code: String, input: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", code]
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write and read on separate threads so that neither pipe can fill and stall the other side.
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = ErrorCollector(stderr.fileHandleForReading)
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(status: process.terminationStatus, stderr: errorData.text())
        }
        return Array(data)
    }

    private final class ErrorCollector: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }.start()
        }

        func text() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
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
