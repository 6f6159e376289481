import Foundation
import RopaJSON
import RopaModel
import RopaStore
import XCTest

/// The schemas' enumerations are the Swift vocabularies, their shared definitions are the same in every
/// file, and every object refuses unknown fields, as ropa does.
final class SchemaVocabularyTests: XCTestCase {
    /// Every vocabulary of the model by the name its definition has in the schemas.
    static let vocabularies: [String: [String]] = [
        "ProcessingRole": ProcessingRole.allowedValues,
        "ActivityStatus": ActivityStatus.allowedValues,
        "Answer": Answer.allowedValues,
        "DPIAStatus": DPIAStatus.allowedValues,
        "ProvisionRequirement": ProvisionRequirement.allowedValues,
        "CollectionSource": CollectionSource.allowedValues,
        "PeriodUnit": PeriodUnit.allowedValues,
        "SecurityMeasureKind": SecurityMeasureKind.allowedValues,
        "ArrangementStatus": ArrangementStatus.allowedValues,
        "AgreementStatus": AgreementStatus.allowedValues,
        "Article28Clause": Article28Clause.allowedValues,
        "ClauseStatus": ClauseStatus.allowedValues,
        "SubprocessorAuthorisation": SubprocessorAuthorisation.allowedValues,
        "ApprovalStatus": ApprovalStatus.allowedValues,
        "Article9Condition": Article9Condition.allowedValues,
        "SpecialCategory": SpecialCategory.allowedValues,
        "LawfulBasis": LawfulBasis.allowedValues,
        "TransferMechanism": TransferMechanism.allowedValues,
        "SCCModule": SCCModule.allowedValues,
        "Article49Derogation": Article49Derogation.allowedValues,
        "TransferRecipientKind": TransferRecipientKind.allowedValues,
        "Article22Exception": Article22Exception.allowedValues,
        "DPIACriterion": DPIACriterion.allowedValues,
        "IMYListedProcessing": IMYListedProcessing.allowedValues,
        "DataSubjectRight": DataSubjectRight.allowedValues,
    ]

    func testEnumerationsAreTheVocabulariesOfTheModel() throws {
        let schemas = try SchemaFiles.all()
        var seen = Set<String>()
        for (file, schema) in schemas {
            let definitions = schema["$defs"]?.objectValue ?? [:]
            for (name, definition) in definitions {
                guard let values = definition["enum"]?.arrayValue else { continue }
                guard let expected = Self.vocabularies[name] else {
                    XCTFail("\(file): $defs/\(name) is an enumeration that matches no vocabulary of the model")
                    continue
                }
                XCTAssertEqual(values.compactMap(\.stringValue), expected, "\(file): $defs/\(name)")
                seen.insert(name)
            }
            for path in enumerationsOutsideDefinitions(schema, path: "") {
                XCTFail("\(file): \(path) has an enum outside $defs: name it after its vocabulary in $defs")
            }
        }
        XCTAssertEqual(seen, Set(Self.vocabularies.keys), "every vocabulary has a definition in some schema")
        // Guards the list above: a new vocabulary in the model must be added there and to the schemas.
        let counted = Self.vocabularies.count
        XCTAssertEqual(counted, 25, "the model has 25 vocabularies; add a new one here and to Data/schema")
    }

    func testSharedDefinitionsAreTheSameInEveryFile() throws {
        var first: [String: (file: String, value: JSONValue)] = [:]
        for (file, schema) in try SchemaFiles.all().sorted(by: { $0.key < $1.key }) {
            for (name, definition) in schema["$defs"]?.objectValue ?? [:] {
                if let earlier = first[name] {
                    XCTAssertEqual(definition, earlier.value, "$defs/\(name) differs between \(earlier.file) and \(file)")
                } else {
                    first[name] = (file, definition)
                }
            }
        }
    }

