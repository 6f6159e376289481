import RopaJSON
import RopaModel
import RopaStore
import RopaTestSupport
import XCTest

/// Activities are read by hand (`Activity.read`) for speed; the synthesised decoder is the definition.
/// Every seed activity and thousands of broken variants of them must give the same value, report and
/// error both ways.
final class ActivityReadingTests: XCTestCase {
    private func seedActivities() throws -> [JSONValue] {
        var values: [JSONValue] = []
        let data = "\(Fixtures.repositoryRoot)/Data"
        for register in try FileManager.default.contentsOfDirectory(atPath: data).sorted() where register != "schema" {
            let folder = "\(data)/\(register)/activities"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder).sorted()) ?? [] where name.hasSuffix(".json") {
                values.append(try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: "\(folder)/\(name)")))))
            }
        }
        values.append(try JSONValueEncoder().encode(Fixtures.cleanRegister().activities[0]))
        return values
    }

    /// The same value changed in one place: a member removed, replaced by each kind of JSON value, or an
    /// unknown member added, at the top and one or two levels down.
    private func variants(of value: JSONValue, depth: Int = 0) -> [JSONValue] {
        let replacements: [JSONValue] = [.null, .int(3), .double(2.5), .string("okänd"), .bool(true), .object([:]),
                                          .array([]), .array([.null]), .array([.int(1)]), .object(["x": .int(1)])]
        var result: [JSONValue] = []
        switch value {
        case .object(let members):
            result.append(.object(members.merging(["okändNyckel": .string("x")]) { old, _ in old }))
            result.append(.object(members.merging(["okändNyckel": .null]) { old, _ in old }))
            for (key, member) in members {
                var removed = members
                removed[key] = nil
                result.append(.object(removed))
                for replacement in replacements {
                    var changed = members
                    changed[key] = replacement
                    result.append(.object(changed))
                }
                if depth < 2 {
                    for inner in variants(of: member, depth: depth + 1) {
                        var changed = members
                        changed[key] = inner
                        result.append(.object(changed))
                    }
                }
            }
        case .array(let elements) where !elements.isEmpty:
            result.append(.array(elements + [.null]))
            for inner in variants(of: elements[0], depth: depth + 1) {
                var changed = elements
                changed[0] = inner
                result.append(.array(changed))
            }
        default:
            break
        }
        return result
    }

    func testReadingByHandMatchesTheDecoderOnSeedsAndBrokenVariants() throws {
        let seeds = try seedActivities()
        XCTAssertGreaterThan(seeds.count, 30)
        var compared = 0, failures = 0, undeclared = 0
        for seed in seeds {
            for value in [seed] + variants(of: seed) {
                compared += 1
                let read = Result { try Activity.read(value) }
                let decoded = Result { try JSONValueDecoder().decodeWithReport(Activity.self, from: value) }
                switch (read, decoded) {
                case (.success(let fast), .success(let slow)):
                    XCTAssertEqual(fast.value, slow.value)
                    XCTAssertEqual(fast.report, slow.report)
                    if fast.report.sawUndeclaredKey { undeclared += 1 }
                case (.failure(let fast), .failure(let slow)):
                    failures += 1
                    XCTAssertEqual("\(fast)", "\(slow)")
                default:
                    XCTFail("one way reads, the other fails: \(read) / \(decoded)")
                }
            }
        }
        // The variants exercise both outcomes, including unknown fields.
        XCTAssertGreaterThan(compared, 10_000)
        XCTAssertGreaterThan(failures, compared / 4)
        XCTAssertGreaterThan(undeclared, seeds.count)
    }

    func testAnErrorNamesTheFieldsPathAsTheDecoderDoes() throws {
        var activity = try XCTUnwrap(try JSONValueEncoder().encode(Fixtures.cleanRegister().activities[0]).objectMembers)
        guard case .array(var retention) = activity["retention"], case .object(var rule) = retention[0],
              case .object(var period) = rule["period"] else { return XCTFail("fixture shape") }
        period["unit"] = .string("decennier")
        rule["period"] = .object(period)
        retention[0] = .object(rule)
        activity["retention"] = .array(retention)
        XCTAssertThrowsError(try Activity.read(.object(activity))) { error in
            let problem = error as? JSONDecodingProblem
            XCTAssertEqual(problem?.path, "retention[0].period.unit")
            XCTAssertEqual(problem?.reason, .notOneOf(value: "decennier", allowed: PeriodUnit.allowedRawValues))
        }
    }
}

private extension JSONValue {
    var objectMembers: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }
}
