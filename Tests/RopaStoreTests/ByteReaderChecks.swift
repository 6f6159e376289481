import RopaJSON
import RopaModel
@testable import RopaStore
import RopaTestSupport
import XCTest

/// What the tests of ropa's byte readers (`Activity.read`, `Processor.read`, `VersionRecord.read`) share:
/// both ways of reading an entity, the store's reading against its general path, and the broken inputs
/// both ways must agree on.
enum ReadOutcome<Value: Equatable>: Equatable {
    case read(Value, JSONValueDecoder.Report)
    case failed(String)

    init(_ read: () throws -> (Value, JSONValueDecoder.Report)) {
        do {
            let (value, report) = try read()
            self = .read(value, report)
        } catch {
            self = .failed("\(error)")
        }
    }
}

/// An entity read the old way (the parser's tree and the synthesised decoder, the definition) and by hand.
struct EntityReaders<Entity: RegisterEntity & Equatable> {
    let kind: EntityKind
    let byHand: (JSONDocument) throws -> (Entity, JSONValueDecoder.Report)

    func oldPath(_ bytes: [UInt8]) -> ReadOutcome<Entity> {
        ReadOutcome { try JSONValueDecoder().decodeWithReport(Entity.self, from: try JSONParser.parse(bytes)) }
    }

    func newPath(_ bytes: [UInt8]) -> ReadOutcome<Entity> {
        ReadOutcome { try byHand(try JSONDocument(parsing: bytes)) }
    }

    /// The store's reading of one file against its general path (tree, decoder, unknown fields, id
    /// checks): the same entity and canonical flag, or the same `StoreError`.
    func assertStoreReadsAsTheGeneralPath(_ bytes: [UInt8], id: String, file: StaticString = #filePath, line: UInt = #line) {
        let folder = kind.folder ?? ""
        let path = "\(folder)/\(id).json", shown = "reg/\(folder)/\(id).json"
        let store = Result { try RegisterCodec.readEntityFile(bytes, kind: kind, path: path, shown: shown) }
        let general = Result { () throws -> (Entity, Bool) in
            let (value, canonical) = try RegisterCodec.parseNotingCanonicalForm(bytes, path: shown)
            let (entity, roundTrips): (Entity, Bool) = try RegisterCodec.decodeEntity(value, path: path, shown: shown)
            return (entity, canonical && roundTrips)
        }
        switch (store, general) {
        case (.success(let read), .success(let expected)):
            XCTAssertEqual(read?.entity as? Entity, expected.0, file: file, line: line)
            XCTAssertEqual(read?.isCanonical, expected.1, file: file, line: line)
        case (.failure(let error), .failure(let expected)):
            XCTAssertEqual(error as? StoreError, expected as? StoreError, file: file, line: line)
            XCTAssertNotNil(error as? StoreError, "\(error)", file: file, line: line)
        default:
            XCTFail("the store and its general path disagree: \(store) / \(general)", file: file, line: line)
        }
    }
}

/// JSON values changed in one place each.
struct OneChangeVariants {
    /// What a non-empty array is varied by.
    enum Arrays {
        /// Left as it is.
        case kept
        /// A null element appended, and its first element varied one level down.
        case nullAppendedAndFirstVaried
        /// Its first element replaced by each replacement.
        case firstReplaced
    }

    let replacements: [JSONValue]
    /// The member added to every object, as a string and as null.
    let unknownKey: String
    /// How many levels below the top objects are varied too.
    let depth: Int
    let arrays: Arrays

    /// A member removed, replaced by each replacement, or an unknown member added, at the top and down to
    /// `depth` levels.
    func of(_ value: JSONValue, level: Int = 0) -> [JSONValue] {
        var result: [JSONValue] = []
        switch value {
        case .object(let members):
            result.append(.object(members.merging([unknownKey: .string("x")]) { old, _ in old }))
            result.append(.object(members.merging([unknownKey: .null]) { old, _ in old }))
            for (key, member) in members {
                var removed = members
                removed[key] = nil
                result.append(.object(removed))
                for replacement in replacements {
                    var changed = members
                    changed[key] = replacement
                    result.append(.object(changed))
                }
                if level < depth {
                    for inner in of(member, level: level + 1) {
                        var changed = members
                        changed[key] = inner
                        result.append(.object(changed))
                    }
                }
            }
        case .array(let elements) where !elements.isEmpty && arrays == .nullAppendedAndFirstVaried:
            result.append(.array(elements + [.null]))
            for inner in of(elements[0], level: level + 1) {
                var changed = elements
                changed[0] = inner
                result.append(.array(changed))
            }
        case .array(let elements) where !elements.isEmpty && arrays == .firstReplaced:
            for replacement in replacements {
                result.append(.array([replacement] + elements.dropFirst()))
            }
        default:
            break
        }
        return result
    }
}

enum ByteDamage {
    /// `count` copies of `bytes`, each with one random change: a byte changed, dropped or repeated, or (when
    /// `pieces` are given) one of them put in.
    static func random(_ bytes: [UInt8], seed: UInt64, count: Int = 1_000, pieces: [[UInt8]] = []) -> [[UInt8]] {
        var random = SeededGenerator(seed: seed)
        var damaged: [[UInt8]] = []
        for _ in 0..<count {
            var copy = bytes
            let place = Int.random(in: 0..<copy.count, using: &random)
            switch Int.random(in: 0..<(pieces.isEmpty ? 3 : 4), using: &random) {
            case 0: copy[place] = UInt8.random(in: 0...255, using: &random)
            case 1: copy.remove(at: place)
            case 2: copy.insert(copy[place], at: place)
            default: copy.insert(contentsOf: pieces[Int.random(in: 0..<pieces.count, using: &random)], at: place)
            }
            damaged.append(copy)
        }
        return damaged
    }

    /// JSON's punctuation and two values, for `random`'s pieces.
    static let jsonPieces: [[UInt8]] = [[0x22], [0x5C], [0x7B], [0x7D], [0x5B], [0x5D], [0x2C], [0x3A], Array("null".utf8), Array("1.5".utf8)]
}