    func testEveryKindOfRegisterFileHasASchemaWithIdTitleAndDescription() throws {
        let schemas = try SchemaFiles.all()
        var expected: Set<String> = ["register.schema.json", "countries.schema.json", "version.schema.json"]
        for kind in EntityKind.allCases { expected.insert(SchemaFiles.schema(for: kind)) }
        XCTAssertEqual(Set(schemas.keys), expected)
        var ids = Set<String>()
        for (file, schema) in schemas {
            XCTAssertEqual(schema["$schema"], .string("https://json-schema.org/draft/2020-12/schema"), file)
            let id = try XCTUnwrap(schema["$id"]?.stringValue, file)
            XCTAssertTrue(ids.insert(id).inserted, "\(file): $id \(id) is used twice")
            XCTAssertFalse((schema["title"]?.stringValue ?? "").isEmpty, file)
            XCTAssertFalse((schema["description"]?.stringValue ?? "").isEmpty, file)
            for path in objectsAcceptingUnknownFields(schema, path: "") {
                XCTFail("\(file): \(path) has properties but does not set additionalProperties to false")
            }
        }
    }

    /// An editor shows the description when hovering a field: every property has one, or its definition has.
    func testEveryPropertyIsDescribed() throws {
        for (file, schema) in try SchemaFiles.all() {
            let definitions = schema["$defs"]?.objectValue ?? [:]
            var objects: [(String, JSONValue)] = [("", schema)]
            objects += definitions.map { ("$defs/\($0.key)", $0.value) }
            for (owner, object) in objects {
                for (name, property) in object["properties"]?.objectValue ?? [:] {
                    let referenced = property["$ref"]?.stringValue.map { String($0.split(separator: "/").last ?? "") }
                    let described = property["description"] != nil || referenced.flatMap { definitions[$0]?["description"] } != nil
                    XCTAssertTrue(described, "\(file): \(owner)/properties/\(name) has no description")
                }
            }
        }
    }

    func testSettingsSchemaIsTheSchemaVersionThisBuildWrites() throws {
        let settings = try XCTUnwrap(try SchemaFiles.all()["register.schema.json"])
        XCTAssertEqual(settings["properties"]?["schemaVersion"]?["const"], .int(RegisterSettings.currentSchemaVersion))
        XCTAssertEqual(settings["properties"]?["format"]?["const"], .string(RegisterSettings.formatName))
    }

    func testIdPatternIsTheModelsRule() throws {
        let pattern = try XCTUnwrap(try SchemaFiles.all()["activity.schema.json"]?["$defs"]?["Id"]?["pattern"]?.stringValue)
        let expression = try NSRegularExpression(pattern: pattern)
        for sample in ["kundservice", "a", "9-b", "-a", "A", "a_b", "å", "", String(repeating: "a", count: 120), String(repeating: "a", count: 121), "a/b", "a.json"] {
            let range = NSRange(sample.startIndex..., in: sample)
            let matches = expression.firstMatch(in: sample, range: range) != nil
            XCTAssertEqual(matches, EntityID.isValid(sample), "'\(sample)'")
        }
    }

    private func enumerationsOutsideDefinitions(_ value: JSONValue, path: String) -> [String] {
        guard case .object(let members) = value else {
            if case .array(let elements) = value {
                return elements.enumerated().flatMap { enumerationsOutsideDefinitions($1, path: "\(path)[\($0)]") }
            }
            return []
        }
        var found: [String] = []
        if members["enum"] != nil, !path.hasPrefix("/$defs/") || path.split(separator: "/").count != 2 { found.append(path) }
        for (key, member) in members { found += enumerationsOutsideDefinitions(member, path: "\(path)/\(key)") }
        return found
    }

    private func objectsAcceptingUnknownFields(_ value: JSONValue, path: String) -> [String] {
        guard case .object(let members) = value else {
            if case .array(let elements) = value {
                return elements.enumerated().flatMap { objectsAcceptingUnknownFields($1, path: "\(path)[\($0)]") }
            }
            return []
        }
        var found: [String] = []
        if members["properties"] != nil, members["additionalProperties"] != .bool(false) { found.append(path.isEmpty ? "/" : path) }
        for (key, member) in members {
            found += objectsAcceptingUnknownFields(member, path: "\(path)/\(key)")
        }
        return found
    }
}
