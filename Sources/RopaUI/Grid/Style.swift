/// How a cell looks. Roles map to colours in the terminal backend; with NO_COLOR or a monochrome
/// terminal only the attributes (bold, reverse, underline) remain, so every role must read without colour.
public struct Style: Equatable, Hashable, Sendable {
    public enum Role: Equatable, Hashable, Sendable, CaseIterable {
        case normal, title, header, selected, muted, accent, error, warning, info, ok, status, input
    }

    public var role: Role
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(_ role: Role = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
    }

    public static let normal = Style()
    public static let title = Style(.title, bold: true)
    public static let header = Style(.header, bold: true, underline: true)
    public static let selected = Style(.selected, reverse: true)
    public static let muted = Style(.muted)
    public static let accent = Style(.accent, bold: true)
    public static let error = Style(.error, bold: true)
    public static let warning = Style(.warning)
    public static let info = Style(.info)
    public static let ok = Style(.ok)
    public static let status = Style(.status, reverse: true)
    public static let input = Style(.input, underline: true)
}
