import Foundation

/// How to reach a person or organisation. Every field is optional: a policy often gives only some.
public struct Contact: Codable, Equatable, Sendable {
    public var name: String?
    public var role: String?
    public var email: String?
    public var phone: String?
    public var address: String?
    public var url: String?
    public var note: String?

    public init(name: String? = nil, role: String? = nil, email: String? = nil, phone: String? = nil,
                address: String? = nil, url: String? = nil, note: String? = nil) {
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
        self.address = address
        self.url = url
        self.note = note
    }

    /// True when the contact says nothing at all.
    public var isEmpty: Bool {
        [name, role, email, phone, address, url].allSatisfy { ($0 ?? "").trimmingSpaces.isEmpty }
    }
}
