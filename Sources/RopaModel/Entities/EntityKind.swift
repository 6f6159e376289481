/// The kinds of entity a register holds, each kept in a folder of its own.
public enum EntityKind: String, CaseIterable, Codable, Sendable {
    case organisation
    case activity
    case processor
    case transfer
    case jointController
    case securityMeasure

    /// The folder of the register that holds one file per entity of this kind (nil: a single file).
    public var folder: String? {
        switch self {
        case .organisation: return nil
        case .activity: return "activities"
        case .processor: return "processors"
        case .transfer: return "transfers"
        case .jointController: return "joint-controllers"
        case .securityMeasure: return "security-measures"
        }
    }

    public var label: BilingualLabel {
        switch self {
        case .organisation: return .init(en: "Organisation", sv: "Organisation")
        case .activity: return .init(en: "Activity", sv: "Behandling")
        case .processor: return .init(en: "Processor", sv: "Personuppgiftsbiträde")
        case .transfer: return .init(en: "Transfer", sv: "Överföring")
        case .jointController: return .init(en: "Joint controller", sv: "Gemensamt ansvarig")
        case .securityMeasure: return .init(en: "Security measure", sv: "Säkerhetsåtgärd")
        }
    }
}

/// Something the register holds with a stable id and a name.
public protocol RegisterEntity: Codable, Equatable, Sendable {
    static var kind: EntityKind { get }
    var id: String { get set }
    var name: String { get set }
}

/// Where each fact of an entity came from: field path → source (e.g. "IST integritetspolicy 3.1.5").
/// The key "record" cites the entity as a whole.
public typealias Provenance = [String: String]

/// Ids are file names and references: lower-case letters, digits and hyphens only, so they are safe
/// in every file system and never contain `/`, `..` or NUL.
public enum EntityID {
    public static func isValid(_ id: String) -> Bool {
        // On the UTF-8 bytes, in place (iterating the string's UTF-8 view cost 900 instructions an id):
        // every allowed character is one ASCII byte, and a byte of any other character is none of them.
        // Checked for every entity and every id nested in one as a register is read.
        var id = id
        return id.withUTF8 { bytes in
            guard !bytes.isEmpty, bytes.count <= 120, bytes[0] != UInt8(ascii: "-") else { return false }
            for byte in bytes {
                let allowed = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                    || byte == UInt8(ascii: "-")
                if !allowed { return false }
            }
            return true
        }
    }

    /// A readable id made from a name: "Kundservice och kontakt" → "kundservice-och-kontakt".
    public static func slug(_ name: String) -> String {
        let folded = TextFolding.fold(name)
        var result = ""
        var lastWasHyphen = true
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
                lastWasHyphen = false
            } else if !lastWasHyphen {
                result.append("-")
                lastWasHyphen = true
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        let trimmed = String(result.prefix(60))
        let clean = trimmed.hasSuffix("-") ? String(trimmed.dropLast()) : trimmed
        return clean.isEmpty ? "entity" : clean
    }

    /// The id a new entity gets from its name, wherever one is added (the UI, `ropa add`, the import):
    /// diacritics folded, lower case, hyphens between words (`Löneadministration` → `loneadministration`),
    /// numbered when `existing` already has it (`loneadministration-2`).
    public static func derived(from name: String, existing: Set<String>) -> String {
        unique(from: name, taken: existing)
    }

    /// A slug not yet in `taken`, numbered when needed.
    public static func unique(from name: String, taken: Set<String>) -> String {
        let base = slug(name)
        if !taken.contains(base) { return base }
        var counter = 2
        while taken.contains("\(base)-\(counter)") { counter += 1 }
        return "\(base)-\(counter)"
    }
}
