import Foundation

/// A mistyped command (`ropa valdiate REG`) is named as one, with the nearest command, instead of being
/// opened as a folder that does not exist.
enum CommandSuggestion {
    /// The command to suggest when the first argument is no folder or file and reads like a command: close
    /// to one (at most two edits, or a prefix of it), or followed by more arguments. Nil when it should be
    /// opened as a path.
    static func forMistyped(_ arguments: [String], commands: [String]) -> String? {
        guard let word = arguments.first, !word.contains("/"), !FileManager.default.fileExists(atPath: word) else { return nil }
        let ranked = commands.map { (name: $0, distance: distance(word.lowercased(), $0)) }.sorted { $0.distance < $1.distance }
        guard let nearest = ranked.first else { return nil }
        let close = nearest.distance <= max(1, min(2, word.count / 3)) || nearest.name.hasPrefix(word.lowercased()) && word.count >= 2
        if close || arguments.count > 1 { return nearest.name }
        return nil
    }

    /// The edit distance of two words, a swap of neighbours counting as one edit (valdiate → validate).
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs), b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
