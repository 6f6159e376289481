import RopaModel

/// Reads a country as spreadsheets write it: "United States (US)" as the export does, the code alone, or
/// the name in English or Swedish.
enum CountryReading {
    static func code(_ text: String, in countries: CountryList) -> String? {
        let trimmed = CellText.trimmed(text)
        if trimmed.isEmpty { return nil }
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") {
            let inside = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            if let country = countries.country(inside) { return country.code }
        }
        if trimmed.count == 2, let country = countries.country(trimmed) { return country.code }
        let key = CellText.key(trimmed)
        return countries.countries.first { CellText.key($0.name) == key || $0.nameSv.map(CellText.key) == key }?.code
    }
}
