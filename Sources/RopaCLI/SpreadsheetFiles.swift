import Foundation
import RopaImport
import RopaModel
import RopaStore

/// Reads the files `ropa import` is given into tables: CSV files (a folder stands for the `.csv` files in it,
/// as `ropa export --table all` writes them), or the sheets of one workbook.
enum SpreadsheetFiles {
    static func csv(_ paths: [String], options: ImportOptions) throws -> [SheetTable] {
        var files: [String] = []
        for path in paths {
            if FileIO.kind(path) == .folder {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
                files += names.map { "\(path.hasSuffix("/") ? String(path.dropLast()) : path)/\($0)" }
            } else {
                files.append(path)
            }
        }
        return try files.map { file in
            do {
                return try CSVImport.table(try FileIO.readNamedByUser(file), source: file, name: baseName(file), options: options)
            } catch let error as ImportError {
                throw ImportError(error.problems.map { $0.from(file) })
            }
        }
    }

    static func workbook(_ path: String) throws -> XLSXImport.Workbook {
        try XLSXImport.read(try FileIO.readNamedByUser(path, limit: XLSXImport.maximumFileSize), source: path)
    }

    /// "exports/processors.csv" → "processors".
    static func baseName(_ path: String) -> String {
        let last = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
        return String(last[..<dot])
    }
}
