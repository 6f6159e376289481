/// A technical or organisational security measure (Art 32), referenced from activities.
public struct SecurityMeasure: RegisterEntity {
    public static let kind = EntityKind.securityMeasure

    public var id: String
    public var name: String
    public var kind: SecurityMeasureKind?
    public var description: String?
    public var notes: String?
    public var provenance: Provenance

    public init(id: String, name: String, kind: SecurityMeasureKind? = nil, description: String? = nil,
                notes: String? = nil, provenance: Provenance = [:]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.description = description
        self.notes = notes
        self.provenance = provenance
    }
}
