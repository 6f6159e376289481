import RopaModel

/// A count with its noun in the singular or plural: "1 processor", "3 processors", "1 underbiträde".
enum Counted {
    static func text(_ count: Int, _ language: Language, en: (String, String), sv: (String, String)) -> String {
        let forms = language == .sv ? sv : en
        return "\(count) " + (count == 1 ? forms.0 : forms.1)
    }
}
