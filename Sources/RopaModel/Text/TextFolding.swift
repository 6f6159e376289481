import Foundation

/// Case- and diacritic-insensitive matching: "kundtjanst" finds "Kundtjänst".
public enum TextFolding {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    public static func contains(_ haystack: String, _ needle: String) -> Bool {
        let foldedNeedle = fold(needle)
        if foldedNeedle.isEmpty { return true }
        return fold(haystack).contains(foldedNeedle)
    }
}
