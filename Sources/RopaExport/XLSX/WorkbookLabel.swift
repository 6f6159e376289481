import RopaModel

/// The words of the workbook that are not field names: sheet titles beyond the CSV tables, the columns of the
/// organisation, findings and review sheets, and the note on a cut cell.
enum WorkbookLabel {
    static let organisation = BilingualLabel(en: "Organisation", sv: "Organisation")
    static let findings = BilingualLabel(en: "Findings", sv: "Brister")
    static let reviewQueue = BilingualLabel(en: "Review queue", sv: "Granskningskö")
    static let field = BilingualLabel(en: "Field", sv: "Fält")
    static let value = BilingualLabel(en: "Value", sv: "Värde")
    static let registerVersion = BilingualLabel(en: "Register version", sv: "Registerversion")
    static let legalEntity = BilingualLabel(en: "Legal entity", sv: "Juridisk person")
    static let severity = BilingualLabel(en: "Severity", sv: "Allvarlighet")
    static let kind = BilingualLabel(en: "Kind", sv: "Typ")
    static let entity = BilingualLabel(en: "Entity", sv: "Post")
    static let finding = BilingualLabel(en: "Finding", sv: "Brist")
    static let article = BilingualLabel(en: "Article", sv: "Artikel")
    static let urgency = BilingualLabel(en: "Urgency", sv: "Brådska")
    static let reasons = BilingualLabel(en: "Reasons", sv: "Skäl")
    static let whatToDo = BilingualLabel(en: "What to do", sv: "Åtgärd")
    static let usedBy = BilingualLabel(en: "Used by", sv: "Används av")

    /// " […: 1 234 more characters in ropa]" at the end of a value cut to Excel's 32 767 characters.
    static func cutNote(_ count: Int, language: Language) -> String {
        language == .sv ? " [… ytterligare \(count) tecken finns i ropa: Excel rymmer 32 767 per cell]"
            : " [… \(count) more characters are in ropa: Excel holds 32,767 per cell]"
    }
}
